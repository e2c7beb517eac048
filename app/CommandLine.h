#pragma once

#include "ExportRequest.h"

#include <QString>
#include <QStringList>

namespace sahel {

/// What the command line asked for, parsed and checked before any window or engine exists.
struct CommandLine
{
    enum class Mode { Gui, Export, Handout, Screenshot, CheckStory, ListRegions, FindPlace, Help, Version };
    enum ExitCode { Done = 0, InputOutputError = 1, UsageError = 2 };

    Mode mode = Mode::Gui;
    ExportRequest request; ///< for Export, Handout and Screenshot
    QString language;      ///< empty: follow the system
    QString storyPath;
    QString placeQuery;     ///< ListRegions: a country's ISO code; FindPlace: a name
    QStringList layerPaths; ///< vector layers to add (--layer, repeatable)
    bool present = false;   ///< start (or screenshot) in presentation mode
    QString editPath;       ///< --edit: the story file to open in the editor (created on first save)
    QString usageError;     ///< set when the arguments are wrong: print it and exit 2
    QString helpText;

    static CommandLine parse(const QStringList &arguments);
};

} // namespace sahel
