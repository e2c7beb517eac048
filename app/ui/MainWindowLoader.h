#pragma once

class QQmlApplicationEngine;
class QQuickWindow;

namespace sahel {

class AtlasController;

/// Loads the main window the same way for the app, the offscreen screenshot and the UI tests.
namespace MainWindowLoader {

/// Style and typeface of the whole window; call once before the first window.
void prepareApplication();
/// Loads Main.qml with the controller; null (and the engine's warnings printed) when it fails.
QQuickWindow *load(QQmlApplicationEngine &engine, AtlasController &controller);

} // namespace MainWindowLoader
} // namespace sahel
