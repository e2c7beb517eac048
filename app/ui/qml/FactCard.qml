import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SahelAtlas

// One card of the story: a fact, a figure (its number large), a quote (speaker, role, date) or an event.
ItemDelegate {
    id: card

    required property int index
    required property string factId
    required property int kind
    required property string title
    required property string body
    required property bool translated
    required property string speaker
    required property string speakerRole
    required property string date
    required property string context
    required property string value
    required property string unit
    required property string qualifier
    required property string source
    required property int paragraph
    required property string regionNames
    property bool selected: false

    signal activated(string factId)
    signal cardHovered(string factId, bool isHovered)

    width: ListView.view ? ListView.view.width : 320
    padding: 12
    hoverEnabled: true
    highlighted: selected
    onClicked: activated(factId)
    onHoveredChanged: cardHovered(factId, hovered)

    readonly property color accent: kind === FactListModel.Quote ? "#7a4b9b" : kind === FactListModel.Figure ? "#b01e23"
                                   : kind === FactListModel.Event ? "#4d6b3c" : "#0b4f8a"

    background: Rectangle {
        color: card.selected ? Qt.rgba(0.04, 0.31, 0.54, 0.10) : card.hovered ? Qt.rgba(0, 0, 0, 0.04) : "transparent"
        // The keyboard's current card is outlined too, so Up/Down shows where Enter will go.
        readonly property bool keyboardCurrent: card.ListView.isCurrentItem && card.ListView.view.activeFocus
        border.color: card.selected ? "#0b4f8a" : keyboardCurrent ? "#6f9fcc" : "transparent"
        border.width: card.selected || keyboardCurrent ? 2 : 0
        radius: 6
        Rectangle {
            width: 4
            height: parent.height - 12
            anchors.verticalCenter: parent.verticalCenter
            anchors.left: parent.left
            anchors.leftMargin: 2
            radius: 2
            color: card.accent
        }
    }

    contentItem: ColumnLayout {
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: card.kind === FactListModel.Quote ? qsTr("Quote") : card.kind === FactListModel.Figure ? qsTr("Figure")
                      : card.kind === FactListModel.Event ? qsTr("Context") : qsTr("Fact")
                font.capitalization: Font.AllUppercase
                font.pixelSize: 11
                font.bold: true
                color: card.accent
            }
            Item { Layout.fillWidth: true }
            Label {
                visible: card.paragraph > 0
                text: qsTr("§ %1").arg(card.paragraph)
                font.pixelSize: 11
                opacity: 0.6
            }
        }

        Label {
            text: card.title
            font.bold: true
            font.pixelSize: 15
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            Layout.fillWidth: true
        }

        RowLayout {
            visible: card.kind === FactListModel.Figure && card.value !== ""
            spacing: 6
            Layout.fillWidth: true
            Label {
                text: card.qualifier
                textFormat: Text.PlainText
                visible: card.qualifier !== ""
                font.pixelSize: 14
                Layout.alignment: Qt.AlignBaseline
            }
            Label {
                objectName: "figureValue"
                text: card.value
                textFormat: Text.PlainText
                font.pixelSize: 34
                font.bold: true
                color: card.accent
                Layout.alignment: Qt.AlignBaseline
            }
            Label {
                text: card.unit
                textFormat: Text.PlainText
                font.pixelSize: 14
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignBaseline
            }
        }

        Label {
            objectName: "factText"
            text: card.kind === FactListModel.Quote ? "« " + card.body + " »" : card.body
            font.italic: card.kind === FactListModel.Quote
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            Layout.fillWidth: true
        }

        Label {
            visible: card.kind === FactListModel.Quote
            text: "— " + card.speaker + (card.speakerRole !== "" ? ", " + card.speakerRole : "")
                  + (card.date !== "" ? ", " + card.date : "")
            font.pixelSize: 13
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            Layout.fillWidth: true
        }
        Label {
            visible: card.context !== "" && card.kind === FactListModel.Quote
            text: card.context
            font.pixelSize: 12
            opacity: 0.75
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            Layout.fillWidth: true
        }
        Label {
            visible: card.kind === FactListModel.Event && card.date !== ""
            text: card.date
            textFormat: Text.PlainText
            font.pixelSize: 13
            font.bold: true
        }

        Label {
            text: (card.translated ? qsTr("Translation of the article's French. ") : "")
                  + (card.source !== "" ? qsTr("Source: %1").arg(card.source) : qsTr("Source: the article"))
            font.pixelSize: 11
            opacity: 0.7
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Places: %1").arg(card.regionNames)
            font.pixelSize: 11
            color: "#0b4f8a"
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            Layout.fillWidth: true
        }
    }
}
