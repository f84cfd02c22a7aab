#include "fail_policy.h"

#include <doctest/doctest.h>

#include "test_util.h"

namespace wijzij {

using test::AddLexicon;
using test::AnalyzeText;

namespace {

LexiconSet Set() {
  LexiconSet set;
  AddLexicon(&set, "moreel", "idioten\nschamen\n", "severity = error\n");
  AddLexicon(&set, "links", "moeten\n", "severity = info\n");
  return set;
}

std::string Reason(const std::vector<std::string>& specs, const char* text) {
  const LexiconSet set = Set();
  Model model;
  model.schemes = {test::Scheme("democratie_vs_populisme", test::Ids(set, {"moreel"})),
                   test::Scheme("elite_vs_volk", {})};
  model.columns = test::Columns();
  model.weights.length_exponent = 0;
  model.weights.medium = 1;
  FailPolicy policy;
  std::string error;
  REQUIRE(ParseFailPolicy(specs, set, model, &policy, &error));
  return FailReason(policy, set, AnalyzeText(set, text, model));
}

}  // namespace

TEST_CASE("fail rules fire on what they name") {
  const char* text = "Deze idioten moeten zich schamen.";
  CHECK(Reason({}, text) == "");
  CHECK(Reason({"none"}, text) == "");
  // "finding" counts issues; "moeten" is a signal, which explains a score only.
  CHECK(Reason({"finding"}, text) == "2 findings (finding)");
  CHECK(Reason({"category:links"}, text) == "1 finding (category:links)");
  CHECK(Reason({"severity:error"}, text) == "2 findings (severity:error)");
  CHECK(Reason({"scheme"}, text) == "leans to democratie_vs_populisme (scheme)");
  CHECK(Reason({"scheme:elite_vs_volk,finding"}, text) == "2 findings (finding)");
  CHECK(Reason({"scheme:elite_vs_volk"}, text) == "");
  CHECK(Reason({"density:moreel>300"}, text) ==
        "moreel 400.0 per 1,000 words (density:moreel>300)");
  CHECK(Reason({"density:moreel>400"}, text) == "");
  CHECK(Reason({"column:midden"}, text) == "");
}

TEST_CASE("negated and quoted findings do not fail a policy") {
  CHECK(Reason({"finding"}, "Het zijn geen idioten.") == "");
  CHECK(Reason({"finding"}, "Hij riep \"idioten\".") == "");
}

TEST_CASE("an unknown policy or category is a usage error") {
  const LexiconSet set = Set();
  Model model;
  model.columns = test::Columns();
  FailPolicy policy;
  std::string error;
  CHECK_FALSE(ParseFailPolicy({"category:bestaatniet"}, set, model, &policy, &error));
  CHECK(error.find("unknown category 'bestaatniet'") != std::string::npos);
  CHECK_FALSE(ParseFailPolicy({"findings"}, set, model, &policy, &error));
  CHECK(error.find("did you mean 'finding'?") != std::string::npos);
  CHECK_FALSE(ParseFailPolicy({"density:moreel"}, set, model, &policy, &error));
  CHECK(error.find("expected density:<category>>N") != std::string::npos);
  CHECK_FALSE(ParseFailPolicy({"density:onbekend>1"}, set, model, &policy, &error));
  CHECK(error.find("unknown category 'onbekend'") != std::string::npos);
  CHECK_FALSE(ParseFailPolicy({"column:links"}, set, model, &policy, &error));
  CHECK(error.find("unknown column 'links'") != std::string::npos);
}

TEST_CASE("a density threshold must be a number after one '>'") {
  const LexiconSet set = Set();
  Model model;
  FailPolicy policy;
  std::string error;
  for (const char* spec : {"density:moreel>abc", "density:moreel>=2", "density:moreel>"}) {
    CAPTURE(spec);
    CHECK_FALSE(ParseFailPolicy({spec}, set, model, &policy, &error));
    CHECK(error.find("is not a number of findings per 1,000 words") != std::string::npos);
  }
}

TEST_CASE("spaces around commas in a list of policies are ignored") {
  const LexiconSet set = Set();
  Model model;
  model.columns = test::Columns();
  FailPolicy policy;
  std::string error;
  REQUIRE(ParseFailPolicy({"finding , category:moreel"}, set, model, &policy, &error));
  CHECK(policy.rules.size() == 2);
}

}  // namespace wijzij
