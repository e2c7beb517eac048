import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import SahelAtlas

// The export actions of the File menu in one place: the export dialog, Copy Map, the window
// screenshot, and how their outcome is told (a short note for success, a dialog for errors).
Item {
    id: tools

    required property AtlasController controller
    required property Window mainWindow
    readonly property ExportController exporter: controller.exporter

    function openExportDialog() {
        exportDialog.open()
    }

    function copyMap() {
        if (exporter.copyMap())
            note.show(qsTr("Map copied to the clipboard"))
    }

    function saveScreenshot() {
        screenshotDialog.open()
    }

    ExportDialog {
        id: exportDialog
        exporter: tools.exporter
    }

    FileDialog {
        id: screenshotDialog
        title: qsTr("Save Window Screenshot")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("PNG images (*.png)")]
        defaultSuffix: "png"
        currentFolder: tools.exporter.suggestedFolder
        selectedFile: tools.exporter.suggestedFolder + "/sahel-atlas-window.png"
        onAccepted: {
            screenshotTimer.file = selectedFile
            screenshotTimer.start()
        }
    }

    // Let the file dialog leave the window before grabbing it.
    Timer {
        id: screenshotTimer
        property url file
        interval: 300
        onTriggered: tools.exporter.saveScreenshot(tools.mainWindow, file)
    }

    Connections {
        target: tools.exporter
        // The export dialog tells its own outcome while open; this covers the rest.
        function onFinished(path) {
            if (!exportDialog.visible)
                note.show(qsTr("Saved %1").arg(path))
        }
        function onFailed(message) {
            if (exportDialog.visible)
                return
            errorDialog.text = message
            errorDialog.open()
        }
    }

    ToolTip {
        id: note
        objectName: "exportNote"
        parent: Overlay.overlay
        x: parent ? (parent.width - width) / 2 : 0
        y: parent ? parent.height - height - 48 : 0
        timeout: 4000
    }

    Dialog {
        id: errorDialog
        objectName: "exportErrorDialog"
        property alias text: errorLabel.text
        title: qsTr("Could not save")
        modal: true
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width * 0.8 : 600, 640)
        standardButtons: Dialog.Ok
        Label {
            id: errorLabel
            anchors.fill: parent
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }
    }
}
