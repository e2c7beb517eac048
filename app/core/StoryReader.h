#pragma once

#include "Story.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace sahel {

/// One problem in a story file, with where it is.
struct StoryError
{
    QString file;
    int line = 0;   ///< 1-based; 0 when the error concerns the whole file
    int column = 0; ///< 1-based, in characters
    QString path;   ///< e.g. facts[3].regions[1]; empty for syntax errors
    QString message;

    /// "file:line:column: path: message", the form compilers use so editors can jump to it.
    QString toString() const;
};

struct StoryReadResult
{
    std::optional<Story> story; ///< set only when errors is empty
    /// The story as far as it could be read, also when it has errors (null for a file that is not JSON or not
    /// a story of this format and version): what the editor opens, to fix it, and what an autosave restores.
    std::optional<Story> draft;
    QList<StoryError> errors;

    bool ok() const { return story.has_value(); }
};

/// Reads and validates story files (resources/stories/FORMAT.md); never throws, never crashes.
class StoryReader
{
public:
    static constexpr qint64 maxFileSize = 10 * 1024 * 1024;

    static StoryReadResult readFile(const QString &path);
    /// fileName is only used in messages.
    static StoryReadResult read(const QByteArray &json, const QString &fileName);
};

} // namespace sahel
