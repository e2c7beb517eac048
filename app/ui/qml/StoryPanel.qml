import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SahelAtlas

// The story told as cards beside the map: search, the region filter chip and the list.
Pane {
    id: panel

    required property AtlasController controller
    readonly property alias list: cards
    readonly property alias searchField: search

    padding: 0

    function focusList() {
        cards.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            Layout.fillWidth: true
            Layout.margins: 12
            spacing: 4
            Label {
                text: panel.controller.title
                font.pixelSize: 18
                font.bold: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                Layout.fillWidth: true
            }
            Label {
                text: panel.controller.subtitle
                visible: text !== ""
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                opacity: 0.8
                Layout.fillWidth: true
            }
            Label {
                text: panel.controller.sourceLine
                font.pixelSize: 12
                opacity: 0.65
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                Layout.fillWidth: true
            }
        }

        TextField {
            id: search
            objectName: "searchField"
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            placeholderText: qsTr("Search the cards… (Ctrl+F)")
            selectByMouse: true
            onTextChanged: panel.controller.facts.searchText = text
            Keys.onDownPressed: cards.forceActiveFocus()
            Keys.onEscapePressed: {
                text = ""
                panel.controller.clearSelection()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 12
            Layout.topMargin: 6
            Layout.bottomMargin: 6
            spacing: 8

            Button {
                id: chip
                objectName: "regionChip"
                visible: panel.controller.regionFilter !== ""
                text: panel.controller.regionFilterName + "   ✕"
                flat: false
                font.pixelSize: 12
                onClicked: panel.controller.regionFilter = ""
                // The region's name comes from the story: a plain-text label, not the button's default.
                contentItem: Label {
                    text: chip.text
                    textFormat: Text.PlainText
                    font: chip.font
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Show the cards of every place")
            }
            Label {
                text: qsTr("%n card(s)", "", panel.controller.facts.count)
                opacity: 0.65
                font.pixelSize: 12
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
            }
        }

        ListView {
            id: cards
            objectName: "factList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 4
            model: panel.controller.facts
            keyNavigationEnabled: true
            highlightFollowsCurrentItem: true
            currentIndex: -1
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            delegate: FactCard {
                selected: factId === panel.controller.selectedFactId
                onActivated: function (id) {
                    cards.currentIndex = index
                    panel.controller.selectFact(id)
                }
                onCardHovered: function (id, isHovered) {
                    // The next card may be entered before this one is left: only clear our own hover.
                    if (isHovered)
                        panel.controller.hoverFact(id)
                    else if (panel.controller.hoveredFactId === id)
                        panel.controller.hoverFact("")
                }
            }

            Keys.onReturnPressed: panel.controller.selectFact(panel.controller.facts.factIdAt(currentIndex))
            Keys.onEnterPressed: panel.controller.selectFact(panel.controller.facts.factIdAt(currentIndex))
            Keys.onEscapePressed: panel.controller.clearSelection()

            Connections {
                target: panel.controller
                function onSelectionChanged() {
                    const row = panel.controller.facts.rowOfFact(panel.controller.selectedFactId)
                    if (row >= 0) {
                        cards.currentIndex = row
                        cards.positionViewAtIndex(row, ListView.Contain)
                    }
                }
            }

            Label {
                anchors.centerIn: parent
                visible: cards.count === 0
                text: qsTr("No card matches.")
                opacity: 0.6
            }
        }
    }
}
