#pragma once

#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace sahel {

/// What the command line asked for, parsed and checked before any window or engine exists.
struct CommandLine
{
    enum class Mode { Gui, Export, CheckStory, Help, Version };
    enum ExitCode { Done = 0, InputOutputError = 1, UsageError = 2 };

    Mode mode = Mode::Gui;
    QString exportPath;
    QSize size{1920, 1080};
    QString view = QStringLiteral("aes");
    std::optional<QRectF> bbox; ///< west, south, east, north as left, top, right, bottom
    QString language;           ///< empty: follow the system
    bool worldFile = false;
    QString storyPath;
    QString usageError; ///< set when the arguments are wrong: print it and exit 2
    QString helpText;

    static CommandLine parse(const QStringList &arguments);
    /// True when the arguments ask for no window, so the offscreen platform can be chosen up front.
    static bool isHeadless(int argc, char **argv);
    /// Runs a headless mode (export, check-story) and returns the process exit code.
    int runHeadless() const;
};

} // namespace sahel
