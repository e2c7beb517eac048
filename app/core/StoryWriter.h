#pragma once

#include "Story.h"

#include <QByteArray>
#include <QString>

namespace sahel {

/// Saves a Story as a story file (resources/stories/FORMAT.md) in one stable layout, so that saving an
/// unchanged story gives the same bytes and a change to it changes few lines.
class StoryWriter
{
public:
    /// UTF-8 JSON without a byte order mark, ending in a newline; StoryReader::read gives the story back.
    /// Fields follow FORMAT.md's tables; an optional field is left out when empty or at its default.
    static QByteArray write(const Story &story);
    /// Writes atomically (AtomicFile): on failure the file is as it was and *error (when given) says why.
    static bool writeFile(const Story &story, const QString &path, QString *error = nullptr);
};

} // namespace sahel
