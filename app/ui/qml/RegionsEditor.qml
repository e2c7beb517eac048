import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SahelAtlas

// Every place of the story with the facts that name it, and the chosen place's own fields: its name
// (countries, units and towns take the map data's when it is empty), note, source and how it is drawn.
ColumnLayout {
    id: regionsPage

    required property StoryEditor editor
    property string regionId
    readonly property string target: "region:" + regionId
    readonly property bool hasRegion: editor.revision, editor.regions.some(r => r.id === regionId)
    signal factChosen(string factId)

    spacing: 6

    ListView {
        id: regionList
        objectName: "regionList"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, 220)
        clip: true
        model: regionsPage.editor.regions
        activeFocusOnTab: true
        keyNavigationEnabled: true
        delegate: ItemDelegate {
            required property var modelData
            width: regionList.width
            highlighted: modelData.id === regionsPage.regionId
            contentItem: Label {
                text: qsTr("%1 (%2): %3").arg(modelData.name).arg(modelData.kind)
                          .arg(modelData.factIds.length > 0 ? modelData.factIds.join(", ") : qsTr("no fact"))
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                font.pixelSize: 12
            }
            onClicked: regionsPage.regionId = modelData.id
            onDoubleClicked: if (modelData.factIds.length > 0) regionsPage.factChosen(modelData.factIds[0])
        }
    }
    ScrollView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        contentWidth: availableWidth
        clip: true
        visible: regionsPage.hasRegion
        ColumnLayout {
            width: parent.width - 8
            spacing: 8
            Label { text: regionsPage.regionId; font.bold: true }
            RowLayout {
                Label { text: qsTr("Drawn as") }
                ComboBox {
                    objectName: "regionStyle"
                    Layout.fillWidth: true
                    model: [{ code: "plain", name: qsTr("Plain (the base map only)") },
                            { code: "area", name: qsTr("Area (light fill, dashed outline)") },
                            { code: "zone", name: qsTr("Zone (hatched, outlined, labelled)") },
                            { code: "marker", name: qsTr("Marker (a point and its label)") }]
                    textRole: "name"
                    valueRole: "code"
                    currentIndex: regionsPage.editor.revision,
                                  ["plain", "area", "zone", "marker"].indexOf(regionsPage.editor.value(regionsPage.target, "style"))
                    onActivated: regionsPage.editor.setValue(regionsPage.target, "style", currentValue)
                }
            }
            TranslatedField { editor: regionsPage.editor; target: regionsPage.target; field: "name"; label: qsTr("Name (empty: the map data's)") }
            TranslatedField { editor: regionsPage.editor; target: regionsPage.target; field: "note"; multiline: true; label: qsTr("Note") }
            TranslatedField { editor: regionsPage.editor; target: regionsPage.target; field: "source"; label: qsTr("Source of the definition") }
        }
    }
}
