#include "did_you_mean.h"

#include <doctest/doctest.h>

namespace wijzij {

TEST_CASE("a typo within two edits finds the closest name") {
  const std::vector<std::string> formats = {"text", "json", "jsonl", "line", "sarif"};
  CHECK(DidYouMean("jsno", formats) == "json");
  CHECK(DidYouMean("sarf", formats) == "sarif");
  CHECK(DidYouMean("moralisernd", {"moraliserend", "directief"}) == "moraliserend");
}

TEST_CASE("a unique beginning of three characters or more finds the name") {
  CHECK(DidYouMean("brugge", {"bruggenbouwer", "midden"}) == "bruggenbouwer");
  CHECK(DidYouMean("mi", {"bruggenbouwer", "midden"}).empty());
  CHECK(DidYouMean("ver", {"vertellen", "verklaren"}).empty());
}

TEST_CASE("nothing near gives no hint") {
  CHECK(DidYouMean("stikstof", {"text", "json"}).empty());
  CHECK(DidYouMeanHint("stikstof", {"text", "json"}).empty());
  CHECK(DidYouMeanHint("jsno", {"json"}) == "; did you mean 'json'?");
}

}  // namespace wijzij
