import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import SahelAtlas

// The story editor beside the map: the article, the facts and their places, and the problems the
// story reader finds as you type (pick one to go to its field).
Pane {
    id: panel

    required property AtlasController controller
    readonly property StoryEditor editor: controller.editor
    readonly property alias pages: pageTabs
    property string saveError

    padding: 8

    // Save, or ask where when the story has no file yet; then runs `then` (close, quit...).
    function save(then) {
        if (editor.filePath === "") {
            saveDialog.then = then ?? null
            saveDialog.open()
            return
        }
        saveError = editor.save()
        if (saveError === "" && then)
            then()
    }
    function saveAs() {
        saveDialog.then = null
        saveDialog.open()
    }
    function goToProblem(problem) {
        if (problem.factId) {
            editor.currentFactId = problem.factId
            pageTabs.currentIndex = 1
            factEditor.focusField(problem.field === "regions" ? "placeSearch" : problem.field)
        } else if (problem.regionId) {
            // A place's problem: the place, its fields and the facts that name it.
            regionsEditor.regionId = problem.regionId
            pageTabs.currentIndex = 2
        } else if (problem.target) {
            pageTabs.currentIndex = 0
        }
    }

    Connections {
        target: panel.editor
        function onFactChosen() {
            if (pageTabs.currentIndex !== 3)
                pageTabs.currentIndex = 1
        }
    }

    FileDialog {
        id: saveDialog
        property var then: null
        title: qsTr("Save the story")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "story.json"
        nameFilters: [qsTr("Story files (*.story.json)")]
        onAccepted: {
            panel.saveError = panel.editor.saveAs(selectedFile)
            if (panel.saveError === "" && then)
                then()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "editorTitle"
                text: (panel.editor.modified ? "● " : "") + panel.editor.fileName
                font.bold: true
                elide: Text.ElideMiddle
                Layout.fillWidth: true
                ToolTip.visible: titleHover.hovered && panel.editor.filePath !== ""
                ToolTip.text: panel.editor.filePath
                HoverHandler { id: titleHover }
            }
            ToolButton {
                text: "↶"
                enabled: panel.editor.canUndo
                onClicked: panel.editor.undo()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Undo %1 (Ctrl+Z)").arg(panel.editor.undoText)
                Accessible.name: qsTr("Undo")
            }
            ToolButton {
                text: "↷"
                enabled: panel.editor.canRedo
                onClicked: panel.editor.redo()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Redo %1 (Ctrl+Shift+Z)").arg(panel.editor.redoText)
                Accessible.name: qsTr("Redo")
            }
            Button { objectName: "saveButton"; text: qsTr("Save"); onClicked: panel.save() }
            Button {
                objectName: "doneButton"
                text: qsTr("Done")
                onClicked: panel.editor.modified ? unsaved.ask(() => panel.controller.stopEditing(false))
                                                 : panel.controller.stopEditing(false)
            }
        }
        Label {
            visible: panel.editor.notice !== ""
            text: panel.editor.notice
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            padding: 6
            background: Rectangle { color: "#fff4ce"; radius: 3 }
        }
        Label {
            visible: panel.saveError !== ""
            text: panel.saveError
            wrapMode: Text.Wrap
            color: "#b3261e"
            Layout.fillWidth: true
        }

        TabBar {
            id: pageTabs
            Layout.fillWidth: true
            TabButton { text: qsTr("Article") }
            TabButton { objectName: "factsTab"; text: qsTr("Facts") }
            TabButton { objectName: "placesTab"; text: qsTr("Places (%1)").arg(panel.editor.regions.length) }
            TabButton {
                objectName: "problemsTab"
                text: panel.editor.problems.length > 0 ? qsTr("Problems (%1)").arg(panel.editor.problems.length)
                                                       : qsTr("No problems")
            }
        }
        StackLayout {
            currentIndex: pageTabs.currentIndex
            Layout.fillWidth: true
            Layout.fillHeight: true

            ArticleEditor {
                editor: panel.editor
                onFactCreated: pageTabs.currentIndex = 1
            }
            FactEditor {
                id: factEditor
                editor: panel.editor
            }
            RegionsEditor {
                id: regionsEditor
                objectName: "regionsEditor"
                editor: panel.editor
                onFactChosen: (factId) => {
                    panel.editor.currentFactId = factId
                    pageTabs.currentIndex = 1
                }
            }
            ListView {
                id: problemList
                objectName: "problemList"
                clip: true
                model: panel.editor.problems
                activeFocusOnTab: true
                keyNavigationEnabled: true
                delegate: ItemDelegate {
                    required property var modelData
                    width: problemList.width
                    contentItem: Label {
                        text: modelData.text
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                        font.pixelSize: 12
                    }
                    onClicked: panel.goToProblem(modelData)
                    Keys.onReturnPressed: panel.goToProblem(modelData)
                }
                Label {
                    anchors.centerIn: parent
                    visible: problemList.count === 0
                    text: qsTr("The story is valid: --check-story would accept it.")
                    opacity: 0.7
                }
            }
        }
    }

    UnsavedChangesDialog {
        id: unsaved
        fileName: panel.editor.fileName
        onSaveRequested: (then) => panel.save(then)
        onDiscardRequested: (then) => {
            panel.controller.stopEditing(true)
            then()
        }
    }
    function askBeforeClosing(then) {
        if (!editor.active || !editor.modified)
            return false
        unsaved.ask(then)
        return true
    }
}
