#include "JsonDocument.h"

#include <QSet>

#include <charconv>
#include <cmath>

namespace sahel {

namespace {

// Columns are ints; a bigger input could overflow them on a single line.
constexpr qsizetype maxInputSize = 512 * 1024 * 1024;

struct ParseError
{
    int line = 0;
    int column = 0;
    QString message;
};

QString hexByte(uchar byte)
{
    return QStringLiteral("0x") + QString::number(byte, 16).toUpper().rightJustified(2, QLatin1Char('0'));
}

int hexDigit(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

QString codePointName(char32_t codePoint)
{
    return QStringLiteral("U+%1").arg(uint(codePoint), 4, 16, QLatin1Char('0')).toUpper();
}

// Length of the UTF-8 sequence starting at data[i] if it is well-formed (RFC 3629, no overlongs, no
// surrogates, nothing above U+10FFFF), else 0.
int utf8SequenceLength(const QByteArray &data, qsizetype i)
{
    const auto byteAt = [&](qsizetype k) { return k < data.size() ? uchar(data[k]) : uchar(0); };
    const auto inRange = [](uchar b, uchar lo, uchar hi) { return b >= lo && b <= hi; };
    const uchar b0 = byteAt(i);
    if (b0 < 0x80)
        return 1;
    if (inRange(b0, 0xC2, 0xDF))
        return inRange(byteAt(i + 1), 0x80, 0xBF) ? 2 : 0;
    if (inRange(b0, 0xE0, 0xEF)) {
        const uchar lo = b0 == 0xE0 ? 0xA0 : 0x80;
        const uchar hi = b0 == 0xED ? 0x9F : 0xBF;
        return inRange(byteAt(i + 1), lo, hi) && inRange(byteAt(i + 2), 0x80, 0xBF) ? 3 : 0;
    }
    if (inRange(b0, 0xF0, 0xF4)) {
        const uchar lo = b0 == 0xF0 ? 0x90 : 0x80;
        const uchar hi = b0 == 0xF4 ? 0x8F : 0xBF;
        return inRange(byteAt(i + 1), lo, hi) && inRange(byteAt(i + 2), 0x80, 0xBF) &&
                       inRange(byteAt(i + 3), 0x80, 0xBF)
                   ? 4
                   : 0;
    }
    return 0;
}

// QString::fromUtf8 silently replaces bad bytes; we want to say where they are instead.
std::optional<ParseError> checkUtf8(const QByteArray &data)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < data.size();) {
        const int length = utf8SequenceLength(data, i);
        if (length == 0)
            return ParseError{
                line, column,
                QStringLiteral("invalid UTF-8: byte %1 at offset %2").arg(hexByte(uchar(data[i]))).arg(i)};
        const char c = data[i];
        const bool lineBreak = c == '\n' || (c == '\r' && (i + 1 >= data.size() || data[i + 1] != '\n'));
        line += lineBreak ? 1 : 0;
        column = lineBreak ? 1 : column + 1;
        i += length;
    }
    return std::nullopt;
}

/// Recursive descent over the decoded text; recursion is bounded by JsonDocument::maxDepth.
class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    {}

    std::optional<JsonValue> parseDocument()
    {
        skipWhitespace();
        if (atEnd()) {
            m_error = ParseError{0, 0, QStringLiteral("empty file")};
            return std::nullopt;
        }
        std::optional<JsonValue> value = parseValue(0);
        if (!value)
            return std::nullopt;
        skipWhitespace();
        if (!atEnd())
            return fail(QStringLiteral("unexpected %1 after the JSON value").arg(describeCurrent()));
        return value;
    }

