#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace sahel {

struct JsonMember;

/// A parsed JSON value that remembers where it starts, so a validator can point at the offending text.
struct JsonValue
{
    enum class Type { Null, Bool, Number, String, Array, Object };

    Type type = Type::Null;
    bool boolean = false;
    double number = 0.0; ///< always finite
    QString string;
    QList<JsonValue> array;
    QList<JsonMember> members; ///< in file order; keys are unique
    int line = 0;              ///< 1-based
    int column = 0;            ///< 1-based, in characters (code points), not bytes

    bool isNull() const { return type == Type::Null; }
    bool isBool() const { return type == Type::Bool; }
    bool isNumber() const { return type == Type::Number; }
    bool isString() const { return type == Type::String; }
    bool isArray() const { return type == Type::Array; }
    bool isObject() const { return type == Type::Object; }

    /// The value of that member of an object, or nullptr.
    const JsonValue *member(QStringView key) const;
    const JsonMember *findMember(QStringView key) const;
    /// For messages: "a string", "an array", "null", "true"...
    QString typeDescription() const;
};

/// One key/value pair of a JSON object; the key has its own position for "unknown field" messages.
struct JsonMember
{
    QString key;
    int line = 0;
    int column = 0;
    JsonValue value;
};

/// The outcome of JsonDocument::parse: a value, or where and why parsing stopped.
struct JsonParseResult
{
    std::optional<JsonValue> value;
    int line = 0;   ///< of the error; 0 when it concerns the whole input (empty file)
    int column = 0; ///< of the error, in characters
    QString message;

    bool ok() const { return value.has_value(); }
};

/// A strict RFC 8259 JSON parser with source positions and limits, safe on hostile input.
class JsonDocument
{
public:
    static constexpr int maxDepth = 64;
    static constexpr qsizetype maxStringLength = 1024 * 1024; ///< in UTF-16 code units
    static constexpr qsizetype maxValues = 1000000;

    /// Parses UTF-8 JSON text. A byte order mark is refused (RFC 8259 section 8.1: do not add one).
    static JsonParseResult parse(const QByteArray &utf8);
};

} // namespace sahel
