#pragma once

#include <QByteArray>
#include <QList>
#include <QStringView>

namespace sahel {

struct JsonValue;

/// Writes RFC 8259 JSON text piece by piece, each object or array as a block or on one line as the caller
/// says, so that a file's layout follows what its parts mean (StoryWriter) rather than how deep they are.
class JsonWriter
{
public:
    /// Block: one member or element per line, indented by two spaces a level. Line: all on one line,
    /// `{"a": 1, "b": [2, 3]}`; everything inside a line is on that line too. Fit, for value() only (it
    /// needs the whole value beforehand): on one line when that ends within lineWidth, else a block whose
    /// members and elements fit in turn.
    enum class Layout { Block, Line, Fit };
    static constexpr int lineWidth = 110; ///< in characters, as the code's own (.clang-format)

    void beginObject(Layout layout = Layout::Block);
    void endObject();
    void beginArray(Layout layout = Layout::Line);
    void endArray();
    /// The key of the next value, inside an object.
    void key(QStringView name);
    void string(QStringView text);
    void number(double value);
    void integer(qint64 value);
    void boolean(bool value);
    void null();
    /// A value with its key order, as a parsed file or StoryWriter has it; Block lays this object or array
    /// out as a block and what it holds as Fit.
    void value(const JsonValue &value, Layout layout = Layout::Fit);

    /// The text written, ending in a newline; the writer starts afresh.
    QByteArray finish();

    /// The value on one line, without a newline: how a story keeps its `extra` objects.
    static QByteArray toLine(const JsonValue &value);
    /// A JSON string: quotes, backslashes and control characters escaped, everything else as UTF-8.
    static QByteArray quoted(QStringView text);
    /// The shortest text that reads back as the same double, laid out as JavaScript's JSON.stringify
    /// does (5000, 0.1, 1e-7, 1e+21); null for NaN and infinities, which JSON cannot hold.
    static QByteArray numberText(double value);

private:
    /// Separates the coming value or key from the one before it, and indents it.
    void beginItem();
    void beginValue();
    void begin(char bracket, Layout layout);
    void end(char bracket);
    /// Characters written on the current line so far.
    qsizetype column() const;

    struct Level
    {
        Layout layout = Layout::Block;
        int count = 0; ///< members or elements written so far
    };

    QByteArray m_text;
    QList<Level> m_levels;
    bool m_afterKey = false; ///< the next value is a member's, already placed by key()
};

} // namespace sahel
