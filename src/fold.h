#pragma once
// The one normalisation used for matching: Unicode NFC, full case folding,
// and typographic apostrophes and hyphens mapped to their ASCII forms, so
// that "Zo’n", "ZO'N" and "zo'n" match the same lexicon entry. Text and
// lexicon entries go through the same function.
//
//   FoldForMatching("Schaamteloos")  // "schaamteloos"
//   FoldForMatching("ÉLITE")         // "élite"

#include <string>
#include <string_view>

namespace wijzij {

/// NFC + case fold + apostrophe/hyphen unification of valid UTF-8.
std::string FoldForMatching(std::string_view utf8);

/// Same, appending to `out` (avoids an allocation per token).
void AppendFolded(std::string_view utf8, std::string* out);

}  // namespace wijzij
