#include "HandoutExporter.h"

#include "AtomicFile.h"
#include "MapFraming.h"
#include "MapTexts.h"
#include "PdfExporter.h"
#include "WebMercator.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace sahel {

namespace {

/// Lays text down a page from top to bottom.
class PageCursor
{
public:
    PageCursor(QPainter &painter, const QRectF &area, const QString &family)
        : m_painter(painter)
        , m_area(area)
        , m_y(area.top())
        , m_family(family)
    {}

    double y() const { return m_y; }
    void skip(double points) { m_y += points; }
    double remaining() const { return m_area.bottom() - m_y; }

    void text(const QString &text, double size, int weight = QFont::Normal, bool italic = false,
              const QColor &colour = QColor(0x26, 0x22, 0x1e), Qt::Alignment alignment = Qt::AlignLeft)
    {
        if (text.isEmpty())
            return;
        QFont font(m_family);
        font.setPointSizeF(size);
        font.setWeight(static_cast<QFont::Weight>(weight));
        font.setItalic(italic);
        m_painter.setFont(font);
        m_painter.setPen(colour);
        QRectF used;
        m_painter.drawText(QRectF(m_area.left(), m_y, m_area.width(), std::max(0.0, remaining())),
                           int(alignment) | Qt::TextWordWrap, text, &used);
        m_y += used.height() + size * 0.35;
    }

    /// A map of the given height across the page, framed on bounds.
    void map(const MapComposer &composer, const MapScene &scene, const QRectF &bounds, double height,
             const QString &subtitle, const QSet<QString> &selectedRegions = {})
    {
        constexpr double scale = PdfExporter::pointsPerPixel;
        MapComposition composition;
        composition.viewport = Viewport({}, 4, QSizeF(m_area.width(), height) / scale, 1.0);
        composition.furniture.title = false;
        composition.subtitle = subtitle;
        composition.selectedRegions = selectedRegions;
        MapFraming::frame(composition, scene, composer.furniture(), bounds, 18.0, 9.0);
        m_painter.save();
        m_painter.translate(m_area.left(), m_y);
        m_painter.scale(scale, scale);
        composer.paint(m_painter, composition, scene);
        m_painter.setPen(QPen(QColor(0, 0, 0, 80), 0.6));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(QRectF(QPointF(0, 0), composition.viewport.size()));
        m_painter.restore();
        m_y += height + 12;
    }

private:
    QPainter &m_painter;
    QRectF m_area;
    double m_y;
    QString m_family;
};

const QColor grey(0x6e, 0x62, 0x55);
const QColor accent(0x0b, 0x4f, 0x8a);

QString dateText(const QDate &date, const QString &language)
{
    const QLocale locale(language == QLatin1String("fr") ? QLocale::French : QLocale::English);
    return locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

void footer(QPainter &painter, const QRectF &area, const QString &family, const QString &left,
            const QString &right)
{
    QFont font(family);
    font.setPointSizeF(8.5);
    painter.setFont(font);
    painter.setPen(grey);
    const QRectF line(area.left(), area.bottom() - 12, area.width(), 12);
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, left);
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, right);
}

QString sourceLine(const Story &story, const QString &language, const MapTexts &texts)
{
    const QString publisher =
        story.source.publisher.isEmpty() ? texts.publisherUnknown : story.source.publisher;
    return QStringLiteral("%1 · %2 · %3")
        .arg(texts.articlePrefix, publisher, dateText(story.source.date, language));
}

QRectF homeBounds(const Story &story, const MapScene &scene)
{
    if (story.homeBounds) {
        const QRectF &b = *story.homeBounds;
        return WebMercator::projectBounds(b.left(), b.top(), b.right(), b.bottom());
    }
    QStringList all;
    for (const MapRegion &region : scene.regions)
        all.append(region.id);
    return scene.framingBounds(all).value_or(WebMercator::projectBounds(-20, 0, 30, 30));
}

void titlePage(QPainter &painter, const QRectF &area, const MapComposer &composer, const MapScene &scene,
               const Story &story, const MapTexts &texts, const QString &family)
{
    const QString &language = scene.language;
    PageCursor cursor(painter, area.adjusted(0, 0, 0, -18), family);
    cursor.text(story.title.text(language), 22, QFont::Bold);
    cursor.text(story.subtitle.text(language), 13, QFont::Normal, false, grey);
    cursor.text(sourceLine(story, language, texts), 10, QFont::Normal, false, grey);
    cursor.skip(6);
    cursor.map(composer, scene, homeBounds(story, scene), area.height() * 0.5, {});
    cursor.text(texts.contents, 12, QFont::Bold);
    int number = 1;
    for (const Fact *fact : story.orderedFacts()) {
        if (cursor.remaining() < 14)
            break;
        cursor.text(QStringLiteral("%1. %2 — %3")
                        .arg(number++)
                        .arg(texts.kindName(fact->kind), fact->title.text(language)),
                    9.5);
    }
    footer(painter, area, family, texts.dataAttribution, QString());
}

