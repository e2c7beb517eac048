#pragma once

#include "JsonDocument.h"
#include "Story.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace sahel {

class StoryValidator;

/// Reads and checks the "regions" of a story file into the story (internal to StoryReader).
class RegionDefinitionReader
{
public:
    explicit RegionDefinitionReader(StoryValidator &validator)
        : m_validator(validator)
    {}

    void readRegions(const JsonValue &root);
    /// Reports a region id that readRegions did not define; true when it is defined.
    bool checkRegionReference(const JsonValue &value, const QString &path, const QString &regionId);

private:
    RegionDefinition readRegion(const JsonValue &object, const QString &path);
    std::optional<RegionKind> readRegionKind(const JsonValue &object, const QString &path);
    void readRegionKindFields(const JsonValue &object, const QString &path, RegionDefinition &region);
    void readUnionMembers(const JsonValue &value, const QString &path, RegionDefinition &region);
    std::optional<RegionSelector> readSelector(const JsonValue &value, const QString &path);
    void readBufferFields(const JsonValue &object, const QString &path, RegionDefinition &region);
    void readPlaceFields(const JsonValue &object, const QString &path, RegionDefinition &region);
    void checkBufferTargets();
    /// Remembers where each code and number of the region is written, for the resolver's messages.
    void recordSpots(const JsonValue &value, const QString &path, RegionDefinition &region) const;

    /// What a buffer goes around; checked once every region is read.
    struct BufferTarget
    {
        const JsonValue *at = nullptr;
        QString path;
        QString regionId;
    };

    StoryValidator &m_validator;
    QHash<QString, const JsonValue *> m_regionIds;
    QHash<QString, RegionKind> m_regionKinds;
    QList<BufferTarget> m_bufferTargets;
};

} // namespace sahel
