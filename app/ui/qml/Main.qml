import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SahelAtlas

ApplicationWindow {
    id: window

    required property AtlasController controller

    width: 1280
    height: 800
    minimumWidth: 640
    minimumHeight: 420
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

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        MapCanvas {
            id: map
            objectName: "mapCanvas"
            controller: window.controller
            Layout.fillWidth: true
            Layout.fillHeight: true
            focus: true

            PinchHandler {
                id: pinch
                target: null
                property real lastScale: 1
                onActiveChanged: lastScale = 1
                onScaleChanged: {
                    map.zoomAround(centroid.position, Math.log2(scale / lastScale))
                    lastScale = scale
                }
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
