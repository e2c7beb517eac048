import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import SahelAtlas

ApplicationWindow {
    id: window

    required property AtlasController controller
    property bool panelVisible: true
    property bool closingConfirmed: false
    readonly property StoryEditor editor: controller.editor

    width: 1280
    height: 800
    minimumWidth: 720
    minimumHeight: 480
    visible: true
    title: editor.active ? (editor.modified ? "● " : "") + editor.fileName + " — " + qsTr("Sahel Atlas story editor")
                         : controller.title + " — Sahel Atlas"

    Component.onCompleted: {
        const saved = controller.savedWindowGeometry
        if (saved.width > 0 && saved.height > 0) {
            x = saved.x
            y = saved.y
            width = saved.width
            height = saved.height
        }
        map.forceActiveFocus()
        // Without QtLocation (Qt < 6.5) there is no basemap to choose: no menu at all.
        if (!window.controller.basemap.supported)
            mainMenuBar.removeMenu(basemapMenu)
    }
    onClosing: (close) => {
        // Unsaved work first: Save, Discard or Cancel; the window closes once that is settled.
        if (!closingConfirmed && editorPanel.askBeforeClosing(() => { closingConfirmed = true; window.close() })) {
            close.accepted = false
            return
        }
        controller.saveWindowGeometry(Qt.rect(x, y, width, height))
    }

    menuBar: MenuBar {
        id: mainMenuBar
        visible: !window.controller.presentation.active
        Menu {
            title: qsTr("&File")
            Action {
                text: qsTr("&New Story")
                shortcut: StandardKey.New
                onTriggered: window.whenSettled(() => window.controller.newStory())
            }
            Action {
                text: qsTr("&Open Story…")
                shortcut: StandardKey.Open
                onTriggered: window.whenSettled(() => openDialog.open())
            }
            Action {
                text: qsTr("E&dit Story")
                shortcut: "Ctrl+Shift+E"
                enabled: !window.editor.active
                onTriggered: window.controller.editStory()
            }
            Action {
                text: qsTr("&Save Story")
                shortcut: StandardKey.Save
                enabled: window.editor.active
                onTriggered: editorPanel.save()
            }
            Action {
                text: qsTr("Save Story &As…")
                shortcut: "Ctrl+Shift+S"
                enabled: window.editor.active
                onTriggered: editorPanel.saveAs()
            }
            Action {
                text: qsTr("Add &Layer…")
                shortcut: "Ctrl+L"
                onTriggered: addLayerDialog.open()
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
                        onTriggered: window.controller.openStoryFile(modelData)
                    }
                    onObjectAdded: (index, object) => recentMenu.insertItem(index, object)
                    onObjectRemoved: (index, object) => recentMenu.removeItem(object)
                }
            }
            MenuSeparator {}
            Action {
                text: qsTr("&Export…")
                shortcut: "Ctrl+E"
                onTriggered: exportTools.openExportDialog()
            }
            Action {
                text: qsTr("&Copy Map")
                shortcut: "Ctrl+Shift+C"
                onTriggered: exportTools.copyMap()
            }
            Action {
                text: qsTr("Save &Window Screenshot…")
                onTriggered: exportTools.saveScreenshot()
            }
            MenuSeparator {}
            Action {
                text: qsTr("&Quit")
                shortcut: StandardKey.Quit
                onTriggered: window.close()
            }
        }
        Menu {
            title: qsTr("&Edit")
            Action {
                text: window.editor.canUndo ? qsTr("&Undo %1").arg(window.editor.undoText) : qsTr("&Undo")
                shortcut: StandardKey.Undo
                enabled: window.editor.active && window.editor.canUndo
                onTriggered: window.editor.undo()
            }
            Action {
                text: window.editor.canRedo ? qsTr("&Redo %1").arg(window.editor.redoText) : qsTr("&Redo")
                shortcut: "Ctrl+Shift+Z"
                enabled: window.editor.active && window.editor.canRedo
                onTriggered: window.editor.redo()
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
                    sideTabs.currentIndex = 0
                    panel.searchField.forceActiveFocus()
                }
            }
            Action {
                text: qsTr("&Clear Selection")
                onTriggered: window.controller.clearSelection()
            }
            Action {
                text: qsTr("Map &Furniture")
                checkable: true
                checked: window.controller.exporter.furnitureOnScreen
                onTriggered: window.controller.exporter.furnitureOnScreen = checked
            }
            MenuSeparator {}
            Action {
                text: qsTr("&Present from the Beginning")
                shortcut: "F5"
                onTriggered: window.controller.presentation.start("")
            }
            Action {
                text: qsTr("Present from the &Selected Fact")
                shortcut: "Shift+F5"
                onTriggered: window.controller.presentation.start(window.controller.selectedFactId)
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
        Menu {
            id: basemapMenu
            title: qsTr("&Basemap")
            Action {
                text: qsTr("&None (Offline Map)")
                checkable: true
                checked: window.controller.basemap.kind === BasemapController.None
                onTriggered: window.controller.basemap.kind = BasemapController.None
            }
            Action {
                text: qsTr("&OpenStreetMap (Online)")
                checkable: true
                checked: window.controller.basemap.kind === BasemapController.OpenStreetMap
                onTriggered: window.controller.basemap.kind = BasemapController.OpenStreetMap
            }
            Action {
                text: window.controller.basemap.tileFolder === "" ? qsTr("Offline &Tile Folder…")
                                                                  : qsTr("Offline &Tile Folder")
                checkable: true
                checked: window.controller.basemap.kind === BasemapController.TileFolder
                onTriggered: {
                    if (window.controller.basemap.tileFolder === "")
                        tileFolderDialog.open()
                    else
                        window.controller.basemap.kind = BasemapController.TileFolder
                }
            }
            MenuSeparator {}
            Action {
                text: qsTr("&Choose Tile Folder…")
                onTriggered: tileFolderDialog.open()
            }
        }
    }

    // Runs `next` once no unsaved work is in the way: it asks first, and leaves the editor.
    function whenSettled(next) {
        if (editorPanel.askBeforeClosing(() => { window.controller.stopEditing(true); next() }))
            return
        if (window.editor.active)
            window.controller.stopEditing(false)
        next()
    }

    FileDialog {
        id: openDialog
        title: qsTr("Open a story")
        nameFilters: [qsTr("Story files (*.story.json *.json)")]
        onAccepted: window.controller.openStory(selectedFile)
    }

    FolderDialog {
        id: tileFolderDialog
        title: qsTr("Choose a folder of map tiles (z/x/y.png)")
        onAccepted: window.controller.basemap.chooseTileFolder(selectedFolder)
    }

    Connections {
        target: window.controller.basemap
        function onFolderRefused(message) {
            basemapRefusal.text = message
            basemapRefusal.open()
        }
    }

    Dialog {
        id: basemapRefusal
        property alias text: refusalText.text
        anchors.centerIn: Overlay.overlay
        width: Math.min(window.width * 0.6, 520)
        title: qsTr("This folder cannot be a basemap")
        standardButtons: Dialog.Ok
        modal: true
        Label {
            id: refusalText
            width: basemapRefusal.availableWidth
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
        }
    }

    FileDialog {
        id: addLayerDialog
        title: qsTr("Add a layer")
        nameFilters: [qsTr("Vector data (*.gpkg *.geojson *.json *.topojson *.shp *.fgb *.csv)")]
        onAccepted: {
            window.controller.layers.add(selectedFile, "", "")
            window.panelVisible = true
            sideTabs.currentIndex = 1
        }
    }

    Popup {
        id: featurePopup
        objectName: "featurePopup"
        property string layerName
        property string attributes
        anchors.centerIn: Overlay.overlay
        width: Math.min(window.width * 0.6, 520)
        modal: false
        padding: 14
        contentItem: ColumnLayout {
            Label { text: featurePopup.layerName; font.bold: true; font.pixelSize: 15; textFormat: Text.PlainText }
            ScrollView {
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(attributesText.implicitHeight, window.height * 0.5)
                TextArea {
                    id: attributesText
                    readOnly: true
                    textFormat: TextEdit.PlainText
                    wrapMode: TextEdit.Wrap
                    text: featurePopup.attributes
                }
            }
            Button { text: qsTr("Close"); Layout.alignment: Qt.AlignRight; onClicked: featurePopup.close() }
        }
    }

    StoryErrorDialog {
        id: errorDialog
        objectName: "storyErrorDialog"
    }

    ExportTools {
        id: exportTools
        controller: window.controller
        mainWindow: window
    }

    // Presentation: full screen, no panel, the map's own buttons hidden; Esc gives the window back as it
    // was (the view and the selection are the presentation controller's to restore).
    QtObject {
        id: before
        property int visibility: Window.Windowed
        property bool panelVisible: true
    }
    Connections {
        target: window.controller.presentation
        function onActiveChanged() {
            const presentation = window.controller.presentation
            if (presentation.active) {
                before.visibility = window.visibility
                before.panelVisible = window.panelVisible
                window.panelVisible = false
                if (presentation.fullScreen)
                    window.showFullScreen()
                presentationOverlay.forceActiveFocus()
            } else {
                if (window.visibility === Window.FullScreen && before.visibility !== Window.FullScreen)
                    window.visibility = before.visibility
                window.panelVisible = before.panelVisible
                map.forceActiveFocus()
            }
        }
    }

    Loader {
        // A second screen gets the presenter's view; the audience screen shows only the slide.
        active: window.controller.presentation.active && Qt.application.screens.length > 1
        sourceComponent: PresenterView {
            controller: window.controller
            screen: Qt.application.screens[1]
            visible: true
        }
    }

    Connections {
        target: window.editor
        function onActiveChanged() {
            if (window.editor.active)
                window.panelVisible = true
        }
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
                // Data files become layers; anything else is tried as a story.
                for (let i = 0; i < drop.urls.length; ++i) {
                    if (LayerListModel.isLayerFile(drop.urls[i])) {
                        window.controller.layers.add(drop.urls[i], "", "")
                        sideTabs.currentIndex = 1
                    } else {
                        window.controller.openStory(drop.urls[i])
                    }
                }
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
                presenting: window.controller.presentation.active
                bottomInset: presentationOverlay.coveredHeight
                rightInset: mapButtons.visible ? mapButtons.width + 2 * mapButtons.anchors.margins : 0
                onTapped: function (position) {
                    if (position.x < width / 3)
                        window.controller.presentation.previous()
                    else if (position.x > 2 * width / 3)
                        window.controller.presentation.next()
                }
                onFeatureClicked: function (layerName, attributes) {
                    featurePopup.layerName = layerName
                    featurePopup.attributes = attributes
                    featurePopup.open()
                }
                onSwiped: function (direction) {
                    if (direction < 0)
                        window.controller.presentation.next()
                    else
                        window.controller.presentation.previous()
                }
                basemapUnder: basemapLoader.status === Loader.Ready
                SplitView.fillWidth: true
                SplitView.minimumWidth: 320
                focus: true

                // The basemap (QtLocation, Qt >= 6.5 only) under the canvas's own drawing; it takes no input.
                Loader {
                    id: basemapLoader
                    anchors.fill: parent
                    z: -1
                    enabled: false
                    active: window.controller.basemap.supported && window.controller.basemap.shown
                    source: "qrc:/qt/qml/SahelAtlas/Location/BasemapView.qml"
                    onLoaded: {
                        item.canvas = map
                        item.basemap = window.controller.basemap
                    }
                }

                // The tiles' credit, always visible while they are (their licences ask for it).
                Label {
                    objectName: "basemapAttribution"
                    visible: basemapLoader.status === Loader.Ready
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    anchors.margins: 2
                    padding: 3
                    text: window.controller.basemap.attribution
                    textFormat: Text.PlainText
                    font.pixelSize: 11
                    color: "#333333"
                    background: Rectangle { color: "#ccffffff"; radius: 2 }
                }
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
                    id: regionToolTip
                    parent: map
                    // A feature of an added layer under the cursor says more than the story region around it.
                    visible: map.hoveredFeatureText !== "" || map.hoveredRegionText !== ""
                    text: map.hoveredFeatureText !== "" ? map.hoveredFeatureText : map.hoveredRegionText
                    // Region names come from the story: plain text, so no HTML is rendered or fetched.
                    contentItem: Text {
                        text: regionToolTip.text
                        textFormat: Text.PlainText
                        font: regionToolTip.font
                        wrapMode: Text.Wrap
                        color: regionToolTip.palette.toolTipText
                    }
                    x: Math.min(map.cursorPoint.x + 16, map.width - width - 4)
                    y: Math.min(map.cursorPoint.y + 18, map.height - height - 4)
                    delay: 300
                }

                Column {
                    id: mapButtons
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: 12
                    // Below the north arrow when the map furniture is on screen.
                    anchors.topMargin: map.showFurniture ? 76 : 12
                    spacing: 4
                    visible: !window.controller.presentation.active
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

                PresentationOverlay {
                    id: presentationOverlay
                    objectName: "presentationOverlay"
                    anchors.fill: parent
                    controller: window.controller
                }
            }

            ColumnLayout {
                id: sidePanel
                visible: window.panelVisible
                spacing: 0
                SplitView.preferredWidth: 400
                SplitView.minimumWidth: 280
                SplitView.maximumWidth: window.width * 0.6

                EditorPanel {
                    id: editorPanel
                    objectName: "editorPanel"
                    controller: window.controller
                    visible: window.editor.active
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                }
                TabBar {
                    id: sideTabs
                    visible: !window.editor.active
                    Layout.fillWidth: true
                    TabButton { text: qsTr("Story") }
                    TabButton {
                        text: window.controller.layers.count > 0 ? qsTr("Layers (%1)").arg(window.controller.layers.count)
                                                                 : qsTr("Layers")
                    }
                }
                StackLayout {
                    currentIndex: sideTabs.currentIndex
                    visible: !window.editor.active
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    StoryPanel {
                        id: panel
                        objectName: "storyPanel"
                        controller: window.controller
                    }
                    LayersPanel {
                        objectName: "layersPanel"
                        controller: window.controller
                    }
                }
            }
        }

        StatusLine {
            visible: !window.controller.presentation.active
            Layout.fillWidth: true
            position: map.cursorPosition
            place: map.hoveredPlace
            zoom: map.zoom
            notice: window.controller.basemap.message
        }
    }
}
