#pragma once
// `wijzij explain [ID]`: what a scheme, column, row or category means and
// what to do instead, in Dutch or English, from the model and lexicon
// headers. Without an id it lists every id.

#include <string>

#include "lexicon.h"
#include "model.h"

namespace wijzij {

/// The explanation of `id` (or the list of all ids when empty). Returns
/// false with `error` set when the id is unknown.
bool Explain(const std::string& id, const LexiconSet& lexicons, const Model& model,
             bool dutch, std::string* out, std::string* error);

}  // namespace wijzij
