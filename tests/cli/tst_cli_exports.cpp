// The command line's documents, checked with the tools users would use: SVG read as XML, PDFs and handouts
// with poppler's pdfinfo, PNGs with Qt's reader; --fact, --dpi, the furniture switches, window screenshots,
// and output paths that cannot be written.
#include "CliProcess.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

namespace {

using cli::atlas;
using cli::Run;
using cli::run;

struct PdfInfo
{
    int pages = -1;
    QSizeF size;
    QString error;
};

PdfInfo pdfInfo(const QString &path)
{
    PdfInfo info;
    const Run r = run(QStandardPaths::findExecutable(QStringLiteral("pdfinfo")), {path});
    if (!r.finished || r.exitCode != 0) {
        info.error = r.describe();
        return info;
    }
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)$"),
                                          QRegularExpression::MultilineOption);
    static const QRegularExpression size(QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"),
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch p = pages.match(r.out);
    const QRegularExpressionMatch s = size.match(r.out);
    if (!p.hasMatch() || !s.hasMatch()) {
        info.error = QStringLiteral("unexpected pdfinfo output: ") + r.out;
        return info;
    }
    info.pages = p.captured(1).toInt();
    info.size = QSizeF(s.captured(1).toDouble(), s.captured(2).toDouble());
    return info;
}

bool sameSize(QSizeF a, QSizeF b)
{
    return std::abs(a.width() - b.width()) <= 1.0 && std::abs(a.height() - b.height()) <= 1.0;
}

/// Pixels where some channel differs by more than antialiasing would, within columns [from, to).
int differingPixels(const QImage &a, const QImage &b, int from = 0, int to = -1)
{
    if (a.size() != b.size())
        return -1;
    if (to < 0)
        to = a.width();
    int count = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = from; x < to; ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            if (std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                          std::abs(qBlue(p) - qBlue(q))}) > 8)
                ++count;
        }
    return count;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return static_cast<int>(colours.size());
}

QStringList entries(const QString &path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
}

} // namespace

class TestCliExports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void exportSvg();
    void exportPdfSlide();
    void handout();
    void exportFact();
    void unknownFact();
    void printResolution();
    void furnitureSwitches();
    void documentsSpeakTheStorysLanguage_data();
    void documentsSpeakTheStorysLanguage();
    void screenshot();
    void screenshotOfFact();
    void screenshotOfTheEditor();
    void editRefusesWhatIsNotAStory();
    void unwritablePaths_data();
    void unwritablePaths();
    void exportIntoNonexistentRootFolder();
    void worldStoryExportsEveryFact();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    /// Runs the atlas in French with these arguments; fails the test unless it exits 0.
    bool succeeds(const QStringList &arguments, Run *result = nullptr) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliExports::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SAHEL_EXECUTABLE)).isExecutable(), SAHEL_EXECUTABLE);
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty(), "pdfinfo (poppler-utils)");
}

void TestCliExports::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

bool TestCliExports::succeeds(const QStringList &arguments, Run *result) const
{
    // The language is given: without --lang the atlas follows the saved setting or the system locale.
    const Run r =
        atlas(arguments + QStringList{QStringLiteral("--lang"), QStringLiteral("fr")}, m_dir->path());
    if (result)
        *result = r;
    if (r.finished && r.exitCode == 0)
        return true;
    qWarning().noquote() << arguments.join(u' ') << r.describe();
    return false;
}

void TestCliExports::exportSvg()
{
    const QString file = path(QStringLiteral("x.svg"));
    QVERIFY(succeeds({QStringLiteral("--export"), file}));
    QFile svg(file);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svg);
    QStringList ids;
    QString root;
    int texts = 0, images = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (root.isEmpty())
            root = xml.name().toString();
        if (xml.name() == QLatin1String("g") && xml.attributes().hasAttribute(QLatin1String("id")))
            ids.append(xml.attributes().value(QLatin1String("id")).toString());
        texts += xml.name() == QLatin1String("text") ? 1 : 0;
        images += xml.name() == QLatin1String("image") ? 1 : 0;
    }
    QVERIFY2(!xml.hasError(),
             qPrintable(QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString())));
    QCOMPARE(root, QStringLiteral("svg"));
    // The layers a GIS or drawing program shows, bottom to top, and the furniture over them.
    QCOMPARE(ids, (QStringList{QStringLiteral("water"), QStringLiteral("land"), QStringLiteral("hydrography"),
                               QStringLiteral("boundaries"), QStringLiteral("story-regions"),
                               QStringLiteral("user-layers"), QStringLiteral("highlights"),
                               QStringLiteral("labels"), QStringLiteral("furniture")}));
    QVERIFY(texts > 20);
    QCOMPARE(images, 0);
}

