#pragma once
// `wijzij eval` on texts labelled for the reading dimensions (reading.h).
// The labels file says so in its header line; fields are separated by tabs
// or spaces, lists by commas, and "none" is the empty list:
//
//   # path  narratives  axis  themes  intimidation  split
//   001_brief_loket.txt  onzichtbare_overheid  verticaal  woningnood  none  dev
//
// Narratives and themes are scored class by class (present or absent),
// axis and intimidation as one choice each; every dimension gets per-class
// precision, recall and F1, macro-F1, and the texts it got wrong.

#include <string>
#include <vector>

#include "diagnostic.h"
#include "eval_command.h"

namespace wijzij {

struct ReadingLabel {
  std::string path;  ///< resolved against the labels file's folder
  std::vector<std::string> narratives;
  std::string axis;
  std::vector<std::string> themes;
  std::string intimidation;  ///< an intimidation class or "none"
  std::string split;
  int line = 0;
};

/// True when the file's header line names the reading dimensions.
bool IsReadingLabels(const std::string& file);

/// Reads a reading labels file; ids must be classes of `model`.
bool ReadReadingLabels(const std::string& file, const Model& model,
                       std::vector<ReadingLabel>* labels,
                       std::vector<Diagnostic>* diagnostics);

ExitCode RunReadingEval(const EvalOptions& options, const LexiconSet& lexicons,
                        const Model& model);

}  // namespace wijzij
