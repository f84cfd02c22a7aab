#pragma once
// Advice for a draft as a whole (two or three sentences at the end of the
// report) and the right-column alternative for each left-column finding.
// All texts come from the model file, so they can be rewritten without
// recompiling.

#include <string>
#include <vector>

#include "analysis.h"
#include "model.h"

namespace wijzij {

/// One piece of advice: a stable id (for JSON) and its text.
struct Advice {
  std::string
      id;  ///< scheme, ground_pattern, above_parties, poles, column_left, middle, none
  std::string text;
};

/// Two or three sentences of advice for the whole document.
std::vector<Advice> DocumentAdvice(const DocumentReport& report, const Model& model,
                                   bool dutch);

/// The row whose left side holds `category`, or nullptr.
const RowModel* LeftRowOf(const Model& model, uint32_t category);

/// The right-column alternative for a finding, or empty when its category is
/// not on the left of any row.
std::string Alternative(const Model& model, uint32_t category, bool dutch);

}  // namespace wijzij
