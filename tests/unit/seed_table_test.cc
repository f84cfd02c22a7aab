// The six rows of the communication table, each with its left and right
// example phrase as DOMAIN.md gives them: each must land in its column and
// its row with the shipped lexicons and model.

#include <doctest/doctest.h>

#include <algorithm>

#include "test_util.h"

namespace wijzij {

namespace {

// The row holding the most evidence on `side` of the column.
std::string StrongestRow(const ColumnResult& column, bool left) {
  const auto best =
      std::max_element(column.rows.begin(), column.rows.end(),
                       [&](const RowBalance& a, const RowBalance& b) {
                         return (left ? a.left : a.right) < (left ? b.left : b.right);
                       });
  return best == column.rows.end() ? "" : best->id;
}

}  // namespace

TEST_CASE("the seed table's example phrases land in their column and row") {
  struct Case {
    const char* text;
    const char* column;
    const char* row;
  };
  const Case cases[] = {
      {"We moeten hier doorheen.", "bruggenbouwer", "controle_omgang"},
      {"We kunnen dit aan, maar het is een beproeving.", "midden", "controle_omgang"},
      {"Houd je aan de maatregelen en houd vol!", "bruggenbouwer",
       "naleving_vindingrijkheid"},
      {"Hoe houd jij het vol? Waar haal jij het vandaan?", "midden",
       "naleving_vindingrijkheid"},
      {"Straks komen we hopelijk in control.", "bruggenbouwer", "afwachten_inspelen"},
      {"Hoe kunnen we nu onze veerkracht vergroten?", "midden", "afwachten_inspelen"},
      {"Was handen, houd afstand.", "bruggenbouwer", "directief_empathisch"},
      {"Ondanks A lukt je B. Dank! We zijn met velen.", "midden", "directief_empathisch"},
      {"We balanceren tussen vrijheid en capaciteit.", "bruggenbouwer",
       "oplossing_vraagstuk"},
      {"Wordt mijn dilemma gezien, erkend, herkend?", "midden", "oplossing_vraagstuk"},
      {"Ik begrijp hoe vervelend het is, maar de cijfers...", "bruggenbouwer",
       "informeren_vertellen"},
      {"Wat we meemaken: verhalen met detail.", "midden", "informeren_vertellen"},
  };
  const test::Shipped shipped;
  for (const Case& c : cases) {
    CAPTURE(std::string(c.text));
    const DocumentReport r = test::AnalyzeText(shipped.set, c.text, shipped.model);
    CHECK(r.column.id == c.column);
    CHECK(StrongestRow(r.column, std::string(c.column) == "bruggenbouwer") == c.row);
  }
}

}  // namespace wijzij
