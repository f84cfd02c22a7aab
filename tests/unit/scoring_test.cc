#include <doctest/doctest.h>

#include "test_util.h"

namespace wijzij {

using test::AddLexicon;
using test::AnalyzeText;

namespace {

LexiconSet ModelSet() {
  LexiconSet set;
  AddLexicon(&set, "moreel", "idioten\nschamen\nuitschot\n", "scheme = democratie_vs_populisme\n");
  AddLexicon(&set, "elite", "elite\nhet volk\n", "scheme = elite_vs_volk\n");
  AddLexicon(&set, "links", "moeten\n^houd\n", "column = bruggenbouwer\n");
  AddLexicon(&set, "rechts", "dank\nherkenbaar\n", "column = midden\n");
  AddLexicon(&set, "wij", "wij\n", "group = wij\n");
  AddLexicon(&set, "zij", "zij\n", "group = zij\n");
  return set;
}

}  // namespace

TEST_CASE("a text with no evidence leans to no scheme and no column") {
  const DocumentReport r = AnalyzeText(ModelSet(), "De bibliotheek is morgen open.");
  CHECK(r.scheme.id == "none");
  CHECK(r.scheme.confidence == "none");
  CHECK(r.column.id == "none");
  CHECK(r.column.left == 0);
}

TEST_CASE("moral condemnation leans to democratie_vs_populisme") {
  const DocumentReport r =
      AnalyzeText(ModelSet(), "Deze idioten moeten zich schamen. Het is uitschot.");
  CHECK(r.scheme.id == "democratie_vs_populisme");
  CHECK(r.scheme.score == doctest::Approx(100.0 * 3 / 8));
  CHECK(r.scheme.confidence == "high");
}

TEST_CASE("a single everyday hit is not enough to lean") {
  const DocumentReport r = AnalyzeText(ModelSet(), "De elite van de schaatssport was er.");
  CHECK(r.scheme.id == "none");
  CHECK(r.scheme.score > 0);
}

TEST_CASE("negated and quoted evidence weighs less") {
  const DocumentReport plain = AnalyzeText(ModelSet(), "Het zijn idioten en uitschot.");
  const DocumentReport negated = AnalyzeText(ModelSet(), "Het zijn geen idioten en uitschot.");
  const DocumentReport quoted = AnalyzeText(ModelSet(), "Hij riep \"idioten en uitschot\".");
  CHECK(plain.scheme.scores[0].evidence == doctest::Approx(2.0));
  CHECK(negated.scheme.scores[0].evidence == doctest::Approx(2 * kNegatedFactor));
  CHECK(quoted.scheme.scores[0].evidence == doctest::Approx(2 * kQuotedFactor));
}

TEST_CASE("wij and zij in one sentence double the scheme evidence there") {
  const DocumentReport r = AnalyzeText(ModelSet(), "Wij zijn het volk en zij zijn de elite.");
  CHECK(r.scheme.opposition_sentences == 1);
  CHECK(r.scheme.id == "elite_vs_volk");
  CHECK(r.scheme.scores[3].evidence == doctest::Approx(4.0));
}

TEST_CASE("the column follows the side with most evidence") {
  CHECK(AnalyzeText(ModelSet(), "Houd afstand. U moeten thuis blijven.").column.id ==
        "bruggenbouwer");
  const DocumentReport right = AnalyzeText(ModelSet(), "Dank voor uw inzet. Het is herkenbaar.");
  CHECK(right.column.id == "midden");
  CHECK(right.column.right == doctest::Approx(1.0));
  const DocumentReport mixed = AnalyzeText(ModelSet(), "Houd vol. Dank!");
  CHECK(mixed.column.id == "none");
  CHECK(mixed.column.left == doctest::Approx(0.5));
}

}  // namespace wijzij
