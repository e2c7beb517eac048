import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import SahelAtlas

// The editor's first page: the story's titles and the article, pasted as text and split into paragraphs
// that stay editable; a selection in a paragraph becomes a quote, a fact or a figure.
ListView {
    id: article

    required property StoryEditor editor
    property string openError
    signal factCreated()

    // A list, so a story of thousands of paragraphs makes editors only for those in sight.
    clip: true
    cacheBuffer: 2000
    spacing: 10
    ScrollBar.vertical: ScrollBar {}
    // A count, not the list: typing in a paragraph must not rebuild (and unfocus) its editor.
    model: article.editor.paragraphs.length

    // Ctrl+Z in a field undoes the story's last edit, not only the field's typing: one history for all.
    function routeUndo(event) {
        if (event.matches(StandardKey.Undo)) {
            article.editor.undo()
            event.accepted = true
        } else if (event.matches(StandardKey.Redo) || (event.key === Qt.Key_Z && event.modifiers === (Qt.ControlModifier | Qt.ShiftModifier))) {
            article.editor.redo()
            event.accepted = true
        }
    }

    function createFrom(kind, index, edit) {
        if (edit.selectionEnd <= edit.selectionStart)
            return
        article.editor.createFact(kind, index, edit.selectionStart, edit.selectionEnd)
        article.factCreated()
    }

    header: ColumnLayout {
        width: article.width - 12
        spacing: 10

        TranslatedField { editor: article.editor; target: "story"; field: "title"; label: qsTr("Story title") }
        TranslatedField { editor: article.editor; target: "story"; field: "subtitle"; label: qsTr("Subtitle") }

        GridLayout {
            columns: 2
            columnSpacing: 8
            rowSpacing: 4
            Layout.fillWidth: true
            Label { text: qsTr("Story id") }
            TextField {
                objectName: "storyId"
                Layout.fillWidth: true
                Keys.onPressed: (event) => article.routeUndo(event)
                text: article.editor.revision, article.editor.value("story", "id")
                onTextEdited: article.editor.setValue("story", "id", text)
            }
            Label { text: qsTr("Focus countries") }
            TextField {
                objectName: "focusCountries"
                Layout.fillWidth: true
                placeholderText: qsTr("ISO codes, e.g. ML, NE, BF (each in its own colour)")
                Keys.onPressed: (event) => article.routeUndo(event)
                text: article.editor.revision, article.editor.value("story", "focus")
                onEditingFinished: article.editor.setValue("story", "focus", text)
            }
            Label { text: qsTr("Home view") }
            RowLayout {
                Layout.fillWidth: true
                Label {
                    objectName: "homeView"
                    text: article.editor.revision, article.editor.homeViewText()
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "homeViewButton"
                    text: qsTr("Use the Map's View")
                    onClicked: article.editor.setHomeViewFromMap(false)
                }
                Button {
                    text: qsTr("Clear")
                    enabled: article.editor.revision, article.editor.value("story", "view") !== undefined
                    onClicked: article.editor.setHomeViewFromMap(true)
                }
            }
            Label { text: qsTr("Publisher") }
            TextField {
                objectName: "publisher"
                Layout.fillWidth: true
                placeholderText: qsTr("Unknown")
                text: article.editor.revision, article.editor.value("source", "publisher")
                onTextEdited: article.editor.setValue("source", "publisher", text)
            }
            Label { text: qsTr("Date") }
            TextField {
                objectName: "sourceDate"
                Layout.fillWidth: true
                placeholderText: "YYYY-MM-DD"
                text: article.editor.revision, article.editor.value("source", "date")
                onEditingFinished: article.editor.setValue("source", "date", text)
            }
            Label { text: qsTr("Language") }
            ComboBox {
                objectName: "sourceLanguage"
                Layout.fillWidth: true
                model: [{ code: "fr", name: "Français" }, { code: "en", name: "English" }]
                textRole: "name"
                valueRole: "code"
                currentIndex: article.editor.storyLanguage === "en" ? 1 : 0
                onActivated: article.editor.setValue("source", "language", currentValue)
            }
            Label { text: qsTr("Web address") }
            TextField {
                objectName: "sourceUrl"
                Layout.fillWidth: true
                placeholderText: qsTr("Shown as text, never opened")
                text: article.editor.revision, article.editor.value("source", "url")
                onTextEdited: article.editor.setValue("source", "url", text)
            }
        }
        TranslatedField { editor: article.editor; target: "source"; field: "title"; label: qsTr("Headline of the article") }

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Article (%n paragraph(s))", "", article.editor.paragraphs.length)
                font.bold: true
                Layout.fillWidth: true
            }
            Button {
                objectName: "openArticleButton"
                text: qsTr("Open &Text File…")
                onClicked: textDialog.open()
            }
            Button {
                objectName: "pasteArticleButton"
                text: qsTr("&Paste Article…")
                onClicked: pasteDialog.open()
            }
        }
        Label {
            visible: article.openError !== ""
            text: article.openError
            color: "#b3261e"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: article.editor.paragraphs.length > 0
            text: qsTr("Select words in a paragraph, then make them a quote (Ctrl+3), a fact (Ctrl+1) or a figure (Ctrl+2).")
            wrapMode: Text.Wrap
            font.pixelSize: 12
            opacity: 0.7
            Layout.fillWidth: true
        }
    }

    delegate: ColumnLayout {
        id: paragraphItem
        required property int index
        width: article.width - 12
        spacing: 2
        Label { text: qsTr("§ %1").arg(paragraphItem.index + 1); font.pixelSize: 11; opacity: 0.6 }
        TextArea {
            id: paragraphEdit
            objectName: "paragraph_" + paragraphItem.index
            Layout.fillWidth: true
            text: article.editor.revision, article.editor.paragraphs[paragraphItem.index] ?? ""
            wrapMode: TextEdit.Wrap
            textFormat: TextEdit.PlainText
            selectByMouse: true
            persistentSelection: true
            onTextChanged: if (activeFocus) article.editor.setParagraph(paragraphItem.index, text)
            Keys.onPressed: (event) => {
                article.routeUndo(event)
                if (event.accepted || !(event.modifiers & Qt.ControlModifier))
                    return
                const kinds = { [Qt.Key_1]: "fact", [Qt.Key_2]: "figure", [Qt.Key_3]: "quote" }
                if (kinds[event.key] !== undefined) {
                    article.createFrom(kinds[event.key], paragraphItem.index, paragraphEdit)
                    event.accepted = true
                }
            }
        }
        RowLayout {
            spacing: 4
            visible: paragraphEdit.selectionEnd > paragraphEdit.selectionStart
            Button {
                objectName: "makeQuote_" + paragraphItem.index
                text: qsTr("Quote")
                onClicked: article.createFrom("quote", paragraphItem.index, paragraphEdit)
            }
            Button {
                objectName: "makeFact_" + paragraphItem.index
                text: qsTr("Fact")
                onClicked: article.createFrom("fact", paragraphItem.index, paragraphEdit)
            }
            Button {
                objectName: "makeFigure_" + paragraphItem.index
                text: qsTr("Figure")
                onClicked: article.createFrom("figure", paragraphItem.index, paragraphEdit)
            }
        }
    }

    FileDialog {
        id: textDialog
        title: qsTr("Open the article's text")
        nameFilters: [qsTr("Text files (*.txt)"), qsTr("All files (*)")]
        onAccepted: article.openError = article.editor.openArticleText(selectedFile)
    }

    Dialog {
        id: pasteDialog
        objectName: "pasteDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width * 0.8, 760)
        height: Math.min(parent.height * 0.8, 560)
        modal: true
        title: qsTr("Paste the article's text")
        standardButtons: Dialog.Ok | Dialog.Cancel
        onOpened: { pasteArea.text = ""; pasteArea.forceActiveFocus() }
        onAccepted: article.editor.pasteArticle(pasteArea.text)
        ColumnLayout {
            anchors.fill: parent
            Label {
                text: qsTr("Paragraphs are separated by blank lines. They replace the story's article.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ScrollView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                TextArea {
                    id: pasteArea
                    objectName: "pasteArea"
                    wrapMode: TextEdit.Wrap
                    textFormat: TextEdit.PlainText
                    selectByMouse: true
                }
            }
        }
    }
}
