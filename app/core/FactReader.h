#pragma once

#include "JsonDocument.h"
#include "Story.h"

#include <QHash>
#include <QString>

#include <optional>

namespace sahel {

class RegionDefinitionReader;
class StoryValidator;

/// Reads and checks the "facts" and "order" of a story file into the story (internal to StoryReader).
class FactReader
{
public:
    /// regions must have read the regions already: facts refer to them.
    FactReader(StoryValidator &validator, RegionDefinitionReader &regions)
        : m_validator(validator)
        , m_regions(regions)
    {}

    void readFacts(const JsonValue &root);
    /// After readFacts: the order lists fact ids.
    void readOrder(const JsonValue &value, const QString &path);

private:
    Fact readFact(const JsonValue &object, const QString &path);
    std::optional<FactKind> readFactKind(const JsonValue &object, const QString &path);
    void readFactRegions(const JsonValue &value, const QString &path, Fact &fact);
    void readFactDetails(const JsonValue &object, const QString &path, Fact &fact);
    void checkKindRequirements(const JsonValue &object, const QString &path, FactKind kind);
    void checkParagraph(const JsonValue &value, const QString &path, qint64 paragraph);
    void checkQuoteVerbatim(const JsonValue &object, const QString &path, const Fact &fact);

    StoryValidator &m_validator;
    RegionDefinitionReader &m_regions;
    QHash<QString, const JsonValue *> m_factIds;
};

} // namespace sahel
