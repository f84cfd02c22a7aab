#pragma once
// The subcommands, in one table (app.cc) that the command line, --help and
// the dispatch all read, as ninja's kTools:
//
//   wijzij [OPTIONS] [PATH...]            analyse files, directories or stdin
//   wijzij lexicon check [DIR...]         validate lexicons
//   wijzij explain [ID]                   explain a scheme, column, row or category
//   …
//
// Options may stand before or after the subcommand's words; the first
// argument that is not an option names it.

#include <cstddef>
#include <string_view>
#include <vector>

#include "exit_code.h"

namespace wijzij {

struct Options;
struct LexiconSet;
struct Model;

struct Subcommand {
  std::string_view name;       ///< "lexicon check"; empty for analysing
  std::string_view arguments;  ///< what follows it on the usage line: "[DIR...]"
  std::string_view description_nl;  ///< what it does, for --help
  std::string_view description_en;
  size_t min_paths = 0, max_paths = 0;  ///< arguments after the name
  bool loads_lexicons = true;  ///< needs the lexicons and the model to run
  /// The --format values it takes; empty: every report format.
  std::vector<std::string_view> formats;
  /// Runs it; `lexicons` and `model` are loaded when loads_lexicons says so.
  ExitCode (*run)(const Options& options, const LexiconSet& lexicons, const Model& model);
};

/// Every subcommand, analysing first, in the order --help lists them.
const std::vector<Subcommand>& Subcommands();

}  // namespace wijzij
