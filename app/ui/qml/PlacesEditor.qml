import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SahelAtlas

// The current fact's places: linked by clicking the map or from the gazetteer; zones, tripoints and
// unions made from them.
ColumnLayout {
    id: places

    required property StoryEditor editor
    readonly property var linked: editor.currentRegions
    readonly property var pointRegions: editor.regions.filter(r => r.point)
    readonly property int countryCount: linked.filter(r => r.kind === "country").length
    readonly property int unitCount: linked.filter(r => r.kind === "country" || r.kind === "admin1").length
    readonly property var zones: linked.filter(r => r.kind === "buffer")

    spacing: 6

    Label { text: qsTr("Places"); font.bold: true }
    Label {
        text: qsTr("Click the map to link a country or a town to this fact, again to unlink it. Zoomed in, a click picks a province or region; Shift+click picks the other level.")
        wrapMode: Text.Wrap
        font.pixelSize: 12
        opacity: 0.7
        Layout.fillWidth: true
    }
    Flow {
        Layout.fillWidth: true
        spacing: 4
        Repeater {
            model: places.linked
            delegate: Button {
                required property var modelData
                objectName: "linked_" + modelData.id
                text: modelData.name + (modelData.facts > 1 ? " ·" + modelData.facts : "") + "  ✕"
                font.pixelSize: 12
                ToolTip.visible: hovered
                ToolTip.text: qsTr("%1 (%2), named by %n fact(s). Click to unlink.", "", modelData.facts).arg(modelData.id).arg(modelData.kind)
                onClicked: places.editor.unlinkRegion(modelData.id)
            }
        }
    }
    Repeater {
        // A zone's radius, live on the map as it changes. A count, not the list: a change of the radius must
        // not rebuild (and unfocus) the slider being moved.
        model: places.zones.length
        delegate: RowLayout {
            id: zoneRow
            required property int index
            readonly property var zone: places.zones[index] ?? { id: "", name: "", radiusKm: 0 }
            Layout.fillWidth: true
            Label { text: qsTr("%1: %2 km").arg(zoneRow.zone.name).arg(Math.round(radius.value)) }
            Slider {
                id: radius
                objectName: "radius_" + zoneRow.zone.id
                Layout.fillWidth: true
                from: 10
                to: 1000
                stepSize: 10
                value: zoneRow.zone.radiusKm
                onMoved: places.editor.setValue("region:" + zoneRow.zone.id, "radiusKm", value)
            }
        }
    }

    TextField {
        id: search
        objectName: "placeSearch"
        Layout.fillWidth: true
        placeholderText: qsTr("Find a town, region or country beyond the map…")
        onTextEdited: results.model = places.editor.findPlaces(text)
    }
    ListView {
        id: results
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, 150)
        visible: count > 0
        clip: true
        model: []
        delegate: ItemDelegate {
            required property var modelData
            objectName: "placeResult_" + modelData.index
            width: results.width
            text: modelData.label
            font.pixelSize: 12
            onClicked: {
                places.editor.addFoundPlace(modelData.index)
                search.text = ""
                results.model = []
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        ComboBox {
            id: around
            objectName: "zoneCentre"
            Layout.fillWidth: true
            model: places.pointRegions
            textRole: "name"
            valueRole: "id"
            enabled: count > 0
            displayText: count > 0 ? currentText : qsTr("No town, place or tripoint yet")
        }
        Button {
            objectName: "addZoneButton"
            text: qsTr("Zone of 150 km")
            enabled: around.count > 0
            onClicked: places.editor.addBuffer(around.currentValue, 150)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("A zone around that point, clipped to this fact's countries")
        }
    }
    RowLayout {
        Button {
            objectName: "addTripointButton"
            text: qsTr("Tripoint of the 3 countries")
            enabled: places.countryCount === 3
            onClicked: places.editor.addTripoint()
        }
        Button {
            objectName: "addUnionButton"
            text: qsTr("Union of these units")
            enabled: places.unitCount >= 2
            onClicked: places.editor.addUnion()
        }
    }
}
