#pragma once
// Advice for a draft as a whole (at most three items at the end of the
// report) and the right-column alternative for each left-column finding.
// All texts come from the model file, so they can be rewritten without
// recompiling. Advice is listed by its order number: a reading dimension
// sets its own (advice_order in the model file), the rest have these:
//
//   scheme 40, ground_pattern 41, above_parties 42, column_left 60;
//   middle or none only when nothing else applies.
//
// Items of the same order go by the evidence behind them, strongest first.
// The column advice is the tool's main message and is never cut: when more
// than three items apply, it takes the third place. Each item names the line
// of the sentence that carries most of its evidence.

#include <cstdint>
#include <string>
#include <vector>

#include "analysis.h"
#include "model.h"

namespace wijzij {

/// One piece of advice: a stable id (for JSON) and its text.
struct Advice {
  /// scheme, ground_pattern, above_parties, column_left, middle, none, or a
  /// dimension's advice_id (intimidation, narrative, axis, poles)
  std::string id;
  std::string text;
  /// The line of the sentence with the most evidence for it; 0 when it is
  /// about the text as a whole.
  uint32_t line = 0;
};

/// At most three items of advice for the whole document.
std::vector<Advice> DocumentAdvice(const DocumentReport& report, const Model& model,
                                   bool dutch);

/// The document's verdict in one line, for formats that list findings (line,
/// github, sarif): scheme and confidence, column, the chosen class of every
/// reading dimension that picks one, and the first advice.
std::string Verdict(const DocumentReport& report, const Model& model, bool dutch);

/// How much the verdict matters: warning when the text leans to a scheme
/// with medium or high confidence, suggestion when it leans weakly or speaks
/// from the left column, info otherwise.
Severity VerdictLevel(const DocumentReport& report, const Model& model);

/// The row whose left side holds `category`, or nullptr.
const RowModel* LeftRowOf(const Model& model, uint32_t category);

/// The right-column alternative for a finding, or empty when its category is
/// not on the left of any row.
std::string Alternative(const Model& model, uint32_t category, bool dutch);

}  // namespace wijzij