    const ParseError &error() const { return m_error; }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    char16_t current() const { return atEnd() ? u'\0' : m_text[m_pos].unicode(); }
    char16_t peek(qsizetype ahead) const
    {
        return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead].unicode() : u'\0';
    }

    void advance()
    {
        // The second half of a surrogate pair belongs to the same character.
        if (!m_text[m_pos].isLowSurrogate())
            ++m_column;
        ++m_pos;
    }

    void newLine()
    {
        ++m_pos;
        ++m_line;
        m_column = 1;
    }

    void skipWhitespace()
    {
        while (!atEnd()) {
            const char16_t c = current();
            if (c == u'\n' || (c == u'\r' && peek(1) != u'\n'))
                newLine();
            else if (c == u' ' || c == u'\t' || c == u'\r')
                advance();
            else
                return;
        }
    }

    std::nullopt_t fail(const QString &message) { return failAt(m_line, m_column, message); }
    std::nullopt_t failAt(int line, int column, const QString &message)
    {
        m_error = ParseError{line, column, message};
        return std::nullopt;
    }
    // For the bool-returning steps.
    bool rejectAt(int line, int column, const QString &message)
    {
        failAt(line, column, message);
        return false;
    }
    bool reject(const QString &message) { return rejectAt(m_line, m_column, message); }

    QString describeCurrent() const
    {
        if (atEnd())
            return QStringLiteral("end of file");
        const char32_t c = QStringView(m_text).mid(m_pos, 2).toUcs4().value(0);
        if (c >= 0x21 && c < 0x7F)
            return QStringLiteral("'%1'").arg(QChar(char16_t(c)));
        return QStringLiteral("character %1").arg(codePointName(c));
    }

    std::optional<JsonValue> startValue(JsonValue::Type type)
    {
        if (++m_valueCount > JsonDocument::maxValues)
            return fail(QStringLiteral("more than %1 values").arg(JsonDocument::maxValues));
        JsonValue value;
        value.type = type;
        value.line = m_line;
        value.column = m_column;
        return value;
    }

    bool startsWith(QLatin1String word) const { return QStringView(m_text).mid(m_pos).startsWith(word); }

    std::optional<JsonValue> parseValue(int depth)
    {
        switch (current()) {
        case u'{':
            return parseObject(depth + 1);
        case u'[':
            return parseArray(depth + 1);
        case u'"':
            return parseStringValue();
        case u't':
        case u'f':
        case u'n':
            return parseLiteral();
        default:
            break;
        }
        if (current() == u'-' || (current() >= u'0' && current() <= u'9'))
            return parseNumber();
        return parseInvalidValue();
    }

    std::optional<JsonValue> parseInvalidValue()
    {
        if (startsWith(QLatin1String("NaN")) || startsWith(QLatin1String("Infinity")))
            return fail(QStringLiteral("NaN and Infinity are not valid JSON numbers"));
        if (current() == u'\'')
            return fail(QStringLiteral("strings must be in double quotes, found '''"));
        if (atEnd())
            return fail(QStringLiteral("unexpected end of file, expected a value"));
        return fail(QStringLiteral("expected a value, found %1").arg(describeCurrent()));
    }

    std::optional<JsonValue> parseLiteral()
    {
        std::optional<JsonValue> value = startValue(JsonValue::Type::Null);
        if (!value)
            return std::nullopt;
        const auto accept = [&](QLatin1String word, JsonValue::Type type, bool boolean) {
            if (!startsWith(word))
                return false;
            value->type = type;
            value->boolean = boolean;
            for (qsizetype i = 0; i < word.size(); ++i)
                advance();
            return true;
        };
        if (accept(QLatin1String("true"), JsonValue::Type::Bool, true) ||
            accept(QLatin1String("false"), JsonValue::Type::Bool, false) ||
            accept(QLatin1String("null"), JsonValue::Type::Null, false))
            return value;
        return fail(QStringLiteral("expected a value, found %1").arg(describeCurrent()));
    }

    bool isDigit() const { return current() >= u'0' && current() <= u'9'; }
    void skipDigits()
    {
        while (isDigit())
            advance();
    }

    std::optional<JsonValue> parseNumber()
    {
        std::optional<JsonValue> value = startValue(JsonValue::Type::Number);
        if (!value)
            return std::nullopt;
        const qsizetype start = m_pos;
        if (current() == u'-') {
            advance();
            if (startsWith(QLatin1String("Infinity")))
                return failAt(value->line, value->column,
                              QStringLiteral("NaN and Infinity are not valid JSON numbers"));
            if (!isDigit())
                return fail(QStringLiteral("invalid number: expected a digit after '-'"));
        }
        if (current() == u'0') {
            advance();
            if (isDigit())
                return failAt(value->line, value->column,
                              QStringLiteral("invalid number: leading zeros are not allowed"));
        } else {
            skipDigits();
        }
        if (current() == u'.') {
            advance();
            if (!isDigit())
                return fail(QStringLiteral("invalid number: expected a digit after '.'"));
            skipDigits();
        }
        if (current() == u'e' || current() == u'E') {
            advance();
            if (current() == u'+' || current() == u'-')
                advance();
            if (!isDigit())
                return fail(QStringLiteral("invalid number: expected a digit in the exponent"));
            skipDigits();
        }
        const QByteArray token = QStringView(m_text).mid(start, m_pos - start).toLatin1();
        const std::optional<double> number = toDouble(token);
        if (!number)
            return failAt(value->line, value->column, QStringLiteral("number out of range"));
        value->number = *number;
        return value;
    }

    // Decimal exponent of the first significant digit, to tell overflow from harmless underflow.
    static qint64 leadingExponent(const QByteArray &token)
    {
        qsizetype i = token.startsWith('-') ? 1 : 0;
        qint64 exponent = 0;
        qint64 integerDigits = 0;
        qint64 leadingFractionZeros = 0;
        bool significant = false;
        for (; i < token.size() && token[i] >= '0' && token[i] <= '9'; ++i) {
            significant = significant || token[i] != '0';
            integerDigits += significant ? 1 : 0;
        }
        if (i < token.size() && token[i] == '.') {
            for (++i; i < token.size() && token[i] >= '0' && token[i] <= '9'; ++i) {
                significant = significant || token[i] != '0';
                leadingFractionZeros += significant || integerDigits > 0 ? 0 : 1;
            }
        }
        if (i < token.size() && (token[i] == 'e' || token[i] == 'E')) {
            ++i;
            const bool negative = i < token.size() && token[i] == '-';
            i += i < token.size() && (token[i] == '-' || token[i] == '+') ? 1 : 0;
            for (; i < token.size(); ++i)
                exponent = std::min<qint64>(exponent * 10 + (token[i] - '0'), 1000000000);
            exponent = negative ? -exponent : exponent;
        }
        return (integerDigits > 0 ? integerDigits - 1 : -(leadingFractionZeros + 1)) + exponent;
    }

    static std::optional<double> toDouble(const QByteArray &token)
    {
        double number = 0.0;
        // from_chars ignores the locale, unlike strtod (Qt sets LC_ALL from the environment).
        const auto [end, ec] = std::from_chars(token.constData(), token.constData() + token.size(), number);
        Q_UNUSED(end)
        if (ec == std::errc::result_out_of_range && leadingExponent(token) < 0)
            return token.startsWith('-') ? -0.0 : 0.0;
        if (ec != std::errc() || !std::isfinite(number))
            return std::nullopt;
        return number;
    }

    std::optional<JsonValue> parseStringValue()
    {
        std::optional<JsonValue> value = startValue(JsonValue::Type::String);
        if (!value || !parseString(value->string))
            return std::nullopt;
        return value;
    }

    bool parseString(QString &out)
    {
        const int startLine = m_line;
        const int startColumn = m_column;
        advance(); // opening quote
        qsizetype runStart = m_pos;
        const auto flush = [&] {
            out.append(QStringView(m_text).mid(runStart, m_pos - runStart));
            runStart = m_pos;
        };
        while (true) {
            if (atEnd())
                return rejectAt(startLine, startColumn, QStringLiteral("unterminated string"));
            if (out.size() + (m_pos - runStart) > JsonDocument::maxStringLength)
                return rejectAt(
                    startLine, startColumn,
                    QStringLiteral("string longer than %1 characters").arg(JsonDocument::maxStringLength));
            const char16_t c = current();
            if (c == u'"') {
                flush();
                advance();
                return true;
            }
            if (c < 0x20)
                return reject(controlCharacterMessage(c));
            if (c == u'\\') {
                flush();
                if (!parseEscape(out))
                    return false;
                runStart = m_pos;
                continue;
            }
            advance();
        }
    }

    static QString controlCharacterMessage(char16_t c)
    {
        if (c == u'\n' || c == u'\r')
            return QStringLiteral(
                "line break inside a string (a string must be closed on its line; write \\n)");
        return QStringLiteral(
                   "control character %1 inside a string (write it as an escape such as \\t or \\u%2)")
            .arg(codePointName(c))
            .arg(uint(c), 4, 16, QLatin1Char('0'));
    }

    bool parseEscape(QString &out)
    {
        const int line = m_line;
        const int column = m_column;
        advance(); // backslash
        const char16_t c = current();
        const auto simple = [&](char16_t replacement) {
            out.append(QChar(replacement));
            advance();
            return true;
        };
        switch (c) {
        case u'"':
        case u'\\':
        case u'/':
            return simple(c);
        case u'b':
            return simple(u'\b');
        case u'f':
            return simple(u'\f');
        case u'n':
            return simple(u'\n');
        case u'r':
            return simple(u'\r');
        case u't':
            return simple(u'\t');
        case u'u':
            return parseUnicodeEscape(out, line, column);
        default:
            break;
        }
        if (atEnd())
            return rejectAt(line, column, QStringLiteral("unterminated string"));
        const QString shown = c >= 0x21 && c < 0x7F
                                  ? QStringLiteral("\"\\%1\"").arg(QChar(c))
                                  : QStringLiteral("'\\' followed by %1").arg(describeCurrent());
        return rejectAt(line, column,
                        QStringLiteral("invalid escape %1 in a string (valid escapes: \\\" \\\\ \\/ \\b \\f "
                                       "\\n \\r \\t \\uXXXX)")
                            .arg(shown));
    }

    std::optional<char16_t> readHex4()
    {
        advance(); // 'u'
        uint unit = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexDigit(current());
            if (digit < 0)
                return std::nullopt;
            unit = unit * 16 + uint(digit);
            advance();
        }
        return char16_t(unit);
    }

    bool parseUnicodeEscape(QString &out, int line, int column)
    {
        const std::optional<char16_t> unit = readHex4();
        if (!unit)
            return rejectAt(line, column,
                            QStringLiteral("invalid \\u escape: expected four hexadecimal digits"));
        const auto lone = [&](char16_t u) {
            return rejectAt(
                line, column,
                QStringLiteral("lone surrogate \\u%1 in a string").arg(uint(u), 4, 16, QLatin1Char('0')));
        };
        if (QChar::isLowSurrogate(*unit))
            return lone(*unit);
        if (!QChar::isHighSurrogate(*unit)) {
            out.append(QChar(*unit));
            return true;
        }
        if (current() != u'\\' || peek(1) != u'u')
            return lone(*unit);
        advance();
        const std::optional<char16_t> low = readHex4();
        if (!low || !QChar::isLowSurrogate(*low))
            return lone(*unit);
        out.append(QChar(*unit));
        out.append(QChar(*low));
        return true;
    }

    std::optional<JsonValue> tooDeep()
    {
        return fail(QStringLiteral("nesting deeper than %1 levels").arg(JsonDocument::maxDepth));
    }

    std::optional<JsonValue> parseArray(int depth)
    {
        if (depth > JsonDocument::maxDepth)
            return tooDeep();
        std::optional<JsonValue> array = startValue(JsonValue::Type::Array);
        if (!array)
            return std::nullopt;
        advance();
        skipWhitespace();
        if (current() == u']') {
            advance();
            return array;
        }
        while (true) {
            std::optional<JsonValue> element = parseValue(depth);
            if (!element)
                return std::nullopt;
            array->array.append(std::move(*element));
            skipWhitespace();
            if (current() == u']') {
                advance();
                return array;
            }
            if (current() != u',')
                return fail(expected(QStringLiteral("',' or ']'")));
            advance();
            skipWhitespace();
            if (current() == u']')
                return fail(QStringLiteral("trailing comma before ']'"));
        }
    }

    QString expected(const QString &what) const
    {
        if (atEnd())
            return QStringLiteral("unexpected end of file, expected %1").arg(what);
        return QStringLiteral("expected %1, found %2").arg(what, describeCurrent());
    }

    std::optional<JsonValue> parseObject(int depth)
    {
        if (depth > JsonDocument::maxDepth)
            return tooDeep();
        std::optional<JsonValue> object = startValue(JsonValue::Type::Object);
        if (!object)
            return std::nullopt;
        advance();
        skipWhitespace();
        if (current() == u'}') {
            advance();
            return object;
        }
        QSet<QString> keys;
        while (true) {
            if (!parseMember(*object, keys, depth))
                return std::nullopt;
            skipWhitespace();
            if (current() == u'}') {
                advance();
                return object;
            }
            if (current() != u',')
                return fail(expected(QStringLiteral("',' or '}'")));
            advance();
            skipWhitespace();
            if (current() == u'}')
                return fail(QStringLiteral("trailing comma before '}'"));
        }
    }

    bool parseMember(JsonValue &object, QSet<QString> &keys, int depth)
    {
        JsonMember member;
        member.line = m_line;
        member.column = m_column;
        if (current() != u'"')
            return reject(expected(QStringLiteral("a field name in double quotes")));
        if (!parseString(member.key))
            return false;
        if (keys.contains(member.key))
            return rejectAt(member.line, member.column,
                            QStringLiteral("duplicate key \"%1\"").arg(member.key));
        keys.insert(member.key);
        skipWhitespace();
        if (current() != u':')
            return reject(expected(QStringLiteral("':' after the field name")));
        advance();
        skipWhitespace();
        std::optional<JsonValue> value = parseValue(depth);
        if (!value)
            return false;
        member.value = std::move(*value);
        object.members.append(std::move(member));
        return true;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    qsizetype m_valueCount = 0;
    ParseError m_error;
};