void TestCliExports::exportPdfSlide()
{
    const QString file = path(QStringLiteral("x.pdf"));
    QVERIFY(succeeds({QStringLiteral("--export"), file, QStringLiteral("--page"), QStringLiteral("slide")}));
    const PdfInfo info = pdfInfo(file);
    QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
    QCOMPARE(info.pages, 1);
    // A 16:9 slide, landscape by default for a map: 10 x 5.625 inches.
    QVERIFY2(sameSize(info.size, QSizeF(720, 405)),
             qPrintable(QStringLiteral("%1 x %2 pt").arg(info.size.width()).arg(info.size.height())));

    // And portrait when asked.
    const QString portrait = path(QStringLiteral("portrait.pdf"));
    QVERIFY(succeeds({QStringLiteral("--export"), portrait, QStringLiteral("--page"), QStringLiteral("slide"),
                      QStringLiteral("--orientation"), QStringLiteral("portrait")}));
    QVERIFY(sameSize(pdfInfo(portrait).size, QSizeF(405, 720)));
}

void TestCliExports::handout()
{
    const qsizetype facts = cli::storyArraySize(QStringLiteral("facts"));
    QVERIFY(facts > 0);
    const QString file = path(QStringLiteral("h.pdf"));
    QVERIFY(succeeds({QStringLiteral("--handout"), file}));
    const PdfInfo info = pdfInfo(file);
    QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
    QCOMPARE(static_cast<qsizetype>(info.pages), facts + 1); // a title page, then one per fact
    QVERIFY(sameSize(info.size, QSizeF(595, 842)));          // A4, portrait by default for a handout
}

void TestCliExports::exportFact()
{
    const QString plain = path(QStringLiteral("plain.png"));
    const QString fact = path(QStringLiteral("f.png"));
    QVERIFY(
        succeeds({QStringLiteral("--export"), plain, QStringLiteral("--size"), QStringLiteral("800x500")}));
    QVERIFY(succeeds({QStringLiteral("--fact"), QStringLiteral("unified-force"), QStringLiteral("--export"),
                      fact, QStringLiteral("--size"), QStringLiteral("800x500")}));
    const QImage a(plain);
    const QImage b(fact);
    QCOMPARE(b.size(), QSize(800, 500));
    // Framed on the fact's places, highlighted, with its title: much of the image changes.
    const int differing = differingPixels(a, b);
    QVERIFY2(differing > 800 * 500 / 20, qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
}

void TestCliExports::unknownFact()
{
    const QString file = path(QStringLiteral("f.png"));
    const Run r = atlas({QStringLiteral("--fact"), QStringLiteral("nope"), QStringLiteral("--export"), file},
                        m_dir->path());
    QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QLatin1String("\"nope\"")), qPrintable(r.describe()));
    // The message lists what there is to choose from.
    for (const QString &id : {QStringLiteral("unified-force"), QStringLiteral("lavrov-joint-force"),
                              QStringLiteral("tri-border-mining")})
        QVERIFY2(r.err.contains(id), qPrintable(r.describe()));
    QCOMPARE(entries(m_dir->path()), QStringList());
}

void TestCliExports::printResolution()
{
    // An A4 page at 300 dpi.
    const QString file = path(QStringLiteral("p.png"));
    QVERIFY(succeeds({QStringLiteral("--dpi"), QStringLiteral("300"), QStringLiteral("--size"),
                      QStringLiteral("2480x3508"), QStringLiteral("--export"), file}));
    const QImage image(file);
    QCOMPARE(image.size(), QSize(2480, 3508));
    QCOMPARE(image.dotsPerMeterX(), 11811);
    QCOMPARE(image.dotsPerMeterY(), 11811);
}

void TestCliExports::furnitureSwitches()
{
    const QStringList common{QStringLiteral("--size"), QStringLiteral("800x500"), QStringLiteral("--export")};
    const QString all = path(QStringLiteral("all.png"));
    const QString fewer = path(QStringLiteral("fewer.png"));
    const QString none = path(QStringLiteral("none.png"));
    QVERIFY(succeeds(common + QStringList{all}));
    QVERIFY(
        succeeds(common + QStringList{fewer, QStringLiteral("--no-legend"), QStringLiteral("--no-inset")}));
    QVERIFY(succeeds(common + QStringList{none, QStringLiteral("--no-furniture")}));
    const QImage a(all), b(fewer), c(none);
    QCOMPARE(b.size(), a.size());
    // The legend (bottom right) and the inset (bottom left) are gone; the title (top left) is still there.
    const int right = differingPixels(a, b, 560, 800);
    const int left = differingPixels(a, b, 0, 160);
    QVERIFY2(right > 2000 && left > 2000,
             qPrintable(QStringLiteral("%1 right, %2 left").arg(right).arg(left)));
    QVERIFY2(differingPixels(b, c) > 2000, "--no-furniture changes nothing after --no-legend --no-inset");
}

