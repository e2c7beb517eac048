import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SahelAtlas

// The editor's facts: the list in presentation order (drag, or Alt+Up/Down, to reorder) and the current
// fact's fields by kind, its places (click the map, search the gazetteer, zones, tripoints, unions).
ColumnLayout {
    id: facts

    required property StoryEditor editor
    readonly property string target: "fact:" + editor.currentFactId
    readonly property string kind: editor.revision, editor.value(target, "kind") ?? ""
    readonly property bool hasFact: editor.currentFactId !== ""


    // Ctrl+Z in a field undoes the story's last edit, not only the field's typing: one history for all.
    function routeUndo(event) {
        if (event.matches(StandardKey.Undo)) {
            facts.editor.undo()
            event.accepted = true
        } else if (event.matches(StandardKey.Redo) || (event.key === Qt.Key_Z && event.modifiers === (Qt.ControlModifier | Qt.ShiftModifier))) {
            facts.editor.redo()
            event.accepted = true
        }
    }

    function focusField(field) {
        const item = findField(fieldColumn, field)
        if (item)
            item.forceActiveFocus()
    }
    function findField(parentItem, name) {
        for (let i = 0; i < parentItem.children.length; ++i) {
            const child = parentItem.children[i]
            if (child.objectName === name || child.objectName === "fact." + name + "_" + facts.editor.storyLanguage)
                return child
            const found = findField(child, name)
            if (found)
                return found
        }
        return null
    }

    spacing: 6

    RowLayout {
        Layout.fillWidth: true
        Label { text: qsTr("Facts (%1)").arg(list.count); font.bold: true; Layout.fillWidth: true }
        Button { objectName: "newEventButton"; text: qsTr("New &Event"); onClicked: facts.editor.createEvent() }
    }
    ListView {
        id: list
        objectName: "editorFactList"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, 180)
        clip: true
        model: facts.editor.facts
        // No overshoot: a list that fits does not flick, so a vertical drag is the card's (Qt 6.8's
        // Flickable otherwise takes it from the DragHandler).
        boundsBehavior: Flickable.StopAtBounds
        keyNavigationEnabled: true
        activeFocusOnTab: true
        delegate: ItemDelegate {
            id: row
            required property var modelData
            required property int index
            width: list.width
            highlighted: modelData.id === facts.editor.currentFactId
            text: (modelData.title || modelData.id) + (modelData.missing > 0 ? "  ⚑" : "")
            icon.source: ""
            onClicked: facts.editor.currentFactId = modelData.id
            ToolTip.visible: hovered && modelData.missing > 0
            ToolTip.text: qsTr("%n text(s) without a translation", "", modelData.missing)
            Keys.onPressed: (event) => {
                if (event.modifiers & Qt.AltModifier && (event.key === Qt.Key_Up || event.key === Qt.Key_Down)) {
                    facts.editor.moveFact(modelData.id, event.key === Qt.Key_Up ? -1 : 1)
                    event.accepted = true
                }
            }
            Label {
                anchors.right: parent.right
                anchors.rightMargin: 8
                anchors.verticalCenter: parent.verticalCenter
                text: row.modelData.kind
                font.pixelSize: 11
                opacity: 0.6
            }
            // Drag a card up or down to change the presentation order.
            DragHandler {
                id: drag
                target: null
                grabPermissions: PointerHandler.CanTakeOverFromItems | PointerHandler.CanTakeOverFromHandlersOfDifferentType
                yAxis.enabled: true
                xAxis.enabled: false
                // Kept while active: Qt 6.8 resets activeTranslation before onActiveChanged reports the drop.
                property real draggedY: 0
                onActiveTranslationChanged: if (active) draggedY = activeTranslation.y
                onActiveChanged: {
                    if (active) {
                        draggedY = 0
                        return
                    }
                    const rows = Math.round(drag.draggedY / row.height)
                    if (rows !== 0)
                        facts.editor.moveFact(row.modelData.id, rows)
                }
            }
        }
    }
    RowLayout {
        visible: facts.hasFact
        Button { text: qsTr("Move Up"); onClicked: facts.editor.moveFact(facts.editor.currentFactId, -1) }
        Button { text: qsTr("Move Down"); onClicked: facts.editor.moveFact(facts.editor.currentFactId, 1) }
        Item { Layout.fillWidth: true }
        Button { objectName: "deleteFactButton"; text: qsTr("Delete"); onClicked: facts.editor.removeFact(facts.editor.currentFactId) }
    }

    ScrollView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        contentWidth: availableWidth
        clip: true
        visible: facts.hasFact
        ColumnLayout {
            id: fieldColumn
            width: parent.width - 8
            spacing: 8

            GridLayout {
                columns: 2
                columnSpacing: 8
                Layout.fillWidth: true
                Label { text: qsTr("Kind") }
                ComboBox {
                    objectName: "kind"
                    Layout.fillWidth: true
                    model: [{ code: "fact", name: qsTr("Fact") }, { code: "figure", name: qsTr("Figure") },
                            { code: "quote", name: qsTr("Quote") }, { code: "event", name: qsTr("Event") }]
                    textRole: "name"
                    valueRole: "code"
                    currentIndex: ["fact", "figure", "quote", "event"].indexOf(facts.kind)
                    onActivated: facts.editor.setValue(facts.target, "kind", currentValue)
                }
                Label { text: qsTr("Paragraph"); visible: facts.kind !== "event" }
                SpinBox {
                    objectName: "paragraph"
                    visible: facts.kind !== "event"
                    from: 1
                    to: Math.max(1, facts.editor.paragraphs.length)
                    value: facts.editor.revision, facts.editor.value(facts.target, "paragraph") || 1
                    onValueModified: facts.editor.setValue(facts.target, "paragraph", value)
                }
                Label { text: qsTr("Speaker"); visible: facts.kind === "quote" }
                TextField {
                    objectName: "speaker"
                    visible: facts.kind === "quote"
                    Layout.fillWidth: true
                    Keys.onPressed: (event) => facts.routeUndo(event)
                    text: facts.editor.revision, facts.editor.value(facts.target, "speaker") ?? ""
                    onTextEdited: facts.editor.setValue(facts.target, "speaker", text)
                }
                Label { text: qsTr("Date"); visible: facts.kind === "quote" || facts.kind === "event" }
                TextField {
                    objectName: "date"
                    visible: facts.kind === "quote" || facts.kind === "event"
                    Layout.fillWidth: true
                    placeholderText: "YYYY-MM-DD"
                    text: facts.editor.revision, facts.editor.value(facts.target, "date") ?? ""
                    onEditingFinished: facts.editor.setValue(facts.target, "date", text)
                }
                Label { text: qsTr("Value"); visible: facts.kind === "figure" }
                TextField {
                    objectName: "value"
                    visible: facts.kind === "figure"
                    Layout.fillWidth: true
                    validator: DoubleValidator { locale: "C" }
                    text: facts.editor.revision, String(facts.editor.value(facts.target, "value") ?? "")
                    onTextEdited: facts.editor.setValue(facts.target, "value", text)
                }
            }
            TranslatedField { editor: facts.editor; target: facts.target; field: "title"; label: qsTr("Title") }
            TranslatedField {
                editor: facts.editor; target: facts.target; field: "text"; multiline: true
                label: facts.kind === "quote" ? qsTr("Words quoted (verbatim in the original)") : qsTr("Text")
            }
            TranslatedField { visible: facts.kind === "quote"; editor: facts.editor; target: facts.target; field: "role"; label: qsTr("Speaker's role") }
            TranslatedField { visible: facts.kind === "figure"; editor: facts.editor; target: facts.target; field: "unit"; label: qsTr("Unit") }
            TranslatedField { visible: facts.kind === "figure"; editor: facts.editor; target: facts.target; field: "qualifier"; label: qsTr("Qualifier (e.g. nearly)") }
            TranslatedField { editor: facts.editor; target: facts.target; field: "source"; label: facts.kind === "event" ? qsTr("Source (required)") : qsTr("Source, when not the article") }
            TranslatedField { editor: facts.editor; target: facts.target; field: "context"; label: qsTr("Context") }
            TranslatedField { editor: facts.editor; target: facts.target; field: "notes"; multiline: true; label: qsTr("Presenter notes") }

            PlacesEditor {
                editor: facts.editor
                Layout.fillWidth: true
            }
        }
    }
    Label {
        visible: !facts.hasFact
        text: qsTr("No fact yet: select words in a paragraph of the article and make them a quote, a fact or a figure.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        opacity: 0.7
    }
}
