// Cutting large documents into parts: where the cuts fall, and that a
// document analysed in small parts gives exactly the report it gets whole.

#include "text_parts.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "model.h"
#include "text_position.h"
#include "test_util.h"

namespace wijzij {

namespace {

std::vector<std::string> Parts(std::string_view text, size_t part_bytes) {
  std::vector<std::string> out;
  size_t expected_begin = 0;
  for (const ByteRange& part : SplitIntoParts(text, 0, part_bytes)) {
    CHECK(part.begin == expected_begin);  // contiguous, nothing lost
    expected_begin = part.end;
    out.emplace_back(text.substr(part.begin, part.end - part.begin));
  }
  CHECK(expected_begin == text.size());
  return out;
}

std::string CorpusText() {
  std::string text;
  for (const std::string& file : test::CorpusTexts()) text += file + "\n\n";
  return text;
}

}  // namespace

TEST_CASE("a text up to twice the part size is one part") {
  CHECK(Parts("Wij tegen zij.\n\nNog een zin.", 100).size() == 1);
  CHECK(Parts("", 10).size() == 1);
}

TEST_CASE("parts are cut at a blank line first") {
  const std::string text = "Een zin. Nog een zin. En nog een.\n\nTweede alinea hier.\n";
  const auto parts = Parts(text, 20);
  REQUIRE(parts.size() >= 2);
  CHECK(parts[0] == "Een zin. Nog een zin. En nog een.\n");
}

TEST_CASE("without blank lines, after a sentence mark; then at any space") {
  CHECK(Parts("Aaaa bbbb. Cccc dddd eeee ffff gggg hhhh", 6)[0] == "Aaaa bbbb. ");
  CHECK(Parts("aaaa bbbb cccc dddd eeee", 3)[0] == "aaaa ");
  CHECK(Parts("Aaaa bbbb cc o.a. dd. Eee ffff gggg", 12)[0] == "Aaaa bbbb cc o.a. dd. ");
}

TEST_CASE("a word longer than a part is never cut; punctuation can end a part") {
  std::string word;
  for (int i = 0; i < 40; ++i) word += "é";  // two bytes each
  CHECK(Parts(word, 7).size() == 1);
  CHECK(Parts(word + " " + word, 7).size() == 2);
  CHECK(Parts("aaaaaaa,bbbbbbb,ccccccc", 5)[0] == "aaaaaaa,");
}

TEST_CASE("a text read as it goes is cut where the whole text is, or waits for more") {
  std::string text = CorpusText().substr(0, 20000);
  text += "Witruimte:\n" + std::string(3000, ' ') + "\n\nEen woord " + std::string(2500, 'w') +
          " en \t \r\n\r\nmeer. Dr. Jansen kwam. " + std::string(1500, '\t') + "\nslot";
  for (const size_t part_bytes : {size_t{7}, size_t{64}, size_t{512}}) {
    CAPTURE(part_bytes);
    for (const ByteRange& part : SplitIntoParts(text, 0, part_bytes)) {
      CAPTURE(part.begin);
      // However much is known, the answer is this part's end or "read on".
      for (size_t known = part.begin; known < text.size(); known += 1 + known / 64) {
        const size_t end = NextPartEnd(text.substr(0, known), text.size(), part.begin, part_bytes);
        if (end != std::string_view::npos) CHECK(end == part.end);
      }
      CHECK(NextPartEnd(text, text.size(), part.begin, part_bytes) == part.end);
    }
  }
}

TEST_CASE("the example corpus analysed in 512-byte parts gives the whole-text report") {
  const test::Shipped shipped;
  const LexiconSet& set = shipped.set;
  const Model& model = shipped.model;
  SourceText source;
  source.path = "corpus.txt";
  source.bytes = CorpusText();
  REQUIRE(source.bytes.size() > 20000);
  const DocumentReport whole = Analyzer(set, model).Analyze(source);
  const DocumentReport parted = Analyzer(set, model, 512).Analyze(source);
  CHECK(parted.words == whole.words);
  CHECK(parted.sentences == whole.sentences);
  CHECK(parted.scheme.id == whole.scheme.id);
  CHECK(parted.scheme.score == doctest::Approx(whole.scheme.score));
  CHECK(parted.column.id == whole.column.id);
  CHECK(test::Describe(parted) == test::Describe(whole));
  REQUIRE(parted.findings.size() == whole.findings.size());
  for (size_t i = 0; i < whole.findings.size(); ++i) {
    CAPTURE(i);
    CHECK(parted.findings[i].sentence == whole.findings[i].sentence);
    CHECK(parted.ContextOf(parted.findings[i]) == whole.ContextOf(whole.findings[i]));
  }
}

TEST_CASE("a finding of a quarter megabyte or more keeps its whole length") {
  // Findings keep lengths below 256 KB in 18 bits; a pattern over a giant
  // "word" (which is never cut) finds a longer one.
  LexiconSet set;
  test::AddLexicon(&set, "t", "/xx+/\n");
  const std::string giant(300000, 'x');
  const DocumentReport r = test::AnalyzeText(set, "Begin. " + giant + " en xxx.");
  REQUIRE(r.findings.size() == 2);
  CHECK(r.LengthOf(r.findings[0]) == giant.size());
  CHECK(r.TextOf(r.findings[0]) == giant);
  CHECK(r.EndOf(r.findings[0], r.StartOf(r.findings[0])).column == 8 + giant.size());
  CHECK(r.TextOf(r.findings[1]) == "xxx");
  CHECK(r.StartOf(r.findings[1]).column == 8 + giant.size() + 4);
}

TEST_CASE("every finding's line and column equal a count from the start, on one line or many") {
  const test::Shipped shipped;
  std::string one_line = CorpusText();
  std::replace(one_line.begin(), one_line.end(), '\n', ' ');
  for (const std::string& text : {CorpusText(), "\xEF\xBB\xBF" + one_line}) {
    SourceText source;
    source.path = "corpus.txt";
    source.bytes = text;
    source.text_start = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    const DocumentReport report = Analyzer(shipped.set, shipped.model, 512).Analyze(source);
    REQUIRE(report.position_marks.size() > 10);  // the marks are used, not only the start
    REQUIRE(report.findings.size() > 100);
    PositionReader in_order = report.Positions();
    for (const Finding& f : report.findings) {
      const TextPosition counted = PositionOf(text, f.offset, source.text_start);
      const TextPosition read = in_order.At(f.offset);
      const TextPosition one_off = report.StartOf(f);
      CHECK(read.line == counted.line);
      CHECK(read.column == counted.column);
      CHECK(one_off.line == counted.line);
      CHECK(one_off.column == counted.column);
    }
  }
}

}  // namespace wijzij
