// The vector documents: SVG (a group per map layer, labels as text, no raster), one-page PDF maps on
// every page format, and the per-fact handout, checked with poppler's pdfinfo, pdftotext and pdfimages.
#include "Atlas.h"
#include "FontLoader.h"
#include "HandoutExporter.h"
#include "MapComposer.h"
#include "MapRenderer.h"
#include "PageSetup.h"
#include "PdfExporter.h"
#include "SvgExporter.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace sahel;

namespace {

/// What an SVG document holds: its top-level group ids in order, its texts by group, its raster images.
struct SvgContents
{
    QString error;
    QString rootName;
    QStringList groupIds;
    QHash<QString, QStringList> textsByGroup; ///< whitespace-normalised <text> contents
    int images = 0;
};

SvgContents readSvg(const QByteArray &svg)
{
    SvgContents contents;
    QXmlStreamReader xml(svg);
    QStringList idStack; // the id of each open element, empty when it has none
    const auto currentGroup = [&idStack] {
        for (auto it = idStack.crbegin(); it != idStack.crend(); ++it)
            if (!it->isEmpty())
                return *it;
        return QString();
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            if (contents.rootName.isEmpty())
                contents.rootName = name;
            const QString id = xml.attributes().value(QLatin1String("id")).toString();
            if (name == QLatin1String("g") && !id.isEmpty())
                contents.groupIds.append(id);
            if (name == QLatin1String("image"))
                ++contents.images;
            if (name == QLatin1String("text")) {
                const QString group = currentGroup();
                contents.textsByGroup[group].append(
                    xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified());
                continue; // readElementText consumed the end element
            }
            idStack.append(id);
        } else if (xml.isEndElement()) {
            if (!idStack.isEmpty())
                idStack.removeLast();
        }
    }
    if (xml.hasError())
        contents.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return contents;
}

struct Tool
{
    bool ok = false;
    QString out;
    QString describe;
};

