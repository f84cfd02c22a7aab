#include "text_parts.h"

#include <algorithm>

#include "sentence_splitter.h"

namespace wijzij {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool IsLineEnd(char c) { return c == '\n' || c == '\r'; }
bool IsSentenceMark(char c) { return c == '.' || c == '!' || c == '?'; }

// Each finder returns the cut position in [from, to), or `to` when none.

// Just after a line end that is followed by a blank line.
size_t BlankLine(std::string_view text, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    if (text[i] != '\n' && text[i] != '\r') continue;
    size_t next = i + 1;
    if (text[i] == '\r' && next < text.size() && text[next] == '\n') ++next;
    size_t j = next;
    while (j < text.size() && (text[j] == ' ' || text[j] == '\t')) ++j;
    if (j < text.size() && IsLineEnd(text[j])) return next;
  }
  return to;
}

// Just after white space that follows a sentence mark (not the dot of an
// abbreviation); with `line_end`, only after a line break.
size_t AfterSentenceMark(std::string_view text, size_t from, size_t to, bool line_end) {
  for (size_t i = std::max<size_t>(from, 1); i < to; ++i) {
    const bool space = line_end ? IsLineEnd(text[i]) : IsSpace(text[i]);
    if (space && IsSentenceMark(text[i - 1]) && !EndsWithAbbreviation(text, i))
      return i + 1;
  }
  return to;
}

size_t AfterSpace(std::string_view text, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    if (IsSpace(text[i])) return i + 1;
  }
  return to;
}

// After ASCII punctuation that always ends a word (not . - ' or digits'
// separators, which can sit inside one: 3.5, e-mail, zo'n).
size_t AfterPunctuation(std::string_view text, size_t from, size_t to) {
  constexpr std::string_view kMarks = ",;:!?()[]{}\"/|<>=+*&%$#@~`";
  for (size_t i = from; i < to; ++i) {
    if (kMarks.find(text[i]) != std::string_view::npos) return i + 1;
  }
  return to;
}

size_t NextCut(std::string_view text, size_t from, size_t part_bytes) {
  const size_t to = std::min(text.size(), from + part_bytes);
  for (size_t cut : {BlankLine(text, from, to), AfterSentenceMark(text, from, to, true),
                     AfterSentenceMark(text, from, to, false), AfterSpace(text, from, to),
                     AfterPunctuation(text, from, to)}) {
    if (cut < to) return cut;
  }
  // One run of letters longer than a part is one word: never cut it.
  return std::min(AfterSpace(text, to, text.size()),
                  AfterPunctuation(text, to, text.size()));
}

}  // namespace

size_t NextPartEnd(std::string_view known, size_t size, size_t begin, size_t part_bytes) {
  part_bytes = std::max<size_t>(part_bytes, 1);
  if (size - begin <= 2 * part_bytes) return size;
  const size_t from = begin + part_bytes, to = from + part_bytes;
  if (known.size() < size) {
    // The finders look at [from, to); a blank line's test runs on over
    // spaces and tabs, so it is decided once a byte after `to` is neither.
    if (known.size() <= to) return std::string_view::npos;
    const std::string_view after = known.substr(to);
    if (after.find_first_not_of(" \t") == std::string_view::npos) return std::string_view::npos;
  }
  const size_t cut = NextCut(known, from, part_bytes);
  // A word longer than a part ends where the known bytes end: read on.
  if (cut >= known.size() && known.size() < size) return std::string_view::npos;
  return std::min(cut, size);
}

std::vector<ByteRange> SplitIntoParts(std::string_view text, size_t start,
                                      size_t part_bytes) {
  std::vector<ByteRange> parts;
  size_t begin = std::min(start, text.size());
  for (;;) {
    const size_t end = NextPartEnd(text, text.size(), begin, part_bytes);
    parts.push_back({begin, end});
    if (end >= text.size()) return parts;
    begin = end;
  }
}

}  // namespace wijzij
