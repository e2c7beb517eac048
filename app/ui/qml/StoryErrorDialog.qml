import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Why a story file could not be opened; the story already open stays open.
Dialog {
    id: dialog

    property string file
    property var errors: []

    title: qsTr("This story cannot be opened")
    modal: true
    standardButtons: Dialog.Close
    width: Math.min(parent ? parent.width * 0.8 : 700, 760)
    anchors.centerIn: parent

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            text: qsTr("%1 has %n problem(s). The story already open stays open.", "", dialog.errors.length)
                  .arg(dialog.file)
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            Layout.fillWidth: true
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: 260
            TextArea {
                objectName: "storyErrors"
                readOnly: true
                wrapMode: TextEdit.Wrap
                textFormat: TextEdit.PlainText
                font.family: "monospace"
                text: dialog.errors.join("\n")
            }
        }
    }
}
