// Runs the sahel-atlas executable as a user would, for the command-line tests.
#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>

namespace cli {

constexpr int timeoutMs = 120000;

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;

    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out, err);
    }
};

/// Runs a program offscreen (or in the environment `adjust` makes of the system's) and waits for it.
inline Run run(const QString &program, const QStringList &arguments, const QString &workingDirectory = {},
               const std::function<void(QProcessEnvironment &)> &adjust = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (adjust)
        adjust(environment);
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(timeoutMs)) {
        result.err = process.errorString();
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out: ") + QString::fromLocal8Bit(process.readAllStandardError());
        return result;
    }
    result.finished = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}

inline Run atlas(const QStringList &arguments, const QString &workingDirectory = {},
                 const std::function<void(QProcessEnvironment &)> &adjust = {})
{
    return run(QStringLiteral(SAHEL_EXECUTABLE), arguments, workingDirectory, adjust);
}

inline QString storyPath()
{
    return QStringLiteral(SAHEL_SOURCE_DIR "/resources/stories/aes-2025-04-03.story.json");
}

/// The size of one of the story's top-level arrays ("regions", "facts"), read straight from the file.
inline qsizetype storyArraySize(const QString &key)
{
    QFile file(storyPath());
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return QJsonDocument::fromJson(file.readAll()).object().value(key).toArray().size();
}

} // namespace cli
