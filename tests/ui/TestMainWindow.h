#pragma once
// The real main window for UI tests, made as the app makes it: a controller over a story, Main.qml in a
// QML engine, the window shown offscreen at a size, and its map canvas. One set-up for every UI test.
#include "Atlas.h"
#include "AtlasController.h"
#include "MapCanvas.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTest>

#include <memory>

struct TestMainWindow
{
    struct Options
    {
        QSize size{1000, 700};
        QString storyPath;      ///< empty: the default story
        bool persistent = true; ///< false: nothing read from or written to the settings
        bool active = false;    ///< wait until the window is active (keyboard focus), not only exposed
    };

    std::unique_ptr<sahel::AtlasController> controller;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;
    sahel::MapCanvas *canvas = nullptr;
    QStringList loadWarnings; ///< what loading the story warned about

    /// Records a test failure (QVERIFY) when something is missing; callers check QTest::currentTestFailed().
    void open(const Options &options)
    {
        sahel::AtlasLoad load = sahel::AtlasLoader::load(options.storyPath);
        QVERIFY2(load.atlas, qPrintable(load.errors.join(u'\n')));
        loadWarnings = load.warnings;
        controller = std::make_unique<sahel::AtlasController>(std::move(load.atlas), options.persistent);
        engine = std::make_unique<QQmlApplicationEngine>();
        engine->setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue(controller.get())}});
        engine->load(QUrl(QStringLiteral("qrc:/qt/qml/SahelAtlas/qml/Main.qml")));
        QCOMPARE(engine->rootObjects().size(), 1);
        window = qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst());
        QVERIFY(window);
        window->resize(options.size);
        window->show();
        if (options.active) {
            window->requestActivate();
            QVERIFY(QTest::qWaitForWindowActive(window));
        } else {
            QVERIFY(QTest::qWaitForWindowExposed(window));
        }
        canvas = window->findChild<sahel::MapCanvas *>(QStringLiteral("mapCanvas"));
        QVERIFY(canvas);
        QTRY_VERIFY(canvas->width() > options.size.width() / 2.5);
    }

    void close()
    {
        engine.reset();
        controller.reset();
        window = nullptr;
        canvas = nullptr;
    }
};
