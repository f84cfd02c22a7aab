#include "suppressions.h"

#include <doctest/doctest.h>

#include "test_util.h"

namespace wijzij {

TEST_CASE("markers suppress the next line or a region, for named or all categories") {
  const SuppressionSet s = FindSuppressions(
      "een\n"
      "wijzij-disable-next-line moraliserend\n"
      "drie\n"
      "  <!-- wijzij-disable -->\r\n"
      "vijf\n"
      "<!-- wijzij-enable -->\n"
      "zeven\n");
  CHECK_FALSE(s.Covers(1, "moraliserend"));
  CHECK(s.Covers(3, "moraliserend"));
  CHECK_FALSE(s.Covers(3, "directief"));
  CHECK(s.Covers(5, "directief"));
  CHECK_FALSE(s.Covers(7, "directief"));
  REQUIRE(s.names.size() == 1);
  CHECK(s.names[0].line == 2);
  CHECK(s.names[0].column == 26);
  CHECK(s.marker_lines.size() == 3);
}

TEST_CASE("a comment at the end of a line silences that line only") {
  const SuppressionSet s = FindSuppressions(
      "Deze idioten. <!-- wijzij-disable-line moraliserend -->\n"
      "Deze idioten.\n"
      "Tuig.<!--wijzij-disable-line-->\n"
      "Tekst <!-- wijzij-disable-lines -->\n");
  CHECK(s.Covers(1, "moraliserend"));
  CHECK_FALSE(s.Covers(1, "directief"));
  CHECK_FALSE(s.Covers(2, "moraliserend"));
  CHECK(s.Covers(3, "directief"));
  CHECK_FALSE(s.Covers(4, "directief"));
  REQUIRE(s.marker_lines.size() == 2);
  CHECK(s.marker_lines[0].first == 14);  // the comment only; the text stays
  REQUIRE(s.names.size() == 1);
  CHECK(s.names[0].column == 40);
}

TEST_CASE("a region left open runs to the end; prose mentioning a marker is no marker") {
  const SuppressionSet s = FindSuppressions("wijzij-disable directief\nx\ny\n");
  CHECK(s.Covers(3, "directief"));
  CHECK(FindSuppressions("Zet wijzij-disable in je tekst.\n").ranges.empty());
}

TEST_CASE("suppressed findings leave the counts and are kept apart") {
  LexiconSet set;
  test::AddLexicon(&set, "moreel", "idioten\n");
  const DocumentReport r = test::AnalyzeText(
      set, "Idioten.\nwijzij-disable-next-line moreel\nIdioten!\nIdioten?\n");
  CHECK(test::Describe(r) == "Idioten@1:1 Idioten@4:1");
  REQUIRE(r.suppressed.size() == 1);
  CHECK(r.StartOf(r.suppressed[0]).line == 3);
  CHECK(r.categories[0].count == 2);
  CHECK(r.words == 3);  // the marker line is not analysed
}

TEST_CASE("an unknown category in a marker is a warning with its position") {
  LexiconSet set;
  test::AddLexicon(&set, "moreel", "idioten\n");
  const DocumentReport r = test::AnalyzeText(set, "wijzij-disable-next-line morele\nx\n");
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0] ==
        "t.txt:1:26: warning: unknown category 'morele' in a wijzij marker");
}

}  // namespace wijzij
