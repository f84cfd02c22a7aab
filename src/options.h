#pragma once
// The command line. Each flag is defined once, in a group, in options.cc;
// --help is generated from those definitions. Values of enumerated flags are
// checked here, with a "did you mean" for near misses.
//
//   wijzij [OPTIONS] [PATH...]            analyse files, directories or stdin
//   wijzij lexicon check [DIR...]         validate lexicons
//   wijzij lexicon list                   list categories and entry counts
//   wijzij explain [ID]                   explain a scheme, column, row or category
//   wijzij eval LABELS                    score the model on labelled texts
//   wijzij config                         the effective settings and their sources
//
// Settings not given on the command line come from the config file
// (config.h), which ParseOptions finds and reads.

#include <map>
#include <string>
#include <vector>

#include "report/reporter.h"

namespace wijzij {

struct Options {
  enum class Command {
    kAnalyze,
    kLexiconCheck,
    kLexiconList,
    kExplain,
    kEval,
    kListFormats,
    kConfig,
    kHelp,
    kVersion
  };
  Command command = Command::kAnalyze;
  std::vector<std::string> paths;  ///< inputs; lexicon dirs for `lexicon check`
  std::string format = "text";
  std::string output;  ///< -o FILE; empty: standard output
  Language language = Language::kDutch;
  std::string color = "auto";  ///< auto, always or never
  std::vector<std::string> lexicon_dirs;
  bool default_lexicons = true;
  std::vector<std::string> fail_on;
  std::string model;                  ///< --model FILE; empty: the shipped model
  std::string split;                  ///< eval --split
  std::string input_format = "auto";  ///< auto, text or jsonl
  int jobs = 1;                       ///< -j; 0 on the command line means all cores
  size_t max_file_size = 0;           ///< --max-file-size in bytes (set from the default)
  bool summary = false;
  bool show_suppressed = false;       ///< --show-suppressed
  bool quiet = false;                 ///< --quiet: no notices, no progress line
  std::vector<std::string> disabled;  ///< categories whose findings are dropped
  std::vector<std::string> globs;     ///< directory walks keep files matching one
  std::vector<std::string> excludes;  ///< and drop files matching one of these
  std::vector<std::string> themes;    ///< --theme: report only documents with one
  std::string config_path;            ///< the config file in use, or empty
  /// [severity] of the config file: category -> (level, "file:line").
  std::map<std::string, std::pair<std::string, std::string>> severities;
  /// Where each setting came from: "command line" or "file:line".
  std::map<std::string, std::string> sources;  ///< --summary (always for text
                                               ///< runs over several documents)
};

/// Parses argv. On a usage error returns false with a one-line message.
bool ParseOptions(int argc, const char* const* argv, Options* options,
                  std::string* error);

/// The --help text.
std::string HelpText();

/// The closest of `candidates` to `value` within two edits, or empty.
std::string DidYouMean(const std::string& value,
                       const std::vector<std::string>& candidates);

}  // namespace wijzij
