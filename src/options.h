#pragma once
// The command line. Each flag is defined once, in a group, in options.cc;
// --help is generated from those definitions and the subcommand table
// (subcommand.h). Parsing has two steps, as ripgrep's LowArgs and HiArgs:
// the flags and the config file fill RawOptions with what was written;
// validation turns that into Options, where every enumerated value is an
// enum and every near miss got a "did you mean".
//
// Settings not given on the command line come from the config file
// (config.h), which ParseOptions finds and reads.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "language.h"
#include "markup.h"
#include "report/reporter.h"
#include "subcommand.h"

namespace wijzij {

/// The flags and config settings as written, before any check.
struct RawOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string output;
  std::string lang = "nl";
  std::string color = "auto";
  std::string input_format = "auto";
  std::string max_file_size;
  int jobs = 0;
  std::vector<std::string> lexicon_dirs;
  std::vector<std::string> fail_on;
  std::string model;
  std::string split;
  bool summary = false;
  bool show_suppressed = false;
  bool quiet = false;
  std::string min_level = "suggestion";
  bool show_signals = false;
  bool html_all = false;
  std::vector<std::string> disabled;
  std::vector<std::string> globs;
  std::vector<std::string> excludes;
  std::vector<std::string> themes;
  std::string voice;
  std::string config_path;
};

/// When the text report gets colours.
enum class ColorWhen { kAuto, kAlways, kNever };

/// Validated settings: what the program runs on.
struct Options {
  /// A flag that replaces the subcommand: --help, --version, --list-formats.
  enum class Action { kRun, kHelp, kVersion, kListFormats };
  Action action = Action::kRun;
  const Subcommand* subcommand = nullptr;  ///< never null after ParseOptions
  std::vector<std::string> paths;  ///< inputs; lexicon dirs for `lexicon check`
  ReportFormat format = ReportFormat::kText;
  std::string output;  ///< -o FILE; empty: standard output
  Language language = Language::kDutch;
  ColorWhen color = ColorWhen::kAuto;
  std::optional<InputFormat> input_format;  ///< forced; empty: by extension
  bool jsonl_input = false;                 ///< --input-format jsonl
  HtmlScope html_scope = HtmlScope::kMainContent;  ///< --html-all: kAll
  std::vector<std::string> lexicon_dirs;
  bool default_lexicons = true;
  std::vector<std::string> fail_on;   ///< checked against the model (fail_policy.h)
  std::string model;                  ///< --model FILE; empty: the shipped model
  std::string split;                  ///< eval --split
  int jobs = 1;                       ///< -j; 0 on the command line means all cores
  bool jobs_by_work = false;          ///< no -j: up to `jobs` threads, as the work needs
  size_t max_file_size = 0;           ///< --max-file-size in bytes
  bool summary = false;
  bool show_suppressed = false;
  bool quiet = false;
  Severity min_level = Severity::kSuggestion;  ///< --min-level
  bool show_signals = false;                   ///< --show-signals
  std::vector<std::string> disabled;  ///< categories whose findings are dropped
  std::vector<std::string> globs;     ///< directory walks keep files matching one
  std::vector<std::string> excludes;  ///< and drop files matching one of these
  std::vector<std::string> themes;    ///< --theme: report only documents with one
  std::string voice;                  ///< --voice: every text's voice; empty: read it
  std::string config_path;            ///< the config file in use, or empty
  /// [severity] of the config file: category -> (level, "file:line").
  std::map<std::string, std::pair<std::string, std::string>> severities;
  /// Where each setting came from: "command line" or "file:line".
  std::map<std::string, std::string> sources;
  RawOptions raw;  ///< as written, for `wijzij config`

  bool Dutch() const { return language == Language::kDutch; }
};

/// Parses argv. On a usage error returns false with a one-line message.
bool ParseOptions(int argc, const char* const* argv, Options* options,
                  std::string* error);

/// The --help text.
std::string HelpText(bool dutch);

/// The usage lines and how to give input, for `wijzij` run on a terminal
/// without input.
std::string ShortUsage(bool dutch);

}  // namespace wijzij
