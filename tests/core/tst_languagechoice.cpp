// Which language the map starts in: documents follow --lang, else the story (fr or en), else English;
// the window follows --lang, else the saved choice, else the system, else the story.
#include "LanguageChoice.h"

#include <QTest>

using namespace sahel;

class TestLanguageChoice : public QObject
{
    Q_OBJECT

private slots:
    void documents_data();
    void documents();
    void window_data();
    void window();
};

void TestLanguageChoice::documents_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("story");
    QTest::addColumn<QString>("expected");
    QTest::newRow("asked for") << "fr"
                               << "en"
                               << "fr";
    QTest::newRow("English story") << ""
                                   << "en"
                                   << "en";
    QTest::newRow("French story") << ""
                                  << "fr"
                                  << "fr";
    QTest::newRow("German story: English") << ""
                                           << "de"
                                           << "en";
    QTest::newRow("no language: English") << ""
                                          << ""
                                          << "en";
    QTest::newRow("unsupported request ignored") << "es"
                                                 << "fr"
                                                 << "fr";
}

void TestLanguageChoice::documents()
{
    QFETCH(QString, requested);
    QFETCH(QString, story);
    QFETCH(QString, expected);
    QCOMPARE(LanguageChoice::forDocuments(requested, story), expected);
}

void TestLanguageChoice::window_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("story");
    QTest::addColumn<QString>("expected");
    QTest::newRow("asked for") << "en"
                               << "fr"
                               << "fr"
                               << "fr"
                               << "en";
    QTest::newRow("saved choice") << ""
                                  << "fr"
                                  << "en"
                                  << "en"
                                  << "fr";
    QTest::newRow("system") << ""
                            << ""
                            << "en"
                            << "fr"
                            << "en";
    QTest::newRow("German system: the story") << ""
                                              << ""
                                              << "de"
                                              << "fr"
                                              << "fr";
    QTest::newRow("German system and story: English") << ""
                                                      << ""
                                                      << "de"
                                                      << "de"
                                                      << "en";
}

void TestLanguageChoice::window()
{
    QFETCH(QString, requested);
    QFETCH(QString, saved);
    QFETCH(QString, system);
    QFETCH(QString, story);
    QFETCH(QString, expected);
    QCOMPARE(LanguageChoice::forWindow(requested, saved, system, story), expected);
}

QTEST_GUILESS_MAIN(TestLanguageChoice)
#include "tst_languagechoice.moc"
