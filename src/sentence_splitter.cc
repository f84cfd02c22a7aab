#include "sentence_splitter.h"

#include <unicode/brkiter.h>

#include <algorithm>
#include <array>
#include <memory>
#include <string>

#include "fold.h"
#include "icu_util.h"

namespace wijzij {

namespace {

// Dutch abbreviations that end in a dot, without that dot. "enz." and
// "etc." are left out: they usually do end a sentence.
constexpr std::array<std::string_view, 54> kAbbreviations = {
    "adv",   "afb",   "afd",   "alg",   "bijv",  "bijz",  "blz",   "bv",      "ca",
    "d.d",   "d.m.v", "d.w.z", "dhr",   "dr",    "drs",   "e.a",   "e.d",     "e.v",
    "evt",   "excl",  "fa",    "gem",   "i.c",   "i.p.v", "i.s.m", "i.v.m",   "incl",
    "ing",   "ir",    "jhr",   "jl",    "m.b.t", "m.i",   "mevr",  "mr",      "mw",
    "n.a.v", "nl",    "nr",    "o.a",   "o.b.v", "o.i",   "p.p",   "pag",     "prof",
    "resp",  "s.v.p", "t.a.v", "t.b.v", "t.o.v", "v.d",   "vgl",   "z.g.a.n", "zgn"};
static_assert(std::is_sorted(kAbbreviations.begin(), kAbbreviations.end()));

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// The word (letters and inner dots) that ends just before the dot at `dot`.
std::string_view WordBeforeDot(std::string_view text, size_t dot) {
  size_t begin = dot;
  while (begin > 0 && !IsSpace(text[begin - 1]) && text[begin - 1] != '(' &&
         text[begin - 1] != '"' && text[begin - 1] != '\'') {
    --begin;
  }
  return text.substr(begin, dot - begin);
}

size_t TrimEnd(std::string_view text, size_t begin, size_t end) {
  while (end > begin && IsSpace(text[end - 1])) --end;
  return end;
}

size_t TrimBegin(std::string_view text, size_t begin, size_t end) {
  while (begin < end && IsSpace(text[begin])) ++begin;
  return begin;
}


bool EndsWithTerminal(std::string_view text, size_t content_end) {
  size_t k = content_end;
  // Skip closing quotes and brackets: «Ga weg.» ends like «Ga weg.
  while (k > 0) {
    const std::string_view tail = text.substr(0, k);
    if (tail.ends_with("\"") || tail.ends_with("'") || tail.ends_with(")")) {
      --k;
    } else if (tail.ends_with("\xE2\x80\x9D") || tail.ends_with("\xE2\x80\x99")) {
      k -= 3;
    } else if (tail.ends_with("\xC2\xBB")) {
      k -= 2;
    } else {
      break;
    }
  }
  if (k == 0) return false;
  const char last = text[k - 1];
  return last == '.' || last == '!' || last == '?' || last == ':' || last == ';' ||
         text.substr(0, k).ends_with("\xE2\x80\xA6");
}

int LineBreaksIn(std::string_view text, size_t begin, size_t end) {
  int breaks = 0;
  for (size_t i = begin; i < end; ++i) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= end || text[i + 1] != '\n'))) {
      ++breaks;
    }
  }
  return breaks;
}

bool StartsListItem(std::string_view text, size_t begin) {
  const std::string_view rest = text.substr(begin);
  if (rest.starts_with("- ") || rest.starts_with("* ") ||
      rest.starts_with("\xE2\x80\xA2")) {
    return true;
  }
  size_t k = 0;
  while (k < rest.size() && rest[k] >= '0' && rest[k] <= '9') ++k;
  return k > 0 && k + 1 < rest.size() && (rest[k] == '.' || rest[k] == ')') &&
         rest[k + 1] == ' ';
}

// Whether ICU's boundary at `end` (segment [begin, end)) should be dropped.
bool ShouldJoin(std::string_view text, size_t begin, size_t end) {
  if (end >= text.size()) return false;
  const size_t content_end = TrimEnd(text, begin, end);
  if (content_end == begin) return false;
  if (EndsWithAbbreviation(text, content_end)) return true;
  if (LineBreaksIn(text, content_end, end) != 1) return false;
  return !EndsWithTerminal(text, content_end) && !StartsListItem(text, end);
}

// One iterator per thread, created once: creating one loads rules.
icu::BreakIterator* SentenceIterator() {
  thread_local const std::unique_ptr<icu::BreakIterator> kIterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale("nl"), status));
    CheckIcu(status, "createSentenceInstance");
    return it;
  }();
  return kIterator.get();
}

std::vector<size_t> IcuBoundaries(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  icu::BreakIterator* it = SentenceIterator();
  Utf8Text utext(text);
  it->setText(utext.get(), status);
  CheckIcu(status, "BreakIterator::setText");
  std::vector<size_t> boundaries;
  for (int32_t b = it->first(); b != icu::BreakIterator::DONE; b = it->next()) {
    boundaries.push_back(static_cast<size_t>(b));
  }
  return boundaries;
}

}  // namespace

bool EndsWithAbbreviation(std::string_view text, size_t content_end) {
  if (content_end == 0 || text[content_end - 1] != '.') return false;
  return IsAbbreviation(WordBeforeDot(text, content_end - 1));
}

bool IsAbbreviation(std::string_view word) {
  if (word.empty()) return false;
  // A capital followed by a dot is an initial (J. de Vries); a small letter
  // is a word ("Ik sta achter u. Er is een grens").
  if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return true;
  const std::string folded = FoldForMatching(word);
  return std::binary_search(kAbbreviations.begin(), kAbbreviations.end(), folded);
}

std::vector<ByteRange> SplitSentences(std::string_view text, size_t base) {
  const std::vector<size_t> boundaries = IcuBoundaries(text);
  std::vector<ByteRange> sentences;
  size_t begin = 0;
  for (size_t k = 1; k < boundaries.size(); ++k) {
    const size_t end = boundaries[k];
    if (ShouldJoin(text, begin, end)) continue;
    const size_t first = TrimBegin(text, begin, end);
    const size_t last = TrimEnd(text, first, end);
    if (last > first) sentences.push_back({base + first, base + last});
    begin = end;
  }
  return sentences;
}

}  // namespace wijzij