void factPage(QPainter &painter, const QRectF &area, const MapComposer &composer, const MapScene &baseScene,
              const Story &story, const Fact &fact, int number, int total, const MapTexts &texts,
              const QString &family)
{
    const QString &language = baseScene.language;
    const MapScene &scene = baseScene;
    const QSet<QString> selectedRegions(fact.regionIds.cbegin(), fact.regionIds.cend());
    PageCursor cursor(painter, area.adjusted(0, 0, 0, -18), family);
    cursor.text(story.title.text(language), 8.5, QFont::Normal, false, grey);
    cursor.text(texts.kindName(fact.kind).toUpper(), 9, QFont::Bold, false, accent);
    cursor.text(fact.title.text(language), 17, QFont::Bold);
    const QRectF bounds = scene.framingBounds(fact.regionIds).value_or(homeBounds(story, scene));
    cursor.map(composer, scene, bounds, area.height() * 0.45, fact.title.text(language), selectedRegions);
    if (fact.kind == FactKind::Figure && fact.value) {
        const QLocale locale(language == QLatin1String("fr") ? QLocale::French : QLocale::English);
        const bool whole = std::floor(*fact.value) == *fact.value;
        const QString value = locale.toString(*fact.value, 'f', whole ? 0 : 1);
        cursor.text(QStringLiteral("%1 %2 %3")
                        .arg(fact.qualifier.text(language), value, fact.unit.text(language))
                        .trimmed(),
                    24, QFont::Bold, false, QColor(0xb0, 0x1e, 0x23));
    }
    const bool quote = fact.kind == FactKind::Quote;
    const QString body = fact.text.text(language);
    cursor.text(quote ? QStringLiteral("« %1 »").arg(body) : body, 12, QFont::Normal, quote);
    if (fact.text.isTranslation(language))
        cursor.text(texts.translationNote, 8.5, QFont::Normal, true, grey);
    if (quote) {
        QString who = QStringLiteral("— %1").arg(fact.speaker);
        if (!fact.role.isEmpty())
            who += QStringLiteral(", ") + fact.role.text(language);
        if (fact.date.isValid())
            who += QStringLiteral(", ") + dateText(fact.date, language);
        cursor.text(who, 11, QFont::DemiBold);
        cursor.text(fact.context.text(language), 10, QFont::Normal, false, grey);
    } else if (fact.kind == FactKind::Event && fact.date.isValid()) {
        cursor.text(dateText(fact.date, language), 11, QFont::DemiBold);
    }
    cursor.skip(4);
    const QString source = fact.source.isEmpty() ? texts.theArticle : fact.source.text(language);
    cursor.text(texts.sourceLabel.arg(source), 9.5, QFont::Normal, false, grey);
    if (fact.paragraph > 0)
        cursor.text(texts.paragraphLabel.arg(fact.paragraph), 9.5, QFont::Normal, false, grey);
    footer(painter, area, family, sourceLine(story, language, texts),
           QStringLiteral("%1 / %2").arg(number).arg(total));
}

} // namespace

QByteArray HandoutExporter::toPdf(const MapComposer &composer, const MapScene &scene, const Story &story,
                                  const PageSetup &page, const Progress &progress)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageLayout(page.pageLayout());
    writer.setResolution(72);
    writer.setTitle(story.title.text(scene.language));
    writer.setCreator(QStringLiteral("Sahel Atlas"));
    const MapTexts texts = MapTexts::forLanguage(scene.language);
    const QString family = composer.renderer().style().fontFamily;
    const QRectF area(QPointF(0, 0), page.pageLayout().paintRect(QPageLayout::Point).size());
    const QList<const Fact *> facts = story.orderedFacts();
    const int total = static_cast<int>(facts.size()) + 1;

    QPainter painter(&writer);
    painter.setRenderHint(QPainter::Antialiasing);
    titlePage(painter, area, composer, scene, story, texts, family);
    if (progress && !progress(1, total))
        return {};
    for (qsizetype i = 0; i < facts.size(); ++i) {
        writer.newPage();
        factPage(painter, area, composer, scene, story, *facts[i], static_cast<int>(i) + 2, total, texts,
                 family);
        if (progress && !progress(static_cast<int>(i) + 2, total))
            return {};
    }
    painter.end();
    return bytes;
}

void HandoutExporter::paintPage(QPainter &painter, const MapComposer &composer, const MapScene &scene,
                                const Story &story, const PageSetup &page, int index)
{
    const MapTexts texts = MapTexts::forLanguage(scene.language);
    const QString family = composer.renderer().style().fontFamily;
    const QRectF area(QPointF(0, 0), page.pageLayout().paintRect(QPageLayout::Point).size());
    const QList<const Fact *> facts = story.orderedFacts();
    const int total = static_cast<int>(facts.size()) + 1;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (index <= 0 || index > facts.size())
        titlePage(painter, area, composer, scene, story, texts, family);
    else
        factPage(painter, area, composer, scene, story, *facts[index - 1], index + 1, total, texts, family);
    painter.restore();
}

QString HandoutExporter::write(const QString &path, const MapComposer &composer, const MapScene &scene,
                               const Story &story, const PageSetup &page, const Progress &progress)
{
    const QByteArray pdf = toPdf(composer, scene, story, page, progress);
    if (pdf.isEmpty())
        return QStringLiteral("%1: cancelled").arg(path);
    return AtomicFile::write(path, pdf);
}

} // namespace sahel
