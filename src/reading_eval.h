#pragma once
// `wijzij eval` on texts labelled for the reading dimensions (reading.h).
// The labels file says so in its header line; fields are separated by tabs
// or spaces, lists by commas, "none" is the empty list and "-" leaves that
// dimension unlabelled for the text (it is then not scored on it):
//
//   # path  narratives  axis  themes  intimidation  split  [attention]
//   001_brief_loket.txt  onzichtbare_overheid  verticaal  woningnood  none  dev  -
//
// Narratives and themes are scored class by class (present or absent),
// axis, attention and intimidation as one choice each; every dimension gets per-class
// precision, recall and F1, macro-F1, and the texts it got wrong.

#include <string>
#include <vector>

#include "diagnostic.h"
#include "eval_command.h"

namespace wijzij {

/// Fields hold "-" (kUnlabelled) where the text is not labelled for them.
struct ReadingLabel {
  std::string path;  ///< resolved against the labels file's folder
  std::string narratives;    ///< comma-separated, "none" or "-"
  std::string axis;
  std::string themes;        ///< comma-separated, "none" or "-"
  std::string intimidation;  ///< an intimidation class, "none" or "-"
  std::string split;
  std::string attention = "-";
  int line = 0;
};

inline constexpr const char* kUnlabelled = "-";

/// True when the file's header line names the reading dimensions.
bool IsReadingLabels(const std::string& file);

/// Reads a reading labels file; ids must be classes of `model`.
bool ReadReadingLabels(const std::string& file, const Model& model,
                       std::vector<ReadingLabel>* labels,
                       std::vector<Diagnostic>* diagnostics);

ExitCode RunReadingEval(const EvalOptions& options, const LexiconSet& lexicons,
                        const Model& model);

}  // namespace wijzij
