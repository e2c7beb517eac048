import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import SahelAtlas

ApplicationWindow {
    id: window

    required property AtlasController controller
    property bool panelVisible: true

    width: 1280
    height: 800
    minimumWidth: 720
    minimumHeight: 480
    visible: true
    title: controller.title + " — Sahel Atlas"

    Component.onCompleted: {
        const saved = controller.savedWindowGeometry
        if (saved.width > 0 && saved.height > 0) {
            x = saved.x
            y = saved.y
            width = saved.width
            height = saved.height
        }
        map.forceActiveFocus()
    }
    onClosing: controller.saveWindowGeometry(Qt.rect(x, y, width, height))

    menuBar: MenuBar {
        Menu {
            title: qsTr("&File")
            Action {
                text: qsTr("&Open Story…")
                shortcut: StandardKey.Open
                onTriggered: openDialog.open()
            }
            Menu {
                id: recentMenu
                title: qsTr("Open &Recent")
                enabled: window.controller.recentStories.length > 0
                Instantiator {
                    model: window.controller.recentStories
                    delegate: MenuItem {
                        required property string modelData
                        text: modelData
                        onTriggered: window.controller.openStory("file://" + modelData)
                    }
                    onObjectAdded: (index, object) => recentMenu.insertItem(index, object)
                    onObjectRemoved: (index, object) => recentMenu.removeItem(object)
                }
            }
            MenuSeparator {}
            Action {
                text: qsTr("&Quit")
                shortcut: StandardKey.Quit
                onTriggered: window.close()
            }
        }
        Menu {
            title: qsTr("&View")
            Action {
                text: qsTr("Story &Panel")
                checkable: true
                checked: window.panelVisible
                shortcut: "F9"
                onTriggered: window.panelVisible = !window.panelVisible
            }
            Action {
                text: qsTr("&Home View")
                shortcut: "Ctrl+0"
                onTriggered: map.goHome()
            }
            Action {
                text: qsTr("&Search Cards")
                shortcut: StandardKey.Find
                onTriggered: {
                    window.panelVisible = true
                    panel.searchField.forceActiveFocus()
                }
            }
            Action {
                text: qsTr("&Clear Selection")
                onTriggered: window.controller.clearSelection()
            }
            MenuSeparator {}
            Menu {
                title: qsTr("&Language")
                Action {
                    text: "Français"
                    checkable: true
                    checked: window.controller.language === "fr"
                    onTriggered: window.controller.language = "fr"
                }
                Action {
                    text: "English"
                    checkable: true
                    checked: window.controller.language === "en"
                    onTriggered: window.controller.language = "en"
                }
            }
        }
    }

    FileDialog {
        id: openDialog
        title: qsTr("Open a story")
        nameFilters: [qsTr("Story files (*.story.json *.json)")]
        onAccepted: window.controller.openStory(selectedFile)
    }

    StoryErrorDialog {
        id: errorDialog
        objectName: "storyErrorDialog"
    }

    Connections {
        target: window.controller
        function onStoryLoadFailed(file, errors) {
            errorDialog.file = file
            errorDialog.errors = errors
            errorDialog.open()
        }
    }

    DropArea {
        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: function (drop) {
            if (drop.hasUrls && drop.urls.length > 0) {
                window.controller.openStory(drop.urls[0])
                drop.acceptProposedAction()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        SplitView {
            id: split
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: Qt.Horizontal

            MapCanvas {
                id: map
                objectName: "mapCanvas"
                controller: window.controller
                SplitView.fillWidth: true
                SplitView.minimumWidth: 320
                focus: true
                Keys.onEscapePressed: window.controller.clearSelection()

                PinchHandler {
                    target: null
                    property real lastScale: 1
                    onActiveChanged: lastScale = 1
                    onScaleChanged: {
                        map.zoomAround(centroid.position, Math.log2(scale / lastScale))
                        lastScale = scale
                    }
                }

                ToolTip {
                    parent: map
                    visible: map.hoveredRegionText !== ""
                    text: map.hoveredRegionText
                    x: Math.min(map.cursorPoint.x + 16, map.width - width - 4)
                    y: Math.min(map.cursorPoint.y + 18, map.height - height - 4)
                    delay: 300
                }

                Column {
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: 12
                    spacing: 4
                    RoundButton {
                        text: "+"
                        focusPolicy: Qt.NoFocus
                        onClicked: map.zoomIn()
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Zoom in (+)")
                    }
                    RoundButton {
                        text: "−"
                        focusPolicy: Qt.NoFocus
                        onClicked: map.zoomOut()
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Zoom out (−)")
                    }
                    RoundButton {
                        text: "⌂"
                        focusPolicy: Qt.NoFocus
                        onClicked: map.goHome()
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Back to the AES view (Home)")
                    }
                    RoundButton {
                        text: window.panelVisible ? "›" : "‹"
                        focusPolicy: Qt.NoFocus
                        onClicked: window.panelVisible = !window.panelVisible
                        ToolTip.visible: hovered
                        ToolTip.text: window.panelVisible ? qsTr("Hide the story panel (F9)")
                                                          : qsTr("Show the story panel (F9)")
                    }
                }
            }

            StoryPanel {
                id: panel
                objectName: "storyPanel"
                controller: window.controller
                visible: window.panelVisible
                SplitView.preferredWidth: 400
                SplitView.minimumWidth: 280
                SplitView.maximumWidth: window.width * 0.6
            }
        }

        StatusLine {
            Layout.fillWidth: true
            position: map.cursorPosition
            place: map.hoveredPlace
            zoom: map.zoom
        }
    }
}
