// Highlights for the HTML report: findings nest properly whatever overlaps,
// Markdown findings land on their prose, and the text is escaped.

#include "report/highlight.h"

#include <doctest/doctest.h>

#include "report/svg_charts.h"
#include "test_util.h"

namespace wijzij {

namespace {

// "[0" opens finding 0, "]0" closes it; text as is.
std::string Render(const HighlightedText& h) {
  std::string out;
  for (const TextPiece& p : h.pieces) {
    if (p.kind == TextPiece::Kind::kText) out += p.text;
    if (p.kind == TextPiece::Kind::kOpen) out += "[" + std::to_string(p.finding);
    if (p.kind == TextPiece::Kind::kClose) out += "]" + std::to_string(p.finding);
  }
  return out;
}

DocumentReport WithFindings(std::string text, std::vector<std::pair<uint32_t, uint32_t>> spans) {
  DocumentReport report;
  report.bytes = std::make_shared<const std::string>(std::move(text));
  for (const auto& [offset, length] : spans) {
    Finding f;
    f.offset = offset;
    f.length = length & Finding::kLongLength;  // short spans only
    report.findings.push_back(f);
  }
  return report;
}

}  // namespace

TEST_CASE("a finding inside another nests in it") {
  const auto r = WithFindings("Zij moeten zich schamen.", {{4, 19}, {4, 6}});
  CHECK(Render(HighlightFindings(r)) == "Zij [0[1moeten]1 zich schamen]0.");
}

TEST_CASE("overlapping findings are split into fragments of the same finding") {
  const auto r = WithFindings("aaaa bbbb cccc", {{0, 9}, {5, 9}});
  CHECK(Render(HighlightFindings(r)) == "[0aaaa [1bbbb]1]0[1 cccc]1");
}

TEST_CASE("Markdown findings are highlighted in the prose, without the markup") {
  LexiconSet set;
  test::AddLexicon(&set, "moraliserend", "idioten\n");
  SourceText source;
  source.path = "t.md";
  source.bytes = "# Titel\n\nDeze *idioten* hier.\n";
  source.format = InputFormat::kMarkdown;
  const DocumentReport r = Analyzer(set, Model()).Analyze(source);
  REQUIRE(r.findings.size() == 1);
  const std::string rendered = Render(HighlightFindings(r));
  CHECK(rendered.find("Deze [0idioten]0 hier.") != std::string::npos);
  CHECK(rendered.find('*') == std::string::npos);
}

TEST_CASE("text for HTML is escaped") {
  CHECK(EscapeHtml("<script>a & \"b\" 'c'</script>") ==
        "&lt;script&gt;a &amp; &quot;b&quot; &#39;c&#39;&lt;/script&gt;");
}

TEST_CASE("bar charts label every bar with its value, scaled to the largest") {
  const std::string svg = BarChart({{"orde <x>", 2.0, true}, {"geen", 0.5, false}}, "T");
  CHECK(svg.find("orde &lt;x&gt;") != std::string::npos);
  CHECK(svg.find(">2.00<") != std::string::npos);
  CHECK(svg.find(">0.50<") != std::string::npos);
  CHECK(svg.find("<title>T</title>") != std::string::npos);
}

}  // namespace wijzij
