#include "StoryAutosave.h"

#include "AtomicFile.h"
#include "StoryReader.h"
#include "StoryWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace sahel {

StoryAutosave::StoryAutosave(QString folder)
    : m_folder(std::move(folder))
{}

QString StoryAutosave::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

QString StoryAutosave::storyFile() const
{
    return m_folder + QStringLiteral("/draft.story.json");
}

QString StoryAutosave::pathFile() const
{
    return m_folder + QStringLiteral("/draft.path");
}

QString StoryAutosave::write(const Story &story, const QString &path) const
{
    if (!isEnabled())
        return {};
    if (!QDir().mkpath(m_folder))
        return QStringLiteral("%1: cannot create the autosave folder").arg(m_folder);
    // The path first: a draft found without its path would be saved over nothing, never over another file.
    if (QString error = AtomicFile::write(pathFile(), path.toUtf8()); !error.isEmpty())
        return error;
    return AtomicFile::write(storyFile(), StoryWriter::write(story));
}

std::optional<StoryAutosave::Draft> StoryAutosave::read() const
{
    if (!isEnabled() || !QFileInfo::exists(storyFile()))
        return std::nullopt;
    const StoryReadResult read = StoryReader::readFile(storyFile());
    const std::optional<Story> &story = read.story ? read.story : read.draft;
    if (!story)
        return std::nullopt;
    QFile pathData(pathFile());
    QString path;
    if (pathData.open(QIODevice::ReadOnly))
        path = QString::fromUtf8(pathData.read(64 * 1024)).trimmed();
    return Draft{*story, path, QFileInfo(storyFile()).lastModified()};
}

void StoryAutosave::discard() const
{
    if (!isEnabled())
        return;
    QFile::remove(storyFile());
    QFile::remove(pathFile());
}

} // namespace sahel
