import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SahelAtlas

// The audience's slide over the map: high contrast, large type, every text on a backdrop.
Item {
    id: overlay

    required property AtlasController controller
    readonly property PresentationController presentation: controller.presentation
    readonly property factCard card: controller.slideCard
    readonly property real unit: height / 100 // type is sized from the screen height
    /// Height the fact panel covers at the bottom, for framing the map above it.
    readonly property real coveredHeight: factPanel.visible ? factPanel.height + 2 * unit : 0

    visible: presentation.active
    focus: presentation.active

    Keys.onPressed: function (event) {
        event.accepted = overlay.presentation.handleKey(event.key, event.modifiers)
    }

    // Progress, top right.
    Rectangle {
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: overlay.unit * 2
        radius: overlay.unit
        color: "#e0101418"
        width: progressLabel.implicitWidth + overlay.unit * 3
        height: progressLabel.implicitHeight + overlay.unit * 1.5
        Label {
            id: progressLabel
            objectName: "presentationProgress"
            anchors.centerIn: parent
            color: "white"
            font.pixelSize: overlay.unit * 2.6
            font.bold: true
            text: overlay.presentation.typedNumber !== ""
                  ? qsTr("Go to %1…").arg(overlay.presentation.typedNumber)
                  : qsTr("%1 / %2").arg(overlay.presentation.index + 1).arg(overlay.presentation.count)
        }
    }

    // Title and closing slides: centred.
    Rectangle {
        id: titlePanel
        visible: overlay.presentation.slideKind !== PresentationController.Fact
        anchors.centerIn: parent
        width: Math.min(parent.width * 0.8, overlay.unit * 150)
        height: titleColumn.implicitHeight + overlay.unit * 8
        radius: overlay.unit * 1.5
        color: "#ec101418"
        ColumnLayout {
            id: titleColumn
            anchors.fill: parent
            anchors.margins: overlay.unit * 4
            spacing: overlay.unit * 1.5
            Label {
                objectName: "slideTitle"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                color: "white"
                font.bold: true
                font.pixelSize: overlay.unit * 6
                text: overlay.presentation.slideKind === PresentationController.Closing ? qsTr("Sources")
                                                                                         : overlay.controller.title
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                color: "#f0e6c8"
                font.pixelSize: overlay.unit * 3.2
                text: overlay.presentation.slideKind === PresentationController.Closing
                      ? overlay.controller.sourceLine + "\n" + overlay.controller.factSources().join("\n")
                      : overlay.controller.subtitle + "\n" + overlay.controller.sourceLine
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                color: "#c9d3dd"
                font.pixelSize: overlay.unit * 2.4
                text: qsTr("Map data: Natural Earth (public domain) · Towns: GeoNames (CC BY 4.0) · Made with Sahel Atlas")
            }
        }
    }

    // A fact: at the bottom, the map above it shows its places.
    Rectangle {
        id: factPanel
        objectName: "factPanel"
        visible: overlay.presentation.slideKind === PresentationController.Fact
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottomMargin: overlay.unit * 2
        width: Math.min(parent.width * 0.9, overlay.unit * 170)
        height: Math.min(factColumn.implicitHeight + overlay.unit * 5, parent.height * 0.55)
        radius: overlay.unit * 1.5
        color: "#ec101418"
        clip: true
        readonly property int kind: overlay.card.valid ? overlay.card.kind : -1

        ColumnLayout {
            id: factColumn
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: overlay.unit * 2.5
            spacing: overlay.unit * 1
            Label {
                color: factPanel.kind === FactListModel.Quote ? "#d7b8f3" : factPanel.kind === FactListModel.Figure ? "#ff9c8f" : "#9fd0ff"
                font.pixelSize: overlay.unit * 2.2
                font.bold: true
                font.capitalization: Font.AllUppercase
                text: (overlay.card.title || "")
                textFormat: Text.PlainText // story text: never rendered as HTML, never fetches
            }
            RowLayout {
                visible: factPanel.kind === FactListModel.Figure
                spacing: overlay.unit
                Label {
                    visible: (overlay.card.qualifier || "") !== ""
                    color: "white"
                    font.pixelSize: overlay.unit * 4
                    text: overlay.card.qualifier || ""
                    textFormat: Text.PlainText
                    Layout.alignment: Qt.AlignBaseline
                }
                Label {
                    objectName: "slideFigure"
                    color: "#ff9c8f"
                    font.pixelSize: overlay.unit * 11
                    font.bold: true
                    text: overlay.card.value || ""
                    textFormat: Text.PlainText
                    Layout.alignment: Qt.AlignBaseline
                }
                Label {
                    color: "white"
                    font.pixelSize: overlay.unit * 4
                    text: overlay.card.unit || ""
                    textFormat: Text.PlainText
                    Layout.alignment: Qt.AlignBaseline
                }
            }
            Label {
                objectName: "slideText"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                color: "white"
                font.italic: factPanel.kind === FactListModel.Quote
                // At least 4 % of the screen height: readable from the back of a classroom.
                font.pixelSize: Math.max(overlay.unit * 4.2, 18)
                text: factPanel.kind === FactListModel.Quote ? "« " + (overlay.card.body || "") + " »" : (overlay.card.body || "")
            }
            Label {
                visible: factPanel.kind === FactListModel.Quote
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                color: "#f0e6c8"
                font.pixelSize: overlay.unit * 3
                text: "— " + (overlay.card.speaker || "") + ((overlay.card.speakerRole || "") !== "" ? ", " + overlay.card.speakerRole : "")
                      + ((overlay.card.date || "") !== "" ? ", " + overlay.card.date : "")
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                color: "#c9d3dd"
                font.pixelSize: overlay.unit * 2.2
                text: (overlay.card.source || "") !== "" ? qsTr("Source: %1").arg(overlay.card.source)
                                                        : qsTr("Source: the article, paragraph %1").arg(overlay.card.paragraph || "")
            }
        }
    }

    // B and W: a black or white screen, as presentation software has.
    Rectangle {
        objectName: "blankScreen"
        anchors.fill: parent
        visible: overlay.presentation.blank !== PresentationController.None
        color: overlay.presentation.blank === PresentationController.White ? "white" : "black"
    }
}
