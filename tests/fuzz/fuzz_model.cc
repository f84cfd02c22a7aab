// Fuzz target: any bytes as a model file, against the shipped lexicons.

#include <cstdint>
#include <string>
#include <vector>

#include "lexicon.h"
#include "model.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const wijzij::LexiconSet* const kLexicons = [] {
    auto* set = new wijzij::LexiconSet();
    std::vector<wijzij::Diagnostic> diags;
    wijzij::LoadLexiconSet({true, {}}, set, &diags);
    return set;
  }();
  const std::string content(reinterpret_cast<const char*>(data), size);
  wijzij::Model model;
  std::vector<wijzij::Diagnostic> diags;
  wijzij::ParseModel("fuzz.model", content, *kLexicons, &model, &diags);
  return 0;
}
