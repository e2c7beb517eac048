#include "StoryReader.h"

#include "FactReader.h"
#include "JsonDocument.h"
#include "RegionDefinitionReader.h"
#include "SafeFilePath.h"
#include "StoryValidation.h"
#include "StoryValidator.h"

#include <QFile>
#include <QFileInfo>

#include <limits>

namespace sahel {

using namespace StoryValidation;

namespace {

constexpr int supportedVersion = 1;
constexpr qsizetype maxFocusCountries = 6;

QLatin1String formatName()
{
    return QLatin1String("sahel-atlas-story");
}

// Format and version first: a file of another format or version is not worth reading further.
bool readHeader(StoryValidator &validator, const JsonValue &root)
{
    if (const JsonValue *format = validator.required(root, QString(), QStringLiteral("format"))) {
        const std::optional<QString> name = validator.readString(*format, QStringLiteral("format"));
        if (name && *name != formatName())
            validator.report(*format, QStringLiteral("format"),
                             QStringLiteral("expected \"%1\", found %2").arg(formatName(), quoted(*name)));
    }
    const JsonValue *version = validator.required(root, QString(), QStringLiteral("version"));
    const std::optional<qint64> number =
        version ? validator.readInteger(*version, QStringLiteral("version")) : std::nullopt;
    if (version && number && *number != supportedVersion) {
        validator.report(
            *version, QStringLiteral("version"),
            QStringLiteral("unsupported format version %1 (this version of Sahel Atlas reads version %2)")
                .arg(*number)
                .arg(supportedVersion));
        return false;
    }
    validator.checkFields(root, QString(),
                          {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("id"),
                           QStringLiteral("title"), QStringLiteral("subtitle"), QStringLiteral("source"),
                           QStringLiteral("view"), QStringLiteral("focus"), QStringLiteral("regions"),
                           QStringLiteral("facts"), QStringLiteral("order"), QStringLiteral("$schema")});
    // Editors find the story's JSON Schema by this key; it is a name only, never fetched.
    if (const JsonValue *schema = root.member(u"$schema"))
        validator.story().schema =
            validator.readString(*schema, QStringLiteral("$schema")).value_or(QString());
    return true;
}

void readSourceLanguage(StoryValidator &validator, const JsonValue &source, const QString &path)
{
    const JsonValue *language = validator.required(source, path, QStringLiteral("language"));
    if (!language)
        return;
    const QString languagePath = memberPath(path, QStringLiteral("language"));
    const std::optional<QString> code = validator.readString(*language, languagePath);
    if (code && !isLanguageCode(*code))
        validator.report(
            *language, languagePath,
            QStringLiteral("invalid language code %1 (expected e.g. \"fr\" or \"en\")").arg(quoted(*code)));
    else if (code)
        validator.setLanguage(*code);
}

void readParagraphs(StoryValidator &validator, const JsonValue &value, const QString &path)
{
    const QList<JsonValue> *array = validator.readArray(value, path, QStringLiteral("strings"));
    if (!array)
        return;
    bool allRead = true;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const std::optional<QString> paragraph = validator.readString(array->at(i), indexPath(path, i));
        allRead = allRead && paragraph.has_value();
        validator.story().source.paragraphs.append(paragraph.value_or(QString()));
    }
    if (allRead)
        validator.setParagraphCount(array->size());
}

void readSource(StoryValidator &validator, const JsonValue &root)
{
    const QString path = QStringLiteral("source");
    const JsonValue *source = validator.required(root, QString(), path);
    if (!source || !validator.checkObject(*source, path))
        return;
    validator.checkFields(*source, path,
                          {QStringLiteral("publisher"), QStringLiteral("title"), QStringLiteral("date"),
                           QStringLiteral("language"), QStringLiteral("paragraphs"), QStringLiteral("url")});
    readSourceLanguage(validator, *source, path);
    StorySource &s = validator.story().source;
    s.language = validator.language();
    if (const JsonValue *publisher = validator.required(*source, path, QStringLiteral("publisher"))) {
        if (publisher->isString())
            s.publisher = publisher->string;
        else if (!publisher->isNull())
            validator.reportType(*publisher, memberPath(path, QStringLiteral("publisher")),
                                 QStringLiteral("a string or null"));
    }
    s.title = validator.readOptionalText(*source, path, QStringLiteral("title"));
    if (const JsonValue *date = validator.required(*source, path, QStringLiteral("date")))
        s.date = validator.readDate(*date, memberPath(path, QStringLiteral("date"))).value_or(QDate());
    if (const JsonValue *paragraphs = validator.required(*source, path, QStringLiteral("paragraphs")))
        readParagraphs(validator, *paragraphs, memberPath(path, QStringLiteral("paragraphs")));
    if (const JsonValue *url = source->member(u"url"))
        s.url = validator.readString(*url, memberPath(path, QStringLiteral("url"))).value_or(QString());
    s.extraJson = validator.readExtra(*source);
}

void readView(StoryValidator &validator, const JsonValue &value, const QString &path)
{
    if (!validator.checkObject(value, path))
        return;
    validator.checkFields(value, path, {QStringLiteral("bbox")});
    validator.story().viewExtraJson = validator.readExtra(value);
    const JsonValue *bbox = validator.required(value, path, QStringLiteral("bbox"));
    const QString bboxPath = memberPath(path, QStringLiteral("bbox"));
    const QList<JsonValue> *array =
        bbox ? validator.readArray(*bbox, bboxPath, QStringLiteral("4 numbers [west, south, east, north]"))
             : nullptr;
    if (!array)
        return;
    if (array->size() != 4) {
        validator.report(
            *bbox, bboxPath,
            QStringLiteral("expected 4 numbers [west, south, east, north], found %1").arg(array->size()));
        return;
    }
    const auto coordinate = [&](qsizetype i) {
        const bool isLongitude = i % 2 == 0;
        return validator.readCoordinate(array->at(i), indexPath(bboxPath, i), isLongitude ? 180.0 : 90.0,
                                        isLongitude ? QStringLiteral("longitude")
                                                    : QStringLiteral("latitude"));
    };
    const std::optional<double> west = coordinate(0), south = coordinate(1), east = coordinate(2),
                                north = coordinate(3);
    if (!west || !south || !east || !north)
        return;
    if (*east <= *west)
        validator.report(array->at(2), indexPath(bboxPath, 2),
                         QStringLiteral("east (%1) must be greater than west (%2)")
                             .arg(numberText(*east), numberText(*west)));
    if (*north <= *south)
        validator.report(array->at(3), indexPath(bboxPath, 3),
                         QStringLiteral("north (%1) must be greater than south (%2)")
                             .arg(numberText(*north), numberText(*south)));
    if (*east > *west && *north > *south)
        validator.story().homeBounds = QRectF(QPointF(*west, *south), QPointF(*east, *north));
}

void readFocus(StoryValidator &validator, const JsonValue &value, const QString &path)
{
    validator.story().focusCountries = validator.readCountries(value, path);
    if (value.isArray() && value.array.size() > maxFocusCountries)
        validator.report(value.array.at(maxFocusCountries), indexPath(path, maxFocusCountries),
                         QStringLiteral("at most %1 focus countries, found %2")
                             .arg(maxFocusCountries)
                             .arg(value.array.size()));
}

void readTopLevel(StoryValidator &validator, const JsonValue &root)
{
    if (const JsonValue *id = validator.required(root, QString(), QStringLiteral("id")))
        validator.story().id = validator.readId(*id, QStringLiteral("id")).value_or(QString());
    if (const JsonValue *title = validator.required(root, QString(), QStringLiteral("title")))
        validator.story().title = validator.readText(*title, QStringLiteral("title"));
    validator.story().subtitle = validator.readOptionalText(root, QString(), QStringLiteral("subtitle"));
    if (const JsonValue *view = root.member(u"view"))
        readView(validator, *view, QStringLiteral("view"));
    if (const JsonValue *focus = root.member(u"focus"))
        readFocus(validator, *focus, QStringLiteral("focus"));
    validator.story().extraJson = validator.readExtra(root);
}

/// Checks a parsed story document against FORMAT.md, collecting every error, and builds the Story.
StoryReadResult validate(const JsonValue &root, const QString &fileName)
{
    StoryValidator validator(fileName);
    const bool isStory = validator.checkObject(root, QString()) && readHeader(validator, root);
    if (isStory) {
        readSource(validator, root); // first: texts need the source language
        readTopLevel(validator, root);
        RegionDefinitionReader regions(validator);
        regions.readRegions(root);
        FactReader facts(validator, regions);
        facts.readFacts(root);
        if (const JsonValue *order = root.member(u"order"))
            facts.readOrder(*order, QStringLiteral("order"));
    }
    StoryReadResult result = validator.result();
    if (!isStory)
        result.draft.reset(); // not a story of this format and version: nothing to edit
    return result;
}

StoryReadResult fileError(const QString &path, const QString &message)
{
    StoryReadResult result;
    result.errors.append(StoryError{path, 0, 0, QString(), message});
    return result;
}

QString tooLargeMessage(qint64 size)
{
    return QStringLiteral("file too large: %1 bytes (a story file is at most %2 bytes, 10 MiB)")
        .arg(size)
        .arg(StoryReader::maxFileSize);
}

} // namespace