void TestCliExports::documentsSpeakTheStorysLanguage_data()
{
    QTest::addColumn<QString>("story");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("legend");
    QTest::newRow("English story") << QStringLiteral(SAHEL_TEST_DATA_DIR "/stories/english.story.json")
                                   << QStringList() << QStringLiteral("Legend");
    QTest::newRow("French story") << cli::storyPath() << QStringList() << QStringLiteral("Légende");
    QTest::newRow("English story, --lang fr")
        << QStringLiteral(SAHEL_TEST_DATA_DIR "/stories/english.story.json")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} << QStringLiteral("Légende");
}

void TestCliExports::documentsSpeakTheStorysLanguage()
{
    QFETCH(QString, story);
    QFETCH(QStringList, extra);
    QFETCH(QString, legend);
    // A French system and a saved French choice must not change a file: only --lang or the story do.
    const QString file = path(QStringLiteral("lang.svg"));
    const QString config = path(QStringLiteral("config"));
    QVERIFY(QDir().mkpath(config + QStringLiteral("/SahelAtlas")));
    QFile settings(config + QStringLiteral("/SahelAtlas/sahel-atlas.conf"));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[ui]\nlanguage=fr\n");
    settings.close();
    const Run r =
        atlas(QStringList{QStringLiteral("--export"), file, QStringLiteral("--story"), story} + extra,
              m_dir->path(), [&config](QProcessEnvironment &environment) {
                  environment.insert(QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8"));
                  environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("fr_FR.UTF-8"));
                  environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
              });
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QFile svg(file);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(svg.readAll());
    QVERIFY2(text.contains(QLatin1Char('>') + legend + QLatin1Char('<')), qPrintable(legend));
    const QString other =
        legend == QLatin1String("Legend") ? QStringLiteral("Légende") : QStringLiteral("Legend");
    QVERIFY(!text.contains(QLatin1Char('>') + other + QLatin1Char('<')));
    // Every furniture string whole: the far-place row wraps, it is never cut short.
    QVERIFY(!text.contains(QChar(0x2026)));
}

void TestCliExports::screenshot()
{
    const QString shot = path(QStringLiteral("s.png"));
    const QString map = path(QStringLiteral("m.png"));
    QVERIFY(succeeds(
        {QStringLiteral("--screenshot"), shot, QStringLiteral("--size"), QStringLiteral("1200x800")}));
    QVERIFY(succeeds({QStringLiteral("--export"), map, QStringLiteral("--size"), QStringLiteral("1200x800"),
                      QStringLiteral("--no-furniture")}));
    const QImage image(shot);
    QCOMPARE(image.size(), QSize(1200, 800));
    // A real window, not a blank or single-colour grab.
    const int colours = distinctColours(image);
    QVERIFY2(colours > 200, qPrintable(QStringLiteral("%1 colours").arg(colours)));
    // Its right part is the story panel, not more map.
    const int panel = differingPixels(image, QImage(map), 900, 1200);
    QVERIFY2(
        panel > 300 * 800 / 2,
        qPrintable(QStringLiteral("%1 of %2 panel pixels differ from the map").arg(panel).arg(300 * 800)));
}

void TestCliExports::screenshotOfFact()
{
    const QString plain = path(QStringLiteral("s.png"));
    const QString fact = path(QStringLiteral("f.png"));
    const QStringList size{QStringLiteral("--size"), QStringLiteral("1200x800")};
    QVERIFY(succeeds(QStringList{QStringLiteral("--screenshot"), plain} + size));
    QVERIFY(succeeds(QStringList{QStringLiteral("--screenshot"), fact, QStringLiteral("--fact"),
                                 QStringLiteral("lavrov-joint-force")} +
                     size));
    const QImage a(plain), b(fact);
    QCOMPARE(b.size(), QSize(1200, 800));
    QVERIFY(distinctColours(b) > 200);
    // The fact is selected: the map frames it and the panel shows it.
    const int differing = differingPixels(a, b);
    QVERIFY2(differing > 1200 * 800 / 20, qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
}

void TestCliExports::screenshotOfTheEditor()
{
    const QString plain = path(QStringLiteral("s.png"));
    const QString editing = path(QStringLiteral("e.png"));
    const QStringList size{QStringLiteral("--size"), QStringLiteral("1400x900")};
    const QString story = QStringLiteral(SAHEL_SOURCE_DIR "/tests/data/stories/lake-chad.story.json");
    QVERIFY(succeeds(QStringList{QStringLiteral("--screenshot"), plain, QStringLiteral("--story"), story} +
                     size));
    QVERIFY(succeeds(QStringList{QStringLiteral("--screenshot"), editing, QStringLiteral("--edit"), story} +
                     size));
    const QImage a(plain), b(editing);
    QCOMPARE(b.size(), QSize(1400, 900));
    QVERIFY(distinctColours(b) > 200);
    // The panel is the editor's, not the cards: the right part differs.
    const int differing = differingPixels(a, b, 1000, 1400);
    QVERIFY2(differing > 400 * 900 / 4, qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
    // A file that does not exist yet is a new story, to be saved there.
    QVERIFY(succeeds(QStringList{QStringLiteral("--screenshot"), editing, QStringLiteral("--edit"),
                                 path(QStringLiteral("new.story.json"))} +
                     size));
    QVERIFY(!QFile::exists(path(QStringLiteral("new.story.json"))));
}

void TestCliExports::editRefusesWhatIsNotAStory()
{
    const QString notStory = path(QStringLiteral("notes.story.json"));
    QFile file(notStory);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"something-else\"");
    file.close();
    const Run r = atlas(
        {QStringLiteral("--screenshot"), path(QStringLiteral("e.png")), QStringLiteral("--edit"), notStory},
        m_dir->path());
    QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(notStory), qPrintable(r.describe()));
    QVERIFY(!QFile::exists(path(QStringLiteral("e.png"))));
}

