import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import SahelAtlas

// The layers the user added: visibility, order, opacity, colour, sizes, label field; Delete removes.
Pane {
    id: panel

    required property AtlasController controller
    readonly property LayerListModel layers: controller.layers

    padding: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 12
            Label {
                text: qsTr("Your layers")
                font.bold: true
                font.pixelSize: 16
                Layout.fillWidth: true
            }
            Button {
                text: qsTr("Add…")
                onClicked: addDialog.open()
            }
        }

        ColumnLayout {
            visible: panel.layers.loading
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            Label { text: qsTr("Reading the file… the map stays usable.") }
            RowLayout {
                ProgressBar {
                    objectName: "layerProgress"
                    Layout.fillWidth: true
                    from: 0
                    to: 1
                    value: panel.layers.progress
                }
                Button {
                    text: qsTr("Cancel")
                    onClicked: panel.layers.cancel()
                }
            }
        }

        Label {
            visible: panel.layers.count === 0 && !panel.layers.loading
            Layout.fillWidth: true
            Layout.margins: 12
            wrapMode: Text.Wrap
            opacity: 0.7
            text: qsTr("Drop a GeoPackage, GeoJSON, TopoJSON, Shapefile, FlatGeobuf or a CSV with longitude and latitude columns onto the window, or use File > Add Layer.")
        }

        ListView {
            id: list
            objectName: "layerList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: panel.layers
            currentIndex: -1
            keyNavigationEnabled: true
            Keys.onDeletePressed: if (currentIndex >= 0) panel.layers.remove(currentIndex)
            ScrollBar.vertical: ScrollBar {}

            delegate: Frame {
                id: row
                required property int index
                required property string name
                required property bool layerVisible
                required property real layerOpacity
                required property color colour
                required property real pointSize
                required property real lineWidth
                required property string labelField
                required property var fieldNames
                required property int featureCount
                required property int kind
                required property string warnings

                width: ListView.view.width - 12
                x: 6
                background: Rectangle {
                    radius: 6
                    color: row.ListView.isCurrentItem ? Qt.rgba(0.04, 0.31, 0.54, 0.08) : "transparent"
                    border.color: row.ListView.isCurrentItem ? "#0b4f8a" : "#d0cbc2"
                }
                TapHandler { onTapped: { list.currentIndex = row.index; list.forceActiveFocus() } }

                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 4
                    RowLayout {
                        Layout.fillWidth: true
                        CheckBox {
                            checked: row.layerVisible
                            onToggled: panel.layers.setVisible(row.index, checked)
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Show or hide")
                        }
                        Rectangle {
                            width: 18; height: 18; radius: row.kind === LayerListModel.Point ? 9 : 3
                            color: row.colour
                            border.color: "#555"
                            MouseArea {
                                anchors.fill: parent
                                onClicked: { colourDialog.row = row.index; colourDialog.selectedColor = row.colour; colourDialog.open() }
                            }
                        }
                        Label {
                            text: row.name
                            textFormat: Text.PlainText // a layer's name comes from its file
                            font.bold: true
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        ToolButton { text: "▲"; enabled: row.index > 0; onClicked: panel.layers.move(row.index, row.index - 1) }
                        ToolButton { text: "▼"; enabled: row.index < panel.layers.count - 1; onClicked: panel.layers.move(row.index, row.index + 1) }
                        ToolButton {
                            text: "✕"
                            onClicked: panel.layers.remove(row.index)
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Remove the layer (Delete)")
                        }
                    }
                    Label {
                        text: qsTr("%n feature(s)", "", row.featureCount) + (row.warnings !== "" ? " · ⚠" : "")
                        opacity: 0.7
                        font.pixelSize: 12
                        MouseArea { id: warningsArea; anchors.fill: parent; hoverEnabled: true }
                        ToolTip {
                            id: warningsTip
                            visible: warningsArea.containsMouse && row.warnings !== ""
                            text: row.warnings
                            // Warnings quote feature names from the file: plain text, nothing rendered or fetched.
                            contentItem: Text {
                                text: warningsTip.text
                                textFormat: Text.PlainText
                                wrapMode: Text.Wrap
                                font: warningsTip.font
                                color: warningsTip.palette.toolTipText
                            }
                        }
                    }
                    GridLayout {
                        columns: 2
                        Layout.fillWidth: true
                        Label { text: qsTr("Opacity") }
                        Slider {
                            Layout.fillWidth: true
                            from: 0.05; to: 1; value: row.layerOpacity
                            onMoved: panel.layers.setOpacity(row.index, value)
                        }
                        Label { text: row.kind === LayerListModel.Point ? qsTr("Point size") : qsTr("Line width") }
                        SpinBox {
                            from: 1; to: 40
                            value: row.kind === LayerListModel.Point ? row.pointSize : row.lineWidth
                            onValueModified: row.kind === LayerListModel.Point ? panel.layers.setPointSize(row.index, value)
                                                                 : panel.layers.setLineWidth(row.index, value)
                        }
                        Label { text: qsTr("Label") }
                        ComboBox {
                            Layout.fillWidth: true
                            model: [qsTr("(none)")].concat(row.fieldNames)
                            currentIndex: Math.max(0, row.fieldNames.indexOf(row.labelField) + 1)
                            onActivated: function (i) { panel.layers.setLabelField(row.index, i === 0 ? "" : row.fieldNames[i - 1]) }
                        }
                    }
                }
            }
        }
    }

    ColorDialog {
        id: colourDialog
        property int row: -1
        title: qsTr("Layer colour")
        onAccepted: panel.layers.setColour(row, selectedColor)
    }

    FileDialog {
        id: addDialog
        title: qsTr("Add a layer")
        nameFilters: [qsTr("Vector data (*.gpkg *.geojson *.json *.topojson *.shp *.fgb *.csv)")]
        onAccepted: panel.layers.add(selectedFile, "", "")
    }

    // A CSV whose coordinate columns have unusual names: let the user point at them.
    Dialog {
        id: columnsDialog
        property url file
        property var columns: []
        title: qsTr("Which columns hold the coordinates?")
        modal: true
        anchors.centerIn: Overlay.overlay
        standardButtons: Dialog.Ok | Dialog.Cancel
        GridLayout {
            columns: 2
            Label { text: qsTr("Longitude") }
            ComboBox { id: lonBox; model: columnsDialog.columns }
            Label { text: qsTr("Latitude") }
            ComboBox { id: latBox; model: columnsDialog.columns; currentIndex: Math.min(1, columnsDialog.columns.length - 1) }
        }
        onAccepted: panel.layers.add(file, lonBox.currentText, latBox.currentText)
    }

    Dialog {
        id: failedDialog
        property string message
        title: qsTr("This layer cannot be added")
        modal: true
        anchors.centerIn: Overlay.overlay
        standardButtons: Dialog.Close
        Label { text: failedDialog.message; wrapMode: Text.Wrap; width: 480; textFormat: Text.PlainText }
    }

    Connections {
        target: panel.layers
        function onColumnsNeeded(file, columns) {
            columnsDialog.file = file
            columnsDialog.columns = columns
            columnsDialog.open()
        }
        function onLoadFailed(message) {
            failedDialog.message = message
            failedDialog.open()
        }
    }
}