QString StoryError::toString() const
{
    QStringList location;
    if (!file.isEmpty())
        location.append(file);
    if (line > 0)
        location.append(QString::number(line));
    if (line > 0 && column > 0)
        location.append(QString::number(column));
    QStringList parts;
    if (!location.isEmpty())
        parts.append(location.join(QLatin1Char(':')));
    if (!path.isEmpty())
        parts.append(path);
    parts.append(message);
    return parts.join(QStringLiteral(": "));
}

StoryReadResult StoryReader::readFile(const QString &path)
{
    // The same gate as geodata: an existing local regular file, by its canonical path; no URL, no
    // device or FIFO (it could block or never end), nothing over the size cap.
    // The size is checked here, for a message that says what the limit is for.
    const SafeFilePath safe = SafeFilePath::check(path, std::numeric_limits<qint64>::max());
    if (!safe.ok())
        return fileError(path, safe.reason);
    if (const qint64 size = QFileInfo(safe.canonicalPath).size(); size > maxFileSize)
        return fileError(path, tooLargeMessage(size));
    QFile file(safe.canonicalPath);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path, QStringLiteral("cannot open: %1").arg(file.errorString()));
    // The file may have grown since it was checked; never read more than the limit.
    const QByteArray data = file.read(maxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return fileError(path, QStringLiteral("cannot read: %1").arg(file.errorString()));
    if (data.size() > maxFileSize)
        return fileError(path, tooLargeMessage(data.size()));
    return read(data, path);
}

StoryReadResult StoryReader::read(const QByteArray &json, const QString &fileName)
{
    if (json.size() > maxFileSize)
        return fileError(fileName, tooLargeMessage(json.size()));
    const JsonParseResult parsed = JsonDocument::parse(json);
    if (!parsed.ok()) {
        StoryReadResult result;
        result.errors.append(StoryError{fileName, parsed.line, parsed.column, QString(), parsed.message});
        return result;
    }
    return validate(*parsed.value, fileName);
}

} // namespace sahel