#include "word_segments.h"

#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "tokenizer.h"

namespace wijzij {

namespace {

std::vector<WordSegment> Segments(std::string_view text, SegmentEngine engine) {
  std::vector<WordSegment> out;
  WordSegmenter segmenter(text, engine);
  for (WordSegment s; segmenter.Next(&s);) out.push_back(s);
  return out;
}

// "[zo'n]L [ ]. [3,5]N": each segment with its kind, for readable failures.
std::string Describe(std::string_view text, const std::vector<WordSegment>& segments) {
  std::string out;
  for (const WordSegment& s : segments) {
    out += '[';
    out += text.substr(s.begin, s.end - s.begin);
    out += s.number ? "]N " : s.word ? "]L " : "]. ";
  }
  return out;
}

// Checks that the fast segmentation of `text` equals ICU's; false if not.
bool SameAsIcu(std::string_view text) {
  const std::string fast = Describe(text, Segments(text, SegmentEngine::kFast));
  const std::string icu = Describe(text, Segments(text, SegmentEngine::kIcu));
  if (fast == icu) return true;
  CAPTURE(text);
  CHECK(fast == icu);
  return false;
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// Every token, compound and sentence of a tokenized text, positions included.
std::string DescribeTokens(std::string_view text, const TokenizedText& t) {
  std::ostringstream out;
  for (const Token& k : t.tokens) {
    out << k.offset << '+' << k.length << ':' << k.folded << (k.number ? "#" : "")
        << (k.quoted ? "q" : "") << (k.clause_start ? "c" : "") << k.line << '.' << k.column
        << ' ';
  }
  for (const Compound& c : t.compounds) out << '{' << c.folded << '}';
  for (const Sentence& s : t.sentences) {
    out << '<' << text.substr(s.offset, s.length) << '|' << s.first_token << '-'
        << s.end_token << '>';
  }
  return out.str();
}

}  // namespace

TEST_CASE("ASCII words, numbers and marks segment as ICU segments them") {
  struct Case {
    const char* text;
    const char* segments;
  };
  const Case cases[] = {
      {"zo'n 3,5 o.a.", "[zo'n]L [ ]. [3,5]N [ ]. [o.a]L [.]. "},
      {"a1 1a a_1 1_ _ __", "[a1]N [ ]. [1a]L [ ]. [a_1]N [ ]. [1_]N [ ]. [_]. [ ]. [__]L "},
      {"a:b  c\r\n", "[a]L [:]. [b]L [  ]. [c]L [\r\n]. "},
      {"caf\xC3\xA9 zo\xE2\x80\x99n", "[caf\xC3\xA9]L [ ]. [zo\xE2\x80\x99n]L "},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(Describe(c.text, Segments(c.text, SegmentEngine::kFast)) == c.segments);
    CHECK(SameAsIcu(c.text));
  }
}

// Every string of `length` bytes over `alphabet` through SameAsIcu; stops at
// the first difference. Returns the number of strings checked.
size_t CheckAllStrings(const std::string& alphabet, size_t length) {
  std::vector<size_t> digits(length, 0);
  std::string text;
  for (size_t strings = 1;; ++strings) {
    text.clear();
    for (size_t d : digits) text += alphabet[d];
    if (!SameAsIcu(text)) return strings;
    size_t i = 0;
    while (i < length && ++digits[i] == alphabet.size()) digits[i++] = 0;
    if (i == length) return strings;
  }
}

TEST_CASE("fast segmentation equals ICU on every short ASCII string") {
  std::string ascii;
  for (int c = 1; c < 128; ++c) ascii += static_cast<char>(c);
  for (size_t length = 1; length <= 3; ++length) {
    CAPTURE(length);
    CHECK(CheckAllStrings(ascii, length) == static_cast<size_t>(std::pow(127, length)));
  }
  // Longer strings over one byte of every class the rules tell apart, and
  // some they do not (':', '-', '"').
  const std::string classes = "aZ@1_.',; \t\n\r-:\"";
  for (size_t length = 4; length <= 5; ++length) {
    CAPTURE(length);
    CHECK(CheckAllStrings(classes, length) ==
          static_cast<size_t>(std::pow(classes.size(), length)));
  }
}

TEST_CASE("fast segmentation equals ICU on random mixed text") {
  // ASCII classes mixed with what sends a piece to ICU: accents, typographic
  // quotes, a combining accent (joins a space before it), no-break space,
  // a Hebrew letter (with '"'), Thai (dictionary breaks), an emoji with ZWJ
  // and the middle dot (MidLetter).
  const std::vector<std::string> pieces = {
      "a", "Z", "1", "_", ".", "'", ",", ";", " ", "  ", "\t", "\n", "\r\n", "-", ":",
      "\"", "wij", "zij", "2024", "\xC3\xA9", "\xC3\xAB", "\xE2\x80\x99", "\xE2\x80\x9C",
      "\xCC\x81", "\xC2\xA0", "\xD7\x90", "\xE0\xB8\x81\xE0\xB8\xB2", "\xF0\x9F\x91\x8D",
      "\xE2\x80\x8D", "\xC2\xB7", "\xE2\x80\x93"};
  std::mt19937 random(20261123);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(1, 24);
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    for (int n = length(random); n > 0; --n) text += pieces[pick(random)];
    if (!SameAsIcu(text)) return;
  }
}

TEST_CASE("fast tokens and sentences equal ICU's on the whole example corpus") {
  size_t files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(
           std::filesystem::path(WIJZIJ_SOURCE_DIR) / "examples")) {
    const auto extension = entry.path().extension();
    if (!entry.is_regular_file() || (extension != ".txt" && extension != ".md")) continue;
    const std::string text = ReadFile(entry.path());
    CAPTURE(entry.path().string());
    if (!SameAsIcu(text)) return;
    CHECK(DescribeTokens(text, Tokenize(text, 0, nullptr, SegmentEngine::kFast)) ==
          DescribeTokens(text, Tokenize(text, 0, nullptr, SegmentEngine::kIcu)));
    ++files;
  }
  CHECK(files > 400);
}

}  // namespace wijzij
