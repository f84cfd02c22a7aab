#pragma once
// The configuration file, .wijzij.ini: the same settings as the command
// line, for a repository of communication texts. Found by walking up from
// the working directory to a directory that holds .git (or the root);
// --config FILE names one, --no-config skips it. Command-line options
// override the file; paths in it are relative to the file.
//
//   # .wijzij.ini
//   fail-on = scheme:systeem_vs_vrijheidsstrijders
//   format = line
//   lexicons = taal/eigen-lexicons
//   disable = wij, zij
//   glob = *.md
//   exclude = concepten/*
//   [severity]
//   moraliserend = error
//
// Read with Boost.Program_options; every unknown key or bad value is an
// error naming file:line.

#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"

namespace wijzij {

/// One key = value line ("severity.moraliserend" for keys in [severity]).
struct ConfigEntry {
  std::string key;
  std::string value;
  int line = 0;
};

/// The .wijzij.ini that applies to `start` (a directory), or empty.
std::string FindConfigFile(const std::string& start);

/// Reads a config file: every key = value with its line. Syntax errors and
/// unknown keys go to `diagnostics`; returns false when there is any.
bool ReadConfigFile(const std::string& path, std::vector<ConfigEntry>* entries,
                    std::vector<Diagnostic>* diagnostics);

/// Parses the text of a config file named `path` (for messages).
bool ParseConfigText(const std::string& path, std::string_view content,
                     std::vector<ConfigEntry>* entries,
                     std::vector<Diagnostic>* diagnostics);

/// The keys a config file may hold (besides severity.<category>).
const std::vector<std::string>& ConfigKeys();

}  // namespace wijzij
