#include "CurvedText.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QTextBoundaryFinder>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace sahel {

namespace {

/// Walks a polyline by arc length.
class LineWalker
{
public:
    explicit LineWalker(const QPolygonF &line)
        : m_line(line)
    {
        m_lengths.reserve(line.size());
        double total = 0.0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (i > 0)
                total += std::hypot(line[i].x() - line[i - 1].x(), line[i].y() - line[i - 1].y());
            m_lengths.append(total);
        }
    }
    double length() const { return m_lengths.isEmpty() ? 0.0 : m_lengths.last(); }
    QPointF at(double s) const
    {
        if (m_line.size() < 2)
            return m_line.isEmpty() ? QPointF() : m_line.first();
        const auto it = std::lower_bound(m_lengths.begin(), m_lengths.end(), s);
        const qsizetype i = std::clamp<qsizetype>(it - m_lengths.begin(), 1, m_lengths.size() - 1);
        const double span = m_lengths[i] - m_lengths[i - 1];
        const double t = span > 0 ? std::clamp((s - m_lengths[i - 1]) / span, 0.0, 1.0) : 0.0;
        return m_line[i - 1] + (m_line[i] - m_line[i - 1]) * t;
    }

private:
    const QPolygonF &m_line;
    QList<double> m_lengths;
};

QStringList graphemes(const QString &text)
{
    QStringList result;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() >= 0) {
        const qsizetype end = finder.position();
        result.append(text.mid(start, end - start));
        start = end;
    }
    return result;
}

double angleBetween(double a, double b)
{
    double d = std::fmod(b - a, 2 * std::numbers::pi);
    if (d > std::numbers::pi)
        d -= 2 * std::numbers::pi;
    if (d < -std::numbers::pi)
        d += 2 * std::numbers::pi;
    return std::abs(d);
}

} // namespace

double CurvedText::length(const QPolygonF &line)
{
    return LineWalker(line).length();
}

std::optional<CurvedText> CurvedText::layout(const QPolygonF &line, double centre, const QString &text,
                                             const QFont &font, double offset)
{
    const QFontMetricsF metrics(font);
    const QStringList letters = graphemes(text);
    QList<double> advances;
    double width = 0.0;
    for (const QString &letter : letters) {
        advances.append(metrics.horizontalAdvance(letter));
        width += advances.last();
    }
    LineWalker walker(line);
    double start = centre - width / 2;
    if (line.size() < 2 || start < 0 || start + width > walker.length())
        return std::nullopt;
    // Upside down when the line runs right to left under the text: lay it out on the reversed line.
    const QPointF first = walker.at(start);
    const QPointF last = walker.at(start + width);
    if (last.x() < first.x()) {
        QPolygonF reversed(line.rbegin(), line.rend());
        return layout(reversed, walker.length() - centre, text, font, offset);
    }
    constexpr double maxBend = 28.0 * std::numbers::pi / 180.0; // between neighbouring letters
    constexpr double maxTotal = 70.0 * std::numbers::pi / 180.0;
    CurvedText result;
    result.m_font = font;
    double s = start;
    double previous = 0.0;
    double firstAngle = 0.0;
    for (qsizetype i = 0; i < letters.size(); ++i) {
        // Each letter's centre sits on the line, turned to the line's direction over a span wider than
        // the letter: evenly spaced along the line, and a kink of the line does not tip one letter.
        const double middle = s + advances[i] / 2;
        const double span = std::max(advances[i], 0.6 * metrics.height());
        const QPointF a = walker.at(middle - span / 2);
        const QPointF b = walker.at(middle + span / 2);
        const double angle = std::atan2(b.y() - a.y(), b.x() - a.x());
        if (i == 0) {
            firstAngle = angle;
        } else if (angleBetween(previous, angle) > maxBend || angleBetween(firstAngle, angle) > maxTotal) {
            return std::nullopt;
        }
        previous = angle;
        // The text stands above the line: its baseline is offset along the line's upward normal.
        const QPointF along(std::cos(angle), std::sin(angle));
        const QPointF up(std::sin(angle), -std::cos(angle));
        const QPointF baseline =
            walker.at(middle) - along * (advances[i] / 2) + up * (offset + metrics.descent());
        const double degrees = angle * 180.0 / std::numbers::pi;
        QTransform transform;
        transform.translate(baseline.x(), baseline.y());
        transform.rotate(degrees);
        const QRectF local(0, -metrics.ascent(), advances[i], metrics.ascent() + metrics.descent());
        result.m_letters.append({letters[i], baseline, degrees});
        if (!letters[i].trimmed().isEmpty())
            result.m_boxes.append(transform.mapRect(local));
        s += advances[i];
    }
    return result;
}

void CurvedText::draw(QPainter &painter, const QColor &colour, const QColor &halo, double haloWidth) const
{
    QPainterPath outlines;
    for (const Letter &letter : m_letters) {
        QPainterPath glyph;
        glyph.addText(QPointF(0, 0), m_font, letter.text);
        QTransform transform;
        transform.translate(letter.baseline.x(), letter.baseline.y());
        transform.rotate(letter.degrees);
        outlines.addPath(transform.map(glyph));
    }
    painter.save();
    if (haloWidth > 0)
        painter.strokePath(outlines, QPen(halo, haloWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    const bool raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    if (raster) {
        painter.fillPath(outlines, colour); // outlines: the same pixels however often it is drawn
    } else {
        // SVG and PDF keep the letters as text, so the name can be searched and copied.
        painter.setFont(m_font);
        painter.setPen(colour);
        for (const Letter &letter : m_letters) {
            painter.save();
            painter.translate(letter.baseline);
            painter.rotate(letter.degrees);
            painter.drawText(QPointF(0, 0), letter.text);
            painter.restore();
        }
    }
    painter.restore();
}

} // namespace sahel
