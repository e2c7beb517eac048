import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import SahelAtlas

// File > Export… (Ctrl+E): format, size or page, furniture, and a live preview of the file, which
// is the window's current view with the selected fact. The choices live (and are remembered) in
// the ExportController; the file is written on a worker thread, so the window stays usable.
Dialog {
    id: dialog

    required property ExportController exporter
    // Whether the running export was started here: only then does its outcome show in the dialog.
    property bool exporting: false
    property string message
    property bool messageIsError: false

    readonly property int format: exporter.format
    readonly property bool imageFormat: format === ExportController.Png || format === ExportController.Svg
    readonly property bool pageFormat: format === ExportController.Pdf || format === ExportController.Handout
    // The handout frames its own maps, one per fact; GeoJSON is data, not a picture.
    readonly property bool furnitureApplies: imageFormat || format === ExportController.Pdf

    objectName: "exportDialog"
    title: qsTr("Export Map")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 40 : 1000, 1060)
    height: Math.min(parent ? parent.height - 40 : 700, 640)
    closePolicy: exporter.busy ? Popup.NoAutoClose : Popup.CloseOnEscape
    onOpened: {
        if (!exporter.busy)
            message = ""
    }

    // Plain digits ("3508", not "3,508" or "3 508"), as sizes are written everywhere else.
    component NumberBox: SpinBox {
        editable: true
        textFromValue: (value, locale) => value.toString()
        valueFromText: (text, locale) => parseInt(text) || 0
    }

    function startExport(file) {
        message = ""
        exporting = true
        exporter.start(file)
    }

    Connections {
        target: dialog.exporter
        function onFinished(path) {
            if (!dialog.exporting)
                return
            dialog.exporting = false
            dialog.messageIsError = false
            dialog.message = qsTr("Saved %1").arg(path)
        }
        function onFailed(message) {
            if (!dialog.exporting)
                return
            dialog.exporting = false
            dialog.messageIsError = true
            dialog.message = message
        }
    }

    FileDialog {
        id: fileDialog
        objectName: "exportFileDialog"
        title: qsTr("Export to")
        fileMode: FileDialog.SaveFile
        nameFilters: dialog.exporter.nameFilters
        defaultSuffix: dialog.exporter.suffix
        currentFolder: dialog.exporter.suggestedFolder
        selectedFile: dialog.exporter.suggestedFile
        onAccepted: dialog.startExport(selectedFile)
    }

    contentItem: RowLayout {
        spacing: 18

        ColumnLayout {
            Layout.preferredWidth: 380
            Layout.maximumWidth: 380
            Layout.fillHeight: true
            spacing: 10

            GridLayout {
                columns: 2
                columnSpacing: 10
                rowSpacing: 8
                Layout.fillWidth: true

                Label {
                    text: qsTr("Format")
                }
                ComboBox {
                    objectName: "exportFormat"
                    Layout.fillWidth: true
                    model: [qsTr("PNG image"), qsTr("SVG drawing"), qsTr("PDF page"),
                        qsTr("Handout PDF (a page per fact)"), qsTr("GeoJSON regions")]
                    currentIndex: dialog.exporter.format
                    onActivated: index => dialog.exporter.format = index
                }

                Label {
                    text: qsTr("Size")
                    visible: dialog.imageFormat
                }
                ComboBox {
                    objectName: "exportSizePreset"
                    Layout.fillWidth: true
                    visible: dialog.imageFormat
                    model: [qsTr("1920 × 1080 (Full HD)"), qsTr("3840 × 2160 (4K)"), qsTr("A4 at 300 dpi"),
                        qsTr("Custom")]
                    currentIndex: dialog.exporter.sizePreset
                    onActivated: index => dialog.exporter.sizePreset = index
                }

                Item {
                    implicitWidth: 1
                    visible: dialog.imageFormat
                }
                RowLayout {
                    visible: dialog.imageFormat
                    Layout.fillWidth: true
                    NumberBox {
                        objectName: "exportWidth"
                        from: 16
                        to: 8192
                        value: dialog.exporter.width
                        onValueModified: dialog.exporter.width = value
                        Accessible.name: qsTr("Width in pixels")
                    }
                    Label {
                        text: "×"
                    }
                    NumberBox {
                        objectName: "exportHeight"
                        from: 16
                        to: 8192
                        value: dialog.exporter.height
                        onValueModified: dialog.exporter.height = value
                        Accessible.name: qsTr("Height in pixels")
                    }
                    Label {
                        text: qsTr("px")
                    }
                }

                Label {
                    text: qsTr("Resolution")
                    visible: dialog.format === ExportController.Png
                }
                RowLayout {
                    visible: dialog.format === ExportController.Png
                    NumberBox {
                        objectName: "exportDpi"
                        from: 36
                        to: 1200
                        stepSize: 12
                        value: dialog.exporter.dpi
                        onValueModified: dialog.exporter.dpi = value
                        Accessible.name: qsTr("Resolution in dots per inch")
                    }
                    Label {
                        text: qsTr("dpi")
                    }
                }

                Label {
                    text: qsTr("Page")
                    visible: dialog.pageFormat
                }
                ComboBox {
                    objectName: "exportPage"
                    Layout.fillWidth: true
                    visible: dialog.pageFormat
                    model: [qsTr("A4"), qsTr("US Letter"), qsTr("16:9 slide")]
                    currentIndex: dialog.exporter.pageFormat
                    onActivated: index => dialog.exporter.pageFormat = index
                }

                Label {
                    text: qsTr("Orientation")
                    visible: dialog.pageFormat
                }
                RowLayout {
                    visible: dialog.pageFormat
                    RadioButton {
                        objectName: "orientationLandscape"
                        text: qsTr("Landscape")
                        checked: !dialog.exporter.portrait
                        onClicked: dialog.exporter.portrait = false
                    }
                    RadioButton {
                        objectName: "orientationPortrait"
                        text: qsTr("Portrait")
                        checked: dialog.exporter.portrait
                        onClicked: dialog.exporter.portrait = true
                    }
                }
            }

            Label {
                objectName: "basemapNote"
                visible: text !== "" && dialog.format !== ExportController.GeoJson
                text: dialog.exporter.basemapNote
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.maximumWidth: 420
                opacity: 0.85
            }

            CheckBox {
                text: qsTr("World file for GIS (.pgw, .prj)")
                visible: dialog.format === ExportController.Png
                checked: dialog.exporter.worldFile
                onToggled: dialog.exporter.worldFile = checked
            }

            GroupBox {
                title: qsTr("Map furniture")
                visible: dialog.furnitureApplies
                Layout.fillWidth: true
                GridLayout {
                    columns: 2
                    rowSpacing: 0
                    anchors.fill: parent
                    CheckBox {
                        objectName: "furnitureTitle"
                        text: qsTr("Title and subtitle")
                        checked: dialog.exporter.furnitureTitle
                        onToggled: dialog.exporter.furnitureTitle = checked
                    }
                    CheckBox {
                        text: qsTr("Legend")
                        checked: dialog.exporter.furnitureLegend
                        onToggled: dialog.exporter.furnitureLegend = checked
                    }
                    CheckBox {
                        text: qsTr("Scale bar")
                        checked: dialog.exporter.furnitureScaleBar
                        onToggled: dialog.exporter.furnitureScaleBar = checked
                    }
                    CheckBox {
                        text: qsTr("North arrow")
                        checked: dialog.exporter.furnitureNorthArrow
                        onToggled: dialog.exporter.furnitureNorthArrow = checked
                    }
                    CheckBox {
                        text: qsTr("Attribution")
                        checked: dialog.exporter.furnitureAttribution
                        onToggled: dialog.exporter.furnitureAttribution = checked
                    }
                    CheckBox {
                        text: qsTr("Locator inset")
                        checked: dialog.exporter.furnitureInset
                        onToggled: dialog.exporter.furnitureInset = checked
                    }
                }
            }

            Label {
                Layout.fillWidth: true
                visible: dialog.format === ExportController.Handout
                wrapMode: Text.Wrap
                color: palette.placeholderText
                text: qsTr("Each page frames its own map on the fact's places, with its legend, scale and credits.")
            }

            Item {
                Layout.fillHeight: true
            }

            ProgressBar {
                objectName: "exportProgress"
                Layout.fillWidth: true
                visible: dialog.exporter.busy
                indeterminate: !dialog.exporter.cancellable
                value: dialog.exporter.progress
            }

            Label {
                objectName: "exportMessage"
                Layout.fillWidth: true
                visible: text !== ""
                text: dialog.exporter.busy ? qsTr("Exporting… the window stays usable.") : dialog.message
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                color: dialog.messageIsError && !dialog.exporter.busy ? "#b01e23" : palette.windowText
                font.bold: dialog.messageIsError && !dialog.exporter.busy
            }

            RowLayout {
                Layout.fillWidth: true
                Item {
                    Layout.fillWidth: true
                }
                Button {
                    text: qsTr("Stop")
                    visible: dialog.exporter.cancellable
                    onClicked: dialog.exporter.cancel()
                }
                Button {
                    text: qsTr("Close")
                    onClicked: dialog.close()
                }
                Button {
                    objectName: "exportButton"
                    text: qsTr("Export…")
                    highlighted: true
                    enabled: !dialog.exporter.busy
                    onClicked: fileDialog.open()
                }
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            Label {
                id: previewTitle
                anchors.top: parent.top
                text: qsTr("Preview")
                font.bold: true
            }
            Rectangle {
                anchors.top: previewTitle.bottom
                anchors.bottom: description.top
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.topMargin: 6
                anchors.bottomMargin: 6
                color: Qt.darker(palette.window, 1.08)
                radius: 3
                ExportPreview {
                    objectName: "exportPreview"
                    anchors.fill: parent
                    anchors.margins: 8
                    exporter: dialog.exporter
                    visible: dialog.visible
                }
            }
            Label {
                id: description
                objectName: "exportDescription"
                anchors.bottom: parent.bottom
                anchors.left: parent.left
                anchors.right: parent.right
                text: dialog.exporter.outputDescription
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                color: palette.placeholderText
            }
        }
    }
}
