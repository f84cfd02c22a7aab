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
  CHECK(o.format == "json");
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
        "--format: unknown value 'jsno' (choose from text, json, jsonl, line, github, sarif, html); "
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
  CHECK(check.command == Options::Command::kLexiconCheck);
  CHECK(check.lexicon_dirs == std::vector<std::string>{"mijn-lexicons"});
  Options list;
  REQUIRE(Parse({"lexicon", "list"}, &list, &error));
  CHECK(list.command == Options::Command::kLexiconList);
  Options bad;
  CHECK_FALSE(Parse({"lexicon", "lijst"}, &bad, &error));
  CHECK(error == "lexicon: unknown command 'lijst'; expected 'check' or 'list'");
}

TEST_CASE("help lists every flag") {
  const std::string help = HelpText();
  for (const char* flag : {"--input-format", "--jobs", "--format", "--lang", "--color",
                           "--lexicons", "--no-default-lexicons", "--model", "--fail-on",
                           "--split", "--help", "--version"}) {
    CAPTURE(flag);
    CHECK(help.find(flag) != std::string::npos);
  }
}

}  // namespace wijzij
