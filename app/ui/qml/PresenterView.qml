import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SahelAtlas

// The presenter's screen: what the audience sees now, what comes next, the notes and the time.
Window {
    id: presenter

    required property AtlasController controller
    readonly property PresentationController presentation: controller.presentation
    readonly property factCard current: controller.slideCard
    readonly property factCard upcoming: controller.nextSlideCard

    title: qsTr("Presenter view — Sahel Atlas")
    color: "#15191e"
    width: 1000
    height: 700

    function twoDigits(n) {
        return n < 10 ? "0" + n : "" + n
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 14
        RowLayout {
            Layout.fillWidth: true
            Label {
                color: "white"
                font.pixelSize: 28
                font.bold: true
                text: qsTr("%1 / %2").arg(presenter.presentation.index + 1).arg(presenter.presentation.count)
            }
            Item { Layout.fillWidth: true }
            Label {
                color: "#9fd0ff"
                font.pixelSize: 28
                font.family: "monospace"
                text: Math.floor(presenter.presentation.elapsedSeconds / 60) + ":"
                      + presenter.twoDigits(presenter.presentation.elapsedSeconds % 60)
            }
        }
        Label {
            Layout.fillWidth: true
            color: "white"
            font.pixelSize: 26
            font.bold: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: presenter.presentation.slideKind === PresentationController.Fact ? (presenter.current.title || "")
                  : presenter.presentation.slideKind === PresentationController.Title ? presenter.controller.title
                  : qsTr("Sources")
        }
        Label {
            Layout.fillWidth: true
            color: "#dfe6ee"
            font.pixelSize: 18
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: presenter.current.body || ""
        }
        Rectangle { Layout.fillWidth: true; height: 1; color: "#3a424c" }
        Label { color: "#f0e6c8"; font.pixelSize: 16; font.bold: true; text: qsTr("Notes") }
        Label {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: "#f0e6c8"
            font.pixelSize: 20
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: presenter.current.notes || qsTr("No notes for this slide.")
        }
        Rectangle { Layout.fillWidth: true; height: 1; color: "#3a424c" }
        Label {
            Layout.fillWidth: true
            color: "#9aa5b1"
            font.pixelSize: 18
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: qsTr("Next: %1").arg(presenter.upcoming.title || (presenter.presentation.index + 1 < presenter.presentation.count ? qsTr("closing slide") : qsTr("end")))
        }
    }
}
