#pragma once
// Running `wijzij eval`: analyse every labelled text and print the metrics
// (eval.h) as a table or as JSON.

#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "exit_code.h"
#include "lexicon.h"
#include "eval.h"
#include "model.h"

namespace wijzij {

struct EvalOptions {
  std::string labels;  ///< the labels file
  std::string split;   ///< keep only this split; empty keeps all
  bool json = false;
  bool dutch = true;
};

/// Keeps the labels of --split (all without it); false, with a message,
/// when none is left.
template <class Label>
bool KeepSplit(const EvalOptions& options, std::vector<Label>* labels) {
  std::erase_if(*labels, [&](const Label& l) {
    return !options.split.empty() && l.split != options.split;
  });
  if (!labels->empty()) return true;
  std::cerr << "wijzij: " << options.labels << ": no texts with split '" << options.split
            << "'\n";
  return false;
}

/// One task's metrics as a table: per class, macro-F1, accuracy, confusion.
std::string TaskTable(const char* title, const TaskMetrics& m);
/// The same as JSON.
nlohmann::ordered_json TaskJson(const TaskMetrics& m);

/// Prints the evaluation to stdout; 2 when the labels or a text cannot be read.
/// A labels file whose header names the reading dimensions is evaluated on
/// those (reading_eval.h).
ExitCode RunEval(const EvalOptions& options, const LexiconSet& lexicons,
                 const Model& model);

}  // namespace wijzij
