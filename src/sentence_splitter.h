#pragma once
// Sentence boundaries: ICU's sentence BreakIterator (locale nl), corrected
// for two things it does not know about Dutch prose:
//  - abbreviations and initials (o.a., bijv., dhr., mr., d.w.z., J.) do not
//    end a sentence even when a capital follows;
//  - a single line break inside a paragraph is a hard wrap, not a sentence
//    end, unless the line ends in . ! ? … : ; or the next line starts a list
//    item. A blank line always ends a sentence.

#include <string_view>
#include <vector>

#include "token.h"

namespace wijzij {

/// Sentence spans of `text`, trimmed of white space, shifted by `base`.
std::vector<ByteRange> SplitSentences(std::string_view text, size_t base = 0);

/// True when `word` (without its final dot, any case) is a Dutch abbreviation
/// that wijzij knows, or a single capital (an initial).
bool IsAbbreviation(std::string_view word);

/// True when text[0, content_end) ends in an abbreviation and its dot.
bool EndsWithAbbreviation(std::string_view text, size_t content_end);

}  // namespace wijzij
