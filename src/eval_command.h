#pragma once
// Running `wijzij eval`: analyse every labelled text (eval.h) and print, for
// each labelled field the model can answer (scheme, column and every reading
// dimension), the metrics as a table or as JSON.

#include <nlohmann/json.hpp>
#include <string>

#include "eval.h"
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

/// One task's metrics as a table: per class, macro-F1, accuracy, confusion.
std::string TaskTable(const std::string& title, const TaskMetrics& m);
/// The same as JSON.
nlohmann::ordered_json TaskJson(const TaskMetrics& m);

/// Prints the evaluation to stdout; 2 when the labels or a text cannot be read.
ExitCode RunEval(const EvalOptions& options, const LexiconSet& lexicons,
                 const Model& model);

}  // namespace wijzij
