#pragma once

#include "CommandLine.h"

namespace sahel {

/// Runs what the command line asked for without a window: exports, handouts, screenshots, checks.
class HeadlessRunner
{
public:
    /// Returns the process exit code (CommandLine::ExitCode).
    static int run(const CommandLine &commandLine);

private:
    static int checkStory(const CommandLine &commandLine);
    static int screenshot(const CommandLine &commandLine);
};

} // namespace sahel
