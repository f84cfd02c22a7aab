#include "lexicon_parser.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "test_util.h"

namespace wijzij {

namespace {

std::vector<std::string> Problems(const std::string& file, const std::string& content) {
  Lexicon lexicon;
  std::vector<Diagnostic> diags;
  ParseLexicon(file, content, &lexicon, &diags);
  std::vector<std::string> out;
  for (const auto& d : diags) out.push_back(FormatDiagnostic(d));
  return out;
}

std::vector<std::string> EntryProblems(const std::string& entries) {
  return Problems("t.lex", test::LexiconText("t", entries));
}

}  // namespace

TEST_CASE("every kind of entry is parsed") {
  Lexicon lexicon;
  std::vector<Diagnostic> diags;
  const std::string text = test::LexiconText("t",
                                             "# a comment\n"
                                             "Idioten\n"
                                             "schaam*\n"
                                             "*verraders   # trailing comment\n"
                                             "*elite*\n"
                                             "een democratie onwaardig | 2\n"
                                             "^houd\n"
                                             "wij-zij\n"
                                             "/nu kan het( nog)?/ | 1.5 # pattern\n"
                                             "\n");
  REQUIRE(ParseLexicon("t.lex", text, &lexicon, &diags));
  CHECK(diags.empty());
  const auto& e = lexicon.entries;
  REQUIRE(e.size() == 8);
  CHECK(e[0].words[0].text == "idioten");
  CHECK(e[0].words[0].match == WordMatch::kExact);
  CHECK(e[0].line == 8);
  CHECK(e[1].words[0].match == WordMatch::kPrefix);
  CHECK(e[1].words[0].text == "schaam");
  CHECK(e[2].words[0].match == WordMatch::kSuffix);
  CHECK(e[3].words[0].match == WordMatch::kInfix);
  CHECK(e[4].words.size() == 3);
  CHECK(e[4].weight == 2.0);
  CHECK(e[5].conditions == std::vector<Condition>{{ConditionKind::kClauseStart, {}}});
  CHECK(e[5].written == "^houd");
  CHECK(e[6].words[0].text == "wij-zij");
  CHECK(e[7].pattern == "nu kan het( nog)?");
  CHECK(e[7].weight == 1.5);
}

TEST_CASE("conditions in braces say when an entry counts") {
  Lexicon lexicon;
  std::vector<Diagnostic> diags;
  REQUIRE(ParseLexicon("t.lex",
                       test::LexiconText("t", "houd {clause-start} | 2\n^blijf\nwas\n"),
                       &lexicon, &diags));
  const auto& e = lexicon.entries;
  REQUIRE(e.size() == 3);
  const std::vector<Condition> clause_start = {{ConditionKind::kClauseStart, {}}};
  CHECK(e[0].conditions == clause_start);
  CHECK(e[0].weight == 2.0);
  CHECK(e[0].words.size() == 1);
  CHECK(e[1].conditions == clause_start);
  CHECK(e[2].conditions.empty());
  Lexicon more;
  REQUIRE(ParseLexicon("t.lex", test::LexiconText("t", "moeten {reader} {own}\nstraat {not-after Op in}\nelite {scare-quote}\n"
                                                   "de {quoted}\nverzet {not-before Zich}\n"),
                       &more, &diags));
  REQUIRE(more.entries.size() == 5);
  CHECK(more.entries[4].conditions ==
        std::vector<Condition>{{ConditionKind::kNotBefore, {"zich"}}});
  CHECK(more.entries[3].conditions == std::vector<Condition>{{ConditionKind::kQuoted, {}}});
  CHECK(more.entries[2].conditions ==
        std::vector<Condition>{{ConditionKind::kScareQuote, {}}});
  CHECK(more.entries[0].conditions ==
        std::vector<Condition>{{ConditionKind::kReader, {}}, {ConditionKind::kOwn, {}}});
  CHECK(more.entries[1].conditions ==
        std::vector<Condition>{{ConditionKind::kNotAfter, {"op", "in"}}});
  for (const char* bad : {"houd {kleur}\n", "houd {}\n", "houd }\n", "{clause-start} houd\n",
                          "houd {reader x}\n", "houd {with}\n", "houd {not-after}\n", "houd {not-before}\n",
                          "houd {scare-quote x}\n", "houd {quoted x}\n", "houd {without}\n",
                          "houd {dateline x}\n",
                          "/houd/ {kleur}\n", "/houd/ {own} rest\n"}) {
    CAPTURE(bad);
    Lexicon l;
    std::vector<Diagnostic> d;
    CHECK_FALSE(ParseLexicon("t.lex", test::LexiconText("t", bad), &l, &d));
    REQUIRE_FALSE(d.empty());
    CHECK(d[0].line == 7);
  }
}

TEST_CASE("a pattern takes conditions between its closing slash and its weight") {
  Lexicon lexicon;
  std::vector<Diagnostic> diags;
  REQUIRE(ParseLexicon("t.lex",
                       test::LexiconText("t", "/^.* \\?$/ {without vraag_lezer} | 0.5\n"
                                              "/nu kan het/ {own}\n"),
                       &lexicon, &diags));
  REQUIRE(lexicon.entries.size() == 2);
  CHECK(lexicon.entries[0].pattern == "^.* \\?$");
  CHECK(lexicon.entries[0].weight == 0.5);
  CHECK(lexicon.entries[0].conditions ==
        std::vector<Condition>{{ConditionKind::kWithout, {"vraag_lezer"}}});
  CHECK(lexicon.entries[1].conditions == std::vector<Condition>{{ConditionKind::kOwn, {}}});
}

TEST_CASE("the header is read, with the optional severity") {
  Lexicon lexicon;
  std::vector<Diagnostic> diags;
  REQUIRE(ParseLexicon("m.lex", test::LexiconText("m", "x\n", "severity = error\n"),
                       &lexicon, &diags));
  CHECK(lexicon.category.severity == Severity::kError);
  CHECK(lexicon.category.label_nl == "m");
  CHECK(lexicon.category.negation_discounts);
  CHECK(lexicon.category.quotation_discounts);
  // A category whose quotation is the point: a report that quotes a threat.
  Lexicon quoting;
  REQUIRE(ParseLexicon("q.lex", test::LexiconText("q", "x\n", "quotation = count\nnegation = ignore\n"),
                       &quoting, &diags));
  CHECK_FALSE(quoting.category.quotation_discounts);
  CHECK_FALSE(quoting.category.negation_discounts);
}

TEST_CASE("every broken entry is reported with its line") {
  const auto problems = EntryProblems(
      "goed\n"
      "sch*am\n"
      "*\n"
      "/onaf(/\n"
      "/geen einde\n"
      "woord | nul\n"
      "woord | -1\n"
      "hallo!\n"
      "^\n"
      "een wij-zij frame\n"
      "/x/ rest\n");
  const std::vector<std::string> expected = {
      "t.lex:8: error: 'sch*am': a wildcard * may stand only at the start or end of a "
      "word",
      "t.lex:9: error: '*' has no letters besides the wildcard",
      "t.lex:10: error: invalid pattern /onaf(/: missing ): onaf(",
      "t.lex:11: error: pattern has no closing '/'",
      "t.lex:12: error: weight 'nul': expected a number above 0 and at most 100",
      "t.lex:13: error: weight '-1': expected a number above 0 and at most 100",
      "t.lex:14: error: 'hallo!' holds a character that never occurs inside a word; use "
      "a "
      "phrase or a /pattern/",
      "t.lex:15: error: empty entry",
      "t.lex:16: error: a hyphenated word can only be an entry on its own, not part of a "
      "phrase",
      "t.lex:17: error: unexpected 'rest' after the pattern",
  };
  CHECK(problems == expected);
}

TEST_CASE("header problems are reported") {
  CHECK(Problems("x.lex", "id = y\nlabel = z\nid = y\n[entries]\n") ==
        std::vector<std::string>{
            "x.lex:2: error: unknown header key 'label'",
            "x.lex:3: error: header key 'id' given twice",
            "x.lex: error: header key 'label_nl' is missing",
            "x.lex: error: header key 'label_en' is missing",
            "x.lex: error: header key 'description_nl' is missing",
            "x.lex: error: header key 'description_en' is missing",
            "x.lex: error: id 'y' differs from the file name 'x'",
        });
  CHECK(
      Problems("t.lex", test::LexiconText("t", "", "severity = hoog\nscheme = rood\n"
                                                  "quotation = nooit\n")) ==
      std::vector<std::string>{
          "t.lex:6: error: severity 'hoog': expected signal, suggestion, warning or error",
          "t.lex:7: error: unknown header key 'scheme'",
          "t.lex:8: error: quotation 'nooit': expected discount or count",
      });
  CHECK(Problems("t.lex", "id = t\n") ==
        std::vector<std::string>{
            "t.lex: error: header key 'label_nl' is missing",
            "t.lex: error: header key 'label_en' is missing",
            "t.lex: error: header key 'description_nl' is missing",
            "t.lex: error: header key 'description_en' is missing",
            "t.lex: error: no [entries] section",
        });
  CHECK(Problems("t.lex", test::LexiconText("t", "[woorden]\n")) ==
        std::vector<std::string>{
            "t.lex:7: error: unknown section '[woorden]'; expected [entries]"});
}

TEST_CASE("invalid UTF-8 in a lexicon is an error at its line") {
  CHECK(EntryProblems("goed\nsl\xE9"
                      "cht\n") ==
        std::vector<std::string>{"t.lex:8: error: invalid UTF-8"});
}

TEST_CASE("duplicates are warnings and do not fail the file") {
  Lexicon lexicon;
  std::vector<Diagnostic> diags;
  CHECK(ParseLexicon("t.lex", test::LexiconText("t", "idioot\nIdioot\n^houd\nhoud\n"),
                     &lexicon, &diags));
  REQUIRE(diags.size() == 1);
  CHECK(FormatDiagnostic(diags[0]) ==
        "t.lex:8: warning: duplicate entry 'Idioot' (first at line 7)");
  CHECK(lexicon.entries.size() == 3);
}

}  // namespace wijzij
