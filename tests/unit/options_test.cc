#include "options.h"

#include <doctest/doctest.h>

#include <vector>

namespace wijzij {

namespace {

bool Parse(std::vector<const char*> args, Options* options, std::string* error) {
  args.insert(args.begin(), "wijzij");
  return ParseOptions(static_cast<int>(args.size()), args.data(), options, error);
}

}  // namespace

TEST_CASE("paths, formats and repeated options are parsed") {
  Options o;
  std::string error;
  REQUIRE(Parse({"-f", "json", "--lang", "en", "a.txt", "-L", "x", "--lexicons=y",
                 "--fail-on", "finding", "b.txt", "--no-default-lexicons"},
                &o, &error));
  CHECK(o.format == ReportFormat::kJson);
  CHECK(o.language == Language::kEnglish);
  CHECK(o.paths == std::vector<std::string>{"a.txt", "b.txt"});
  CHECK(o.lexicon_dirs == std::vector<std::string>{"x", "y"});
  CHECK(o.fail_on == std::vector<std::string>{"finding"});
  CHECK_FALSE(o.default_lexicons);
}

TEST_CASE("a near miss of an enumerated value gets a suggestion") {
  Options o;
  std::string error;
  CHECK_FALSE(Parse({"--format", "jsno"}, &o, &error));
  CHECK(error ==
        "--format: unknown value 'jsno' (choose from text, json, jsonl, counts, line, github, sarif, html); "
        "did you mean 'json'?");
  CHECK_FALSE(Parse({"--lang", "de"}, &o, &error));
  CHECK(error == "--lang: unknown value 'de' (choose from nl, en); did you mean 'nl'?");
}

TEST_CASE("jobs default to the number of cores and refuse negative counts") {
  Options o;
  std::string error;
  REQUIRE(Parse({"a.txt"}, &o, &error));
  CHECK(o.jobs >= 1);
  REQUIRE(Parse({"-j", "3"}, &o, &error));
  CHECK(o.jobs == 3);
  Options bad;
  CHECK_FALSE(Parse({"-j", "-2"}, &bad, &error));
  CHECK(error == "--jobs: -2 is not a number of threads (use 0 for all cores)");
}

TEST_CASE("unknown options are usage errors") {
  Options o;
  std::string error;
  CHECK_FALSE(Parse({"--kleur"}, &o, &error));
  CHECK(error.find("kleur") != std::string::npos);
}

TEST_CASE("the lexicon subcommands are recognised") {
  Options check;
  std::string error;
  REQUIRE(Parse({"lexicon", "check", "mijn-lexicons"}, &check, &error));
  CHECK(check.subcommand->name == "lexicon check");
  CHECK(check.paths == std::vector<std::string>{"mijn-lexicons"});
  Options list;
  REQUIRE(Parse({"lexicon", "list"}, &list, &error));
  CHECK(list.subcommand->name == "lexicon list");
  Options bad;
  CHECK_FALSE(Parse({"lexicon", "lijst"}, &bad, &error));
  CHECK(error == "lexicon: unknown command 'lijst'; expected 'check' or 'list'; did you mean 'list'?");
}

TEST_CASE("options may stand before or after a subcommand") {
  for (std::vector<const char*> args :
       {std::vector<const char*>{"--lang", "en", "explain", "midden"},
        std::vector<const char*>{"explain", "--lang", "en", "midden"},
        std::vector<const char*>{"explain", "midden", "--lang=en"}}) {
    Options o;
    std::string error;
    REQUIRE(Parse(args, &o, &error));
    CHECK(o.subcommand->name == "explain");
    CHECK(o.paths == std::vector<std::string>{"midden"});
    CHECK(o.language == Language::kEnglish);
  }
  Options o;
  std::string error;
  REQUIRE(Parse({"-L", "mijn-lexicons", "lexicon", "check"}, &o, &error));
  CHECK(o.subcommand->name == "lexicon check");
  CHECK(o.lexicon_dirs == std::vector<std::string>{"mijn-lexicons"});
  // A value of an option is not a subcommand: "-f" takes "json", "eval" is a path.
  REQUIRE(Parse({"-f", "json", "tekst.txt", "eval"}, &o, &error));
  CHECK(o.subcommand->name.empty());
  CHECK(o.paths == std::vector<std::string>{"tekst.txt", "eval"});
}

TEST_CASE("a subcommand takes the arguments it says") {
  Options o;
  std::string error;
  CHECK_FALSE(Parse({"eval"}, &o, &error));
  CHECK(error == "eval: expected 1 LABELS");
  CHECK_FALSE(Parse({"explain", "a", "b"}, &o, &error));
  CHECK(error == "explain: takes at most 1 [ID]");
  CHECK_FALSE(Parse({"lexicon", "list", "x"}, &o, &error));
  CHECK(error == "lexicon list: takes no arguments");
  CHECK_FALSE(Parse({"eval", "labels.tsv", "-f", "sarif"}, &o, &error));
  CHECK(error.find("choose from text, json") != std::string::npos);
}

TEST_CASE("help lists every flag") {
  const std::string help = HelpText(false);
  for (const char* flag : {"--input-format", "--jobs", "--format", "--lang", "--color",
                           "--lexicons", "--no-default-lexicons", "--model", "--fail-on",
                           "--split", "--help", "--version"}) {
    CAPTURE(flag);
    CHECK(help.find(flag) != std::string::npos);
  }
}

}  // namespace wijzij