JsonParseResult failure(const ParseError &error)
{
    JsonParseResult result;
    result.line = error.line;
    result.column = error.column;
    result.message = error.message;
    return result;
}

} // namespace

const JsonMember *JsonValue::findMember(QStringView key) const
{
    for (const JsonMember &m : members)
        if (m.key == key)
            return &m;
    return nullptr;
}

const JsonValue *JsonValue::member(QStringView key) const
{
    const JsonMember *m = findMember(key);
    return m ? &m->value : nullptr;
}

QString JsonValue::typeDescription() const
{
    switch (type) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Bool:
        return boolean ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Number:
        return QStringLiteral("a number");
    case Type::String:
        return QStringLiteral("a string");
    case Type::Array:
        return QStringLiteral("an array");
    case Type::Object:
        return QStringLiteral("an object");
    }
    return {};
}

JsonParseResult JsonDocument::parse(const QByteArray &utf8)
{
    if (utf8.isEmpty())
        return failure({0, 0, QStringLiteral("empty file")});
    if (utf8.size() > maxInputSize)
        return failure({0, 0, QStringLiteral("input larger than %1 bytes").arg(maxInputSize)});
    if (utf8.startsWith("\xEF\xBB\xBF"))
        return failure(
            {1, 1, QStringLiteral("UTF-8 byte order mark not allowed (save the file as UTF-8 without BOM)")});
    if (const std::optional<ParseError> error = checkUtf8(utf8))
        return failure(*error);
    const QString text = QString::fromUtf8(utf8);
    Parser parser(text);
    std::optional<JsonValue> value = parser.parseDocument();
    if (!value)
        return failure(parser.error());
    JsonParseResult result;
    result.value = std::move(value);
    return result;
}

} // namespace sahel
