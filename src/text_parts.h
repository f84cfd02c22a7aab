#pragma once
// Cutting a large text into parts that are analysed one after another, so
// that memory for tokens and sentences stays bounded however large the
// document is. A cut falls where no sentence can span it, in this order of
// preference, searching forward from every `part_bytes`:
//  1. a blank line (it always ends a sentence, see sentence_splitter.h);
//  2. a line break after . ! or ? (a sentence end, not a hard wrap), not
//     after an abbreviation's dot;
//  3. white space after . ! or ?, not after an abbreviation's dot;
//  4. any white space (a sentence is cut only in a text without any of the
//     above over `part_bytes`: a stream of words with no punctuation);
//  5. punctuation that always ends a word (, ; : ! ? brackets, symbols).
// A word is never cut: a single "word" longer than `part_bytes` ends its part.
// A text of at most 2 × `part_bytes` is one part, so ordinary documents are
// never cut.
//
//   for (ByteRange part : SplitIntoParts(text, start, 256 << 10)) Use(part);

#include <cstddef>
#include <string_view>
#include <vector>

#include "token.h"

namespace wijzij {

/// Parts covering [start, text.size()) in order; `text` is valid UTF-8.
std::vector<ByteRange> SplitIntoParts(std::string_view text, size_t start,
                                      size_t part_bytes);

/// For a text read as it goes: the end of the part that starts at `begin`
/// in a text of `size` bytes of which the first `known.size()` are known,
/// exactly as SplitIntoParts cuts the whole text, or npos when that depends
/// on bytes not yet known (read on and ask again).
size_t NextPartEnd(std::string_view known, size_t size, size_t begin, size_t part_bytes);

}  // namespace wijzij
