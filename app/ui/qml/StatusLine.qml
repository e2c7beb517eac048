import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The line under the map: where the cursor is and what lies under it.
Pane {
    id: root

    property string position
    property string place
    property real zoom
    /// Something the user should know now, e.g. that the basemap cannot be shown.
    property string notice

    padding: 4
    leftPadding: 10
    rightPadding: 10

    RowLayout {
        anchors.fill: parent
        spacing: 16
        Label {
            text: root.position
            font.family: "monospace"
            Layout.preferredWidth: 220
        }
        Label {
            text: root.place
            textFormat: Text.PlainText // names from the map data and the story
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            objectName: "statusNotice"
            visible: root.notice !== ""
            text: root.notice
            textFormat: Text.PlainText
            color: "#9a3412"
            elide: Text.ElideRight
            Layout.maximumWidth: root.width * 0.5
        }
        Label {
            text: qsTr("Zoom %1").arg(root.zoom.toFixed(1))
            opacity: 0.7
        }
    }
}
