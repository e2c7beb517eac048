#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <optional>

class QPainter;

namespace sahel {

/// A name set along a line a letter at a time, as rivers are named on maps: it follows the line's
/// curve, sits beside it and always reads left to right, never upside down.
class CurvedText
{
public:
    /// The text centred at arc length `centre` of the line (logical px), `offset` px above it; nullopt
    /// when the line is too short there or bends too sharply under the text.
    static std::optional<CurvedText> layout(const QPolygonF &line, double centre, const QString &text,
                                            const QFont &font, double offset);
    static double length(const QPolygonF &line);

    /// Each letter's screen bounding box, for the label placer.
    const QList<QRectF> &boxes() const { return m_boxes; }
    /// Halos of every letter first, then the letters, so no halo covers a neighbouring letter.
    void draw(QPainter &painter, const QColor &colour, const QColor &halo, double haloWidth) const;

private:
    struct Letter
    {
        QString text;
        QPointF baseline; ///< where the letter's baseline starts
        double degrees = 0.0;
    };

    QFont m_font;
    QList<Letter> m_letters;
    QList<QRectF> m_boxes;
};

} // namespace sahel
