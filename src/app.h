#pragma once
// The program: parses the command line, loads the lexicons and runs the
// chosen command. main() only adds the last-resort exception handler.

#include "exit_code.h"

namespace wijzij {

/// Runs wijzij with `argv`; reports go to stdout, messages to stderr.
ExitCode Run(int argc, const char* const* argv);

}  // namespace wijzij
