import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SahelAtlas

// One text of the story in its language and in the other, side by side; a translation that is missing
// while the original is written is marked so.
ColumnLayout {
    id: translated

    required property StoryEditor editor
    required property string target
    required property string field
    property string label
    property bool multiline: false

    readonly property string original: editor.storyLanguage
    readonly property string other: editor.otherLanguage
    readonly property string originalText: translated.editor.revision, translated.editor.text(translated.target, translated.field, translated.original)
    readonly property string otherText: translated.editor.revision, translated.editor.text(translated.target, translated.field, translated.other)
    readonly property bool translationMissing: originalText !== "" && otherText === ""

    function focusOriginal() { originalEdit.forceActiveFocus() }

    // Ctrl+Z in a field undoes the story's last edit, not only the field's typing: one history for all.
    function routeUndo(event) {
        if (event.matches(StandardKey.Undo)) {
            editor.undo()
            event.accepted = true
        } else if (event.matches(StandardKey.Redo) || (event.key === Qt.Key_Z && event.modifiers === (Qt.ControlModifier | Qt.ShiftModifier))) {
            editor.redo()
            event.accepted = true
        }
    }

    spacing: 2
    Layout.fillWidth: true

    Label {
        text: translated.label
        font.pixelSize: 12
        font.bold: true
        opacity: 0.75
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 6
        TextArea {
            id: originalEdit
            objectName: translated.target.split(":")[0] + "." + translated.field + "_" + translated.original
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: translated.originalText
            placeholderText: translated.original.toUpperCase()
            wrapMode: TextEdit.Wrap
            textFormat: TextEdit.PlainText
            selectByMouse: true
            KeyNavigation.priority: KeyNavigation.BeforeItem
            KeyNavigation.tab: otherEdit
            Keys.onReturnPressed: (event) => { event.accepted = !translated.multiline }
            Keys.onPressed: (event) => translated.routeUndo(event)
            onTextChanged: if (activeFocus) translated.editor.setText(translated.target, translated.field, translated.original, text)
            Accessible.name: translated.label + " (" + translated.original + ")"
            background: Rectangle {
                color: "transparent"
                border.width: originalEdit.activeFocus ? 2 : 1
                border.color: originalEdit.activeFocus ? palette.highlight : palette.mid
                radius: 2
            }
        }
        TextArea {
            id: otherEdit
            objectName: translated.target.split(":")[0] + "." + translated.field + "_" + translated.other
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: translated.otherText
            placeholderText: translated.translationMissing ? qsTr("%1: translation missing").arg(translated.other.toUpperCase())
                                                      : translated.other.toUpperCase()
            placeholderTextColor: translated.translationMissing ? "#b3261e" : palette.placeholderText
            wrapMode: TextEdit.Wrap
            textFormat: TextEdit.PlainText
            selectByMouse: true
            Keys.onReturnPressed: (event) => { event.accepted = !translated.multiline }
            Keys.onPressed: (event) => translated.routeUndo(event)
            onTextChanged: if (activeFocus) translated.editor.setText(translated.target, translated.field, translated.other, text)
            background: Rectangle {
                color: "transparent"
                border.width: otherEdit.activeFocus ? 2 : 1
                border.color: translated.translationMissing ? "#b3261e" : (otherEdit.activeFocus ? palette.highlight : palette.mid)
                radius: 2
            }
            Accessible.name: translated.label + " (" + translated.other + ")"
        }
    }
}
