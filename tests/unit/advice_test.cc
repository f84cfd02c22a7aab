#include "advice.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "test_util.h"

namespace wijzij {

namespace {

bool Has(const std::vector<Advice>& advice, const std::string& id) {
  return std::any_of(advice.begin(), advice.end(), [&](const Advice& a) { return a.id == id; });
}

}  // namespace

TEST_CASE("the column advice survives when more than three items apply") {
  const test::Shipped shipped;
  // A pole's scheme, both groups named, attention on the poles and a left
  // column: four items or more apply.
  const DocumentReport report = test::AnalyzeText(
      shipped.set,
      "Deze idioten en relschoppers moeten zich schamen; het is tuig.\n"
      "Zij willen onze stad kapotmaken, maar wij laten dat niet gebeuren.\n"
      "Houd je aan de regels. Wie zich niet aan het noodbevel houdt, wordt aangehouden.\n",
      shipped.model);
  const std::vector<Advice> advice = DocumentAdvice(report, shipped.model, true);
  CHECK(advice.size() == 3);
  CHECK(Has(advice, "column_left"));
}

TEST_CASE("advice names the line of the sentence with most of its evidence") {
  const test::Shipped shipped;
  const DocumentReport report = test::AnalyzeText(
      shipped.set,
      "De bibliotheek is open.\n"
      "Houd je aan de regels. U moet thuis blijven. Was uw handen.\n",
      shipped.model);
  const std::vector<Advice> advice = DocumentAdvice(report, shipped.model, true);
  const auto column = std::find_if(advice.begin(), advice.end(),
                                   [](const Advice& a) { return a.id == "column_left"; });
  REQUIRE(column != advice.end());
  CHECK(column->line == 2);
}

TEST_CASE("a text without evidence gets one plain line, about nothing in particular") {
  const test::Shipped shipped;
  const DocumentReport report =
      test::AnalyzeText(shipped.set, "De bibliotheek is open.\n", shipped.model);
  const std::vector<Advice> advice = DocumentAdvice(report, shipped.model, true);
  REQUIRE(advice.size() == 1);
  CHECK(advice[0].line == 0);
}

}  // namespace wijzij
