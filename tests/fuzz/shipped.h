#pragma once
// The shipped lexicons and model, loaded once for fuzz targets that run the
// whole analysis.

#include <cstdlib>
#include <vector>

#include "analysis.h"
#include "lexicon.h"
#include "model.h"

namespace wijzij::fuzz {

struct Shipped {
  LexiconSet lexicons;
  Model model;
  Shipped() {
    std::vector<Diagnostic> diags;
    if (!LoadLexiconSet({true, {}}, &lexicons, &diags)) abort();
    if (!LoadModel("", lexicons, &model, &diags)) abort();
  }
};

/// The shipped lexicons and model, and an Analyzer over them.
inline const Analyzer& ShippedAnalyzer() {
  static const Shipped* const kShipped = new Shipped();
  static const Analyzer* const kAnalyzer =
      new Analyzer(kShipped->lexicons, kShipped->model);
  return *kAnalyzer;
}

}  // namespace wijzij::fuzz