void TestCliExports::unwritablePaths_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("directory"); ///< the path is an existing directory, rather than in a missing one
    QTest::newRow("pdf in a missing folder")
        << QStringLiteral("--export") << QStringLiteral("x.pdf") << false;
    QTest::newRow("svg in a missing folder")
        << QStringLiteral("--export") << QStringLiteral("x.svg") << false;
    QTest::newRow("handout in a missing folder")
        << QStringLiteral("--handout") << QStringLiteral("h.pdf") << false;
    QTest::newRow("screenshot in a missing folder")
        << QStringLiteral("--screenshot") << QStringLiteral("s.png") << false;
    QTest::newRow("svg over a directory") << QStringLiteral("--export") << QStringLiteral("x.svg") << true;
    QTest::newRow("pdf over a directory") << QStringLiteral("--export") << QStringLiteral("x.pdf") << true;
}

void TestCliExports::unwritablePaths()
{
    QFETCH(QString, option);
    QFETCH(QString, name);
    QFETCH(bool, directory);
    const QString folder = directory ? m_dir->path() : m_dir->filePath(QStringLiteral("nonexistent"));
    const QString file = folder + QLatin1Char('/') + name;
    if (directory)
        QVERIFY(QDir(folder).mkdir(name));
    const Run r = atlas({option, file, QStringLiteral("--size"), QStringLiteral("320x200")}, m_dir->path());
    QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(file), qPrintable(r.describe()));
    // Nothing written, nothing replaced, no temporary file left behind.
    QCOMPARE(entries(m_dir->path()), directory ? QStringList{name} : QStringList());
    if (directory)
        QVERIFY(QFileInfo(file).isDir());
}

void TestCliExports::exportIntoNonexistentRootFolder()
{
    const QString file = QStringLiteral("/nonexistent/x.pdf");
    if (QFileInfo::exists(QStringLiteral("/nonexistent")))
        QSKIP("/nonexistent exists on this machine");
    const Run r = atlas({QStringLiteral("--export"), file}, m_dir->path());
    QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(file), qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/nonexistent")));
}

void TestCliExports::worldStoryExportsEveryFact()
{
    // Stories beyond the AES, written from FORMAT.md with the world data, in Africa and in the Andes:
    // each of their facts exports.
    const QList<std::pair<QString, QStringList>> stories{
        {QStringLiteral("lake-chad"),
         {QStringLiteral("four-countries"), QStringLiteral("borno"), QStringLiteral("lakeside-regions"),
          QStringLiteral("joint-force")}},
        {QStringLiteral("lithium-triangle"),
         {QStringLiteral("triangle"), QStringLiteral("uyuni"), QStringLiteral("atacama"),
          QStringLiteral("capitals")}}};
    for (const auto &[name, facts] : stories) {
        const QString story =
            QStringLiteral(SAHEL_TEST_DATA_DIR "/stories/") + name + QStringLiteral(".story.json");
        Run check;
        QVERIFY(succeeds({QStringLiteral("--check-story"), story}, &check));
        QVERIFY2(check.out.contains(QLatin1String("4 facts")), qPrintable(check.describe()));
        for (const QString &fact : facts) {
            const QString png = path(name + fact + QStringLiteral(".png"));
            QVERIFY(succeeds({QStringLiteral("--story"), story, QStringLiteral("--export"), png,
                              QStringLiteral("--size"), QStringLiteral("1200x800"), QStringLiteral("--fact"),
                              fact}));
            QCOMPARE(QImage(png).size(), QSize(1200, 800));
        }
    }
}

QTEST_GUILESS_MAIN(TestCliExports)
#include "tst_cli_exports.moc"
