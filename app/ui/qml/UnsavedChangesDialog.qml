import QtQuick
import QtQuick.Controls

// "Save the changes to X?" before unsaved work would go: Save, Discard or Cancel.
Dialog {
    id: dialog

    property string fileName
    property var then: null
    signal saveRequested(var then)
    signal discardRequested(var then)

    function ask(next) {
        then = next
        open()
    }

    objectName: "unsavedChangesDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    title: qsTr("Save the changes to %1?").arg(fileName)
    standardButtons: Dialog.Save | Dialog.Discard | Dialog.Cancel
    Label { text: qsTr("Your changes will be lost if you don't save them.") }
    onAccepted: saveRequested(then)
    onDiscarded: {
        close()
        discardRequested(then)
    }
}
