#include "JsonWriter.h"

#include "JsonDocument.h"

#include <QString>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string_view>
#include <utility>

namespace sahel {

namespace {

constexpr int indentWidth = 2;

// In code points: UTF-8 continuation bytes do not start a character.
qsizetype characterCount(QByteArrayView utf8)
{
    return std::count_if(utf8.cbegin(), utf8.cend(),
                         [](char c) { return (static_cast<uchar>(c) & 0xC0) != 0x80; });
}

} // namespace

void JsonWriter::beginItem()
{
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    if (level.count++ > 0)
        m_text += level.layout == Layout::Line ? ", " : ",";
    if (level.layout == Layout::Block)
        m_text += '\n' + QByteArray(indentWidth * m_levels.size(), ' ');
}

void JsonWriter::beginValue()
{
    // A member's value goes right after its key, which has been placed already.
    if (!std::exchange(m_afterKey, false))
        beginItem();
}

void JsonWriter::begin(char bracket, Layout layout)
{
    beginValue();
    m_text += bracket;
    // A block cannot open inside a line: its line breaks would split the line.
    const bool insideLine = !m_levels.isEmpty() && m_levels.last().layout == Layout::Line;
    // Fit needs the whole value beforehand (value()); opened piece by piece, a container is a block.
    m_levels.append(Level{insideLine || layout == Layout::Line ? Layout::Line : Layout::Block, 0});
}

void JsonWriter::end(char bracket)
{
    Q_ASSERT(!m_levels.isEmpty() && !m_afterKey);
    const Level level = m_levels.takeLast();
    if (level.layout == Layout::Block && level.count > 0)
        m_text += '\n' + QByteArray(indentWidth * m_levels.size(), ' ');
    m_text += bracket;
}

void JsonWriter::beginObject(Layout layout)
{
    begin('{', layout);
}

void JsonWriter::endObject()
{
    end('}');
}

void JsonWriter::beginArray(Layout layout)
{
    begin('[', layout);
}

void JsonWriter::endArray()
{
    end(']');
}

void JsonWriter::key(QStringView name)
{
    Q_ASSERT(!m_levels.isEmpty() && !m_afterKey);
    beginItem();
    m_text += quoted(name);
    m_text += ": ";
    m_afterKey = true;
}

void JsonWriter::string(QStringView text)
{
    beginValue();
    m_text += quoted(text);
}

void JsonWriter::number(double value)
{
    beginValue();
    m_text += numberText(value);
}

void JsonWriter::integer(qint64 value)
{
    beginValue();
    m_text += QByteArray::number(value);
}

void JsonWriter::boolean(bool value)
{
    beginValue();
    m_text += value ? "true" : "false";
}

void JsonWriter::null()
{
    beginValue();
    m_text += "null";
}

void JsonWriter::value(const JsonValue &value, Layout layout)
{
    switch (value.type) {
    case JsonValue::Type::Null:
        return null();
    case JsonValue::Type::Bool:
        return boolean(value.boolean);
    case JsonValue::Type::Number:
        return number(value.number);
    case JsonValue::Type::String:
        return string(value.string);
    case JsonValue::Type::Array:
    case JsonValue::Type::Object:
        break;
    }
    const bool insideLine = !m_levels.isEmpty() && m_levels.last().layout == Layout::Line;
    if (layout == Layout::Fit && !insideLine) {
        // A member goes on after its key; an element of a block starts a line of its own.
        const qsizetype start = m_afterKey ? column() : indentWidth * m_levels.size();
        const QByteArray line = toLine(value);
        // The comma that may follow counts too, so that whether it fits does not depend on what comes next.
        if (start + characterCount(line) + 1 <= lineWidth) {
            beginValue();
            m_text += line;
            return;
        }
        layout = Layout::Block;
    }
    const Layout inside = layout == Layout::Line ? Layout::Line : Layout::Fit;
    if (value.isArray()) {
        beginArray(layout);
        for (const JsonValue &element : value.array)
            this->value(element, inside);
        endArray();
    } else {
        beginObject(layout);
        for (const JsonMember &member : value.members) {
            key(member.key);
            this->value(member.value, inside);
        }
        endObject();
    }
}

qsizetype JsonWriter::column() const
{
    const qsizetype lineStart = m_text.lastIndexOf('\n') + 1;
    return characterCount(QByteArrayView(m_text).sliced(lineStart));
}

QByteArray JsonWriter::finish()
{
    Q_ASSERT(m_levels.isEmpty() && !m_afterKey);
    m_text += '\n';
    m_levels.clear();
    m_afterKey = false;
    return std::exchange(m_text, QByteArray());
}

QByteArray JsonWriter::toLine(const JsonValue &value)
{
    JsonWriter writer;
    writer.value(value, Layout::Line);
    return std::move(writer.m_text);
}

QByteArray JsonWriter::quoted(QStringView text)
{
    // UTF-8 first: every byte of a multi-byte sequence is >= 0x80, so escaping byte by byte is safe.
    const QByteArray utf8 = text.toUtf8();
    QByteArray result;
    result.reserve(utf8.size() + 2);
    result += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            result += "\\\"";
            break;
        case '\\':
            result += "\\\\";
            break;
        case '\b':
            result += "\\b";
            break;
        case '\f':
            result += "\\f";
            break;
        case '\n':
            result += "\\n";
            break;
        case '\r':
            result += "\\r";
            break;
        case '\t':
            result += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                result +=
                    "\\u00" + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            else
                result += c;
        }
    }
    result += '"';
    return result;
}

QByteArray JsonWriter::numberText(double value)
{
    if (!std::isfinite(value))
        return QByteArrayLiteral("null");
    if (value == 0.0)
        return QByteArrayLiteral("0"); // -0 too: no one means a negative zero in a story
    // The shortest digits that read back as the same double (to_chars without a precision), as d.ddde±x.
    char buffer[64];
    const auto [end, error] =
        std::to_chars(buffer, buffer + sizeof buffer, std::abs(value), std::chars_format::scientific);
    Q_ASSERT(error == std::errc());
    const std::string_view scientific(buffer, static_cast<std::size_t>(end - buffer));
    const std::size_t e = scientific.find('e');
    QByteArray digits(scientific.data(), static_cast<qsizetype>(e));
    digits.replace(".", "");
    int exponent = 0;
    std::from_chars(scientific.data() + e + 1 + (scientific[e + 1] == '+' ? 1 : 0), end, exponent);

    // ECMAScript's Number::toString: value = digits × 10^(point - k), k the number of digits.
    const auto k = static_cast<int>(digits.size());
    const int point = exponent + 1;
    QByteArray text = value < 0 ? QByteArrayLiteral("-") : QByteArray();
    if (k <= point && point <= 21) {
        text += digits + QByteArray(point - k, '0');
    } else if (0 < point && point <= 21) {
        text += digits.first(point) + '.' + digits.sliced(point);
    } else if (-6 < point && point <= 0) {
        text += "0." + QByteArray(-point, '0') + digits;
    } else {
        text += digits.first(1);
        if (k > 1)
            text += '.' + digits.sliced(1);
        text += (point - 1 < 0 ? "e-" : "e+") + QByteArray::number(std::abs(point - 1));
    }
    return text;
}

} // namespace sahel
