#pragma once

#include "CommandLine.h"

namespace sahel {

/// The authoring look-ups of the command line: --list-regions ISO and --find-place NAME, on the map data
/// alone (no story is read).
class PlaceQueryRunner
{
public:
    /// Prints a tab-separated table on stdout; returns the process exit code (CommandLine::ExitCode).
    static int run(const CommandLine &commandLine);
};

} // namespace sahel
