#pragma once
// The lexicon files shipped in lexicons/, compiled into the binary at build
// time by cmake/embed_lexicons.cmake, so wijzij needs no data files.

#include <string_view>
#include <vector>

namespace wijzij {

/// One shipped lexicon file: its file name and its bytes.
struct BuiltinLexicon {
  std::string_view name;
  std::string_view content;
};

/// Every shipped lexicon (*.lex), sorted by file name.
const std::vector<BuiltinLexicon>& BuiltinLexicons();

/// The shipped model (lexicons/wijzij.model).
const std::vector<BuiltinLexicon>& BuiltinModels();

}  // namespace wijzij