/// Runs a poppler tool and returns its standard output.
Tool runTool(const QString &name, const QStringList &arguments)
{
    Tool result;
    const QString program = QStandardPaths::findExecutable(name);
    if (program.isEmpty()) {
        result.describe = name + QStringLiteral(" is not installed (poppler-utils)");
        return result;
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(30000) || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.describe = name + QStringLiteral(": ") + process.errorString();
        return result;
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    result.describe = QStringLiteral("%1 exit %2: %3")
                          .arg(name)
                          .arg(process.exitCode())
                          .arg(QString::fromUtf8(process.readAllStandardError()));
    return result;
}

/// Text as compared: Unicode NFKC (the fi ligature is "fi") with runs of whitespace (pdftotext's line
/// breaks too) as one space.
QString normalised(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

struct PdfInfo
{
    int pages = -1;
    QSizeF pageSize;
};

PdfInfo pdfInfo(const QString &path, QString *error)
{
    PdfInfo info;
    const Tool tool = runTool(QStringLiteral("pdfinfo"), {path});
    if (!tool.ok) {
        *error = tool.describe;
        return info;
    }
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)$"),
                                          QRegularExpression::MultilineOption);
    static const QRegularExpression size(QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"),
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch p = pages.match(tool.out);
    const QRegularExpressionMatch s = size.match(tool.out);
    if (!p.hasMatch() || !s.hasMatch()) {
        *error = QStringLiteral("unexpected pdfinfo output: ") + tool.out;
        return info;
    }
    info.pages = p.captured(1).toInt();
    info.pageSize = QSizeF(s.captured(1).toDouble(), s.captured(2).toDouble());
    return info;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// The first words of a text, as one normalised run.
QString firstWords(const QString &text, qsizetype from, qsizetype count)
{
    return normalised(text).split(QLatin1Char(' ')).mid(from, count).join(QLatin1Char(' '));
}

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void svgIsLayeredVector();
    void pdfPage_data();
    void pdfPage();
    void handout();
    void handoutProgress();
    void handoutCancel_data();
    void handoutCancel();

private:
    MapComposition aesComposition(QSize size) const;

    std::unique_ptr<Atlas> m_atlas;
    std::unique_ptr<MapComposer> m_composer;
};

void TestDocuments::initTestCase()
{
    QCOMPARE(FontLoader::ensureLoaded(), QStringLiteral("Open Sans"));
    AtlasLoad load = AtlasLoader::load();
    QVERIFY2(load.atlas, qPrintable(load.errors.join(QLatin1Char('\n'))));
    m_atlas = std::move(load.atlas);
    QCOMPARE(m_atlas->scene.language, QStringLiteral("fr")); // the default: French words on the map
    m_composer = std::make_unique<MapComposer>();
    for (const QString &name :
         {QStringLiteral("pdfinfo"), QStringLiteral("pdftotext"), QStringLiteral("pdfimages")})
        QVERIFY2(!QStandardPaths::findExecutable(name).isEmpty(),
                 qPrintable(name + QStringLiteral(" (poppler-utils)")));
}

MapComposition TestDocuments::aesComposition(QSize size) const
{
    MapComposition composition;
    Viewport viewport({}, 4, QSizeF(size), 1.0);
    viewport.fitBounds(m_atlas->namedView(QStringLiteral("aes")).value_or(m_atlas->homeBounds()), 16.0,
                       Viewport::maxZoom);
    composition.viewport = viewport;
    composition.title = m_atlas->story.title.text(m_atlas->scene.language);
    composition.credit = QStringLiteral("Article · éditeur non précisé · 3 avril 2025");
    return composition;
}

void TestDocuments::svgIsLayeredVector()
{
    const MapComposer composer;
    const MapComposition composition = aesComposition(QSize(1200, 800));
    QVERIFY(composition.furniture.any());
    const QByteArray svg = SvgExporter::toSvg(composer, composition, m_atlas->scene);
    const SvgContents contents = readSvg(svg);
    QVERIFY2(contents.error.isEmpty(), qPrintable(contents.error));
    QCOMPARE(contents.rootName, QStringLiteral("svg"));

    // One group per map layer, bottom to top, then the furniture.
    QStringList expected;
    for (MapLayer layer : MapRenderer::layers())
        expected.append(MapRenderer::layerId(layer));
    expected.append(QStringLiteral("furniture"));
    QCOMPARE(contents.groupIds, expected);

    // Country labels are text (uppercase, halo copies included) in the labels group, not outlines.
    const QStringList labels = contents.textsByGroup.value(QStringLiteral("labels"));
    for (const QString &name :
         {QStringLiteral("MALI"), QStringLiteral("NIGER"), QStringLiteral("BURKINA FASO")})
        QVERIFY2(labels.contains(name), qPrintable(name + QStringLiteral(" not among ") + labels.join(u'|')));
    const QStringList furniture = contents.textsByGroup.value(QStringLiteral("furniture"));
    QVERIFY2(furniture.contains(QStringLiteral("Légende")), qPrintable(furniture.join(u'|')));
    // True vector: no raster image anywhere.
    QCOMPARE(contents.images, 0);
    QVERIFY(!svg.contains("<image"));
    QVERIFY(!svg.contains("data:image"));

    // Without furniture there is no furniture group, and no legend.
    MapComposition bare = composition;
    bare.furniture = FurnitureOptions::none();
    const SvgContents bareContents = readSvg(SvgExporter::toSvg(composer, bare, m_atlas->scene));
    QVERIFY2(bareContents.error.isEmpty(), qPrintable(bareContents.error));
    QVERIFY(!bareContents.groupIds.contains(QStringLiteral("furniture")));
    QCOMPARE(bareContents.groupIds.size(), MapRenderer::layers().size());
}

void TestDocuments::pdfPage_data()
{
    QTest::addColumn<PageSetup::Format>("format");
    QTest::addColumn<QPageLayout::Orientation>("orientation");
    QTest::addColumn<QSizeF>("points");
    const struct
    {
        const char *name;
        PageSetup::Format format;
        QSizeF portrait;
    } formats[] = {{"a4", PageSetup::Format::A4, {595, 842}},
                   {"letter", PageSetup::Format::Letter, {612, 792}},
                   {"slide", PageSetup::Format::Slide, {405, 720}}};
    for (const auto &f : formats) {
        QTest::addRow("%s portrait", f.name) << f.format << QPageLayout::Portrait << f.portrait;
        QTest::addRow("%s landscape", f.name)
            << f.format << QPageLayout::Landscape << f.portrait.transposed();
    }
}

void TestDocuments::pdfPage()
{
    QFETCH(PageSetup::Format, format);
    QFETCH(QPageLayout::Orientation, orientation);
    QFETCH(QSizeF, points);
    const PageSetup page{format, orientation, 10.0};
    const MapComposition composition = aesComposition(QSize(1920, 1080));
    const QByteArray pdf = PdfExporter::toPdf(*m_composer, composition, m_atlas->scene, page);
    QVERIFY(pdf.startsWith("%PDF-"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("map.pdf"));
    QVERIFY(writeFile(path, pdf));

    QString error;
    const PdfInfo info = pdfInfo(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(info.pages, 1);
    QVERIFY2(std::abs(info.pageSize.width() - points.width()) <= 1.0 &&
                 std::abs(info.pageSize.height() - points.height()) <= 1.0,
             qPrintable(QStringLiteral("page %1 x %2 pt, expected %3 x %4")
                            .arg(info.pageSize.width())
                            .arg(info.pageSize.height())
                            .arg(points.width())
                            .arg(points.height())));

    // The words are text: the title's and the French legend's.
    const Tool text = runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY2(text.ok, qPrintable(text.describe));
    const QString words = normalised(text.out);
    QVERIFY2(words.contains(QStringLiteral("Légende")), qPrintable(words));
    static const QRegularExpression elision(QStringLiteral("^[lLdD]’"));
    for (QString word : normalised(composition.title).split(QLatin1Char(' '))) {
        word.remove(elision);
        if (word.size() >= 4)
            QVERIFY2(words.contains(word), qPrintable(word + QStringLiteral(" not in: ") + words));
    }
    // A vector map: no raster image on the page.
    const Tool images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    QVERIFY2(images.ok, qPrintable(images.describe));
    QCOMPARE(images.out.trimmed().split(QLatin1Char('\n')).size(), 2); // the two header lines only
}

void TestDocuments::handout()
{
    const Story &story = m_atlas->story;
    const QList<const Fact *> facts = story.orderedFacts();
    QVERIFY(facts.size() > 2);
    const int total = static_cast<int>(facts.size()) + 1;
    const QByteArray pdf =
        HandoutExporter::toPdf(*m_composer, m_atlas->scene, story, HandoutExporter::defaultPage());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("handout.pdf"));
    QVERIFY(writeFile(path, pdf));
    QString error;
    const PdfInfo info = pdfInfo(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(info.pages, total);
    QVERIFY(std::abs(info.pageSize.width() - 595) <= 1 &&
            std::abs(info.pageSize.height() - 842) <= 1); // A4 portrait

    // Page 2 on its own: the first fact's title and the start of its text.
    const Tool second =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                                              QStringLiteral("2"), path, QStringLiteral("-")});
    QVERIFY2(second.ok, qPrintable(second.describe));
    const QString secondText = normalised(second.out);
    const QString language = m_atlas->scene.language;
    QVERIFY2(secondText.contains(normalised(facts[0]->title.text(language))), qPrintable(secondText));
    QVERIFY2(secondText.contains(firstWords(facts[0]->text.text(language), 0, 8)), qPrintable(secondText));

    // The whole document, page by page (pdftotext ends each page with a form feed).
    const Tool all = runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY2(all.ok, qPrintable(all.describe));
    const QStringList pages = all.out.split(QLatin1Char('\f'));
    QVERIFY2(pages.size() >= total, qPrintable(QString::number(pages.size())));
    QCOMPARE(normalised(pages[1]), secondText);
    QVERIFY(normalised(pages[0]).contains(normalised(story.title.text(language))));
    for (int number = 2; number <= total; ++number) {
        const QString pageText = normalised(pages[number - 1]);
        QVERIFY2(pageText.contains(QStringLiteral("%1 / %2").arg(number).arg(total)),
                 qPrintable(QStringLiteral("page %1: %2").arg(number).arg(pageText)));
        QVERIFY2(pageText.contains(normalised(facts[number - 2]->title.text(language))),
                 qPrintable(QStringLiteral("page %1: %2").arg(number).arg(pageText)));
    }
    QVERIFY(!normalised(pages[0]).contains(QStringLiteral("1 / %1").arg(total)));

    // The first quote: its speaker and a run of its words, on its own page.
    qsizetype quote = -1;
    for (qsizetype i = 0; i < facts.size() && quote < 0; ++i)
        if (facts[i]->kind == FactKind::Quote)
            quote = i;
    QVERIFY(quote >= 0);
    QCOMPARE(facts[quote]->speaker, QStringLiteral("Sergueï Lavrov"));
    const QString quotePage = normalised(pages[quote + 1]);
    QVERIFY2(quotePage.contains(QStringLiteral("Sergueï Lavrov")), qPrintable(quotePage));
    const QString run = firstWords(facts[quote]->text.text(language), 2, 8);
    QVERIFY2(run.split(QLatin1Char(' ')).size() == 8, qPrintable(run));
    QVERIFY2(quotePage.contains(run), qPrintable(run + QStringLiteral(" not in: ") + quotePage));
}

void TestDocuments::handoutProgress()
{
    const Story &story = m_atlas->story;
    const int total = static_cast<int>(story.orderedFacts().size()) + 1;
    QList<int> done;
    QList<int> totals;
    const QByteArray pdf = HandoutExporter::toPdf(*m_composer, m_atlas->scene, story,
                                                  HandoutExporter::defaultPage(), [&](int d, int t) {
                                                      done.append(d);
                                                      totals.append(t);
                                                      return true;
                                                  });
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(done.size(), total);
    for (qsizetype i = 0; i < done.size(); ++i) {
        QCOMPARE(done[i], static_cast<int>(i) + 1); // one call per page, increasing
        QCOMPARE(totals[i], total);
    }
}

void TestDocuments::handoutCancel_data()
{
    QTest::addColumn<int>("cancelAt");
    QTest::newRow("after the title page") << 1;
    QTest::newRow("after page 3") << 3;
}

void TestDocuments::handoutCancel()
{
    QFETCH(int, cancelAt);
    const Story &story = m_atlas->story;
    int calls = 0;
    const auto progress = [&](int d, int) {
        ++calls;
        return d < cancelAt;
    };
    const QByteArray pdf =
        HandoutExporter::toPdf(*m_composer, m_atlas->scene, story, HandoutExporter::defaultPage(), progress);
    QVERIFY(pdf.isEmpty());
    QCOMPARE(calls, cancelAt); // no page after the one that cancelled

    // Writing a cancelled handout leaves no file and says so.
    calls = 0;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("handout.pdf"));
    const QString error = HandoutExporter::write(path, *m_composer, m_atlas->scene, story,
                                                 HandoutExporter::defaultPage(), progress);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(calls, cancelAt);
}

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
