#pragma once
// Researchers' dictionaries in the LIWC .dic format, so a licensed Dutch
// LIWC or a moral-foundations dictionary runs through the same pipeline:
//
//   %
//   1	moreel
//   2	zorg
//   %
//   schaam*	1
//   helpen	2
//   zorg*	1	2
//
// Each category becomes a lexicon category (its name lower-cased, other
// characters than a-z, 0-9 and _ replaced by _); "word*" is a prefix entry,
// a word with spaces a phrase. Every problem is reported as file:line.

#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"
#include "lexicon.h"

namespace wijzij {

/// Parses a .dic file into one Lexicon per category; false on any error.
bool ParseLiwcDictionary(const std::string& file, std::string_view content,
                         std::vector<Lexicon>* lexicons,
                         std::vector<Diagnostic>* diagnostics);

}  // namespace wijzij
