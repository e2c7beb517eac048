#pragma once

#include "JsonDocument.h"
#include "LocalizedText.h"
#include "Story.h"
#include "StoryReader.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace sahel {

/// What the readers of one story file share (internal to StoryReader): the errors they collect, the values
/// every part of the format uses, and the Story being built.
class StoryValidator
{
public:
    explicit StoryValidator(QString fileName)
        : m_fileName(std::move(fileName))
    {}

    /// The errors in file order and, only when there are none, the story; call once, at the end.
    StoryReadResult result();

    Story &story() { return m_story; }
    const QString &fileName() const { return m_fileName; }
    /// The language of the article, in which plain-string texts are written.
    const QString &language() const { return m_language; }
    void setLanguage(const QString &language) { m_language = language; }
    /// Unset when the paragraphs could not be read.
    std::optional<qsizetype> paragraphCount() const { return m_paragraphCount; }
    void setParagraphCount(qsizetype count) { m_paragraphCount = count; }

    void report(int line, int column, const QString &path, const QString &message);
    void report(const JsonValue &at, const QString &path, const QString &message)
    {
        report(at.line, at.column, path, message);
    }
    void reportType(const JsonValue &at, const QString &path, const QString &expected)
    {
        report(at, path, QStringLiteral("expected %1, found %2").arg(expected, at.typeDescription()));
    }

    bool checkObject(const JsonValue &value, const QString &path);
    void checkFields(const JsonValue &object, const QString &path, const QStringList &known,
                     const QStringList &misplaced = {}, const QString &misplacedWhy = {});
    /// The object's `extra` member on one line (JsonWriter::toLine), key order kept; empty when there is
    /// none or it is not an object (checkFields reports that).
    QByteArray readExtra(const JsonValue &object) const;
    const JsonValue *required(const JsonValue &object, const QString &path, const QString &key,
                              const QString &why = {});
    /// Reports an id already in seen, else adds it there.
    void checkUniqueId(QHash<QString, const JsonValue *> &seen, const JsonValue &at, const QString &path,
                       const QString &id, const QString &what);

    std::optional<QString> readString(const JsonValue &value, const QString &path);
    std::optional<double> readNumber(const JsonValue &value, const QString &path);
    std::optional<qint64> readInteger(const JsonValue &value, const QString &path);
    std::optional<qint64> readGeonameId(const JsonValue &value, const QString &path);
    std::optional<QDate> readDate(const JsonValue &value, const QString &path);
    std::optional<QString> readId(const JsonValue &value, const QString &path);
    std::optional<QString> readCountry(const JsonValue &value, const QString &path);
    std::optional<double> readCoordinate(const JsonValue &value, const QString &path, double limit,
                                         const QString &what);
    std::optional<QString> readEnum(const JsonValue &value, const QString &path, const QStringList &names,
                                    const QString &what);
    const QList<JsonValue> *readArray(const JsonValue &value, const QString &path, const QString &elements);
    QStringList readCountries(const JsonValue &value, const QString &path);
    LocalizedText readText(const JsonValue &value, const QString &path);
    LocalizedText readOptionalText(const JsonValue &object, const QString &path, const QString &key);

private:
    QString m_fileName;
    QList<StoryError> m_errors;
    bool m_tooManyErrors = false;
    Story m_story;
    QString m_language = QStringLiteral("fr");
    std::optional<qsizetype> m_paragraphCount;
};

} // namespace sahel
