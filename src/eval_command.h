#pragma once
// Running `wijzij eval`: analyse every labelled text and print the metrics
// (eval.h) as a table or as JSON.

#include <string>

#include "exit_code.h"
#include "lexicon.h"
#include "model.h"

namespace wijzij {

struct EvalOptions {
  std::string labels;  ///< the labels file
  std::string split;   ///< keep only this split; empty keeps all
  bool json = false;
  bool dutch = true;
};

/// Prints the evaluation to stdout; 2 when the labels or a text cannot be read.
ExitCode RunEval(const EvalOptions& options, const LexiconSet& lexicons,
                 const Model& model);

}  // namespace wijzij
