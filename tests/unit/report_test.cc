#include <doctest/doctest.h>

#include <cstdio>
#include <nlohmann/json.hpp>

#include "report/reporter.h"
#include "test_util.h"

namespace wijzij {

using test::AddLexicon;
using test::AnalyzeText;

namespace {

// Runs a reporter over documents, capturing what it writes.
std::string Render(const char* format, const LexiconSet& set,
                   const std::vector<DocumentReport>& docs,
                   Language language = Language::kDutch, bool with_error = false) {
  char* buffer = nullptr;
  size_t size = 0;
  std::FILE* stream = open_memstream(&buffer, &size);
  {
    Output output(stream);
    const Model model;
    auto reporter = MakeReporter(*FindReportFormat(format), set, model, {language, false}, &output);
    reporter->Begin();
    for (const auto& d : docs) reporter->Document(d);
    if (with_error)
      reporter->InputError("kapot.txt", "kapot.txt: invalid UTF-8 at byte 3");
    reporter->End();
    output.Flush();
  }
  std::fclose(stream);
  std::string text(buffer, size);
  std::free(buffer);
  return text;
}

LexiconSet Set() {
  LexiconSet set;
  AddLexicon(&set, "moreel", "idioten\nschamen\n");
  return set;
}

}  // namespace

TEST_CASE("the JSON report follows the documented contract") {
  const LexiconSet set = Set();
  const auto doc =
      AnalyzeText(set, "Wij zeggen:\nDeze idioten moeten zich niet schamen.");
  const auto json =
      nlohmann::json::parse(Render("json", set, {doc}, Language::kDutch, true));
  CHECK(json["schema_version"] == 1);
  CHECK(json["tool"]["name"] == "wijzij");
  const auto& d = json["documents"][0];
  CHECK(d["path"] == "t.txt");
  CHECK(d["words"] == 8);
  CHECK(d["sentences"] == 2);
  CHECK(d["categories"]["moreel"]["count"] == 2);
  CHECK(d["categories"]["moreel"]["per_1000"] == 250.0);
  CHECK(d["scheme"]["id"] == "none");
  CHECK(d["column"]["id"] == "none");
  CHECK(d["advice"][0]["id"] == "none");
  const auto& f = d["findings"][1];
  CHECK(f["category"] == "moreel");
  CHECK(f["text"] == "schamen");
  CHECK(f["line"] == 2);
  CHECK(f["column"] == 31);
  CHECK(f["offset"] == 42);
  CHECK(f["length"] == 7);
  CHECK(f["sentence"] == 1);
  CHECK(f["negated"] == true);
  CHECK(f["quoted"] == false);
  CHECK(f["entry"] == "moreel.lex:8");
  CHECK(json["errors"][0]["path"] == "kapot.txt");
}

TEST_CASE("the JSON report of no documents is still valid JSON") {
  const auto json = nlohmann::json::parse(Render("json", Set(), {}));
  CHECK(json["documents"].empty());
  CHECK(json["errors"].empty());
}

TEST_CASE("the text report shows counts, leaning and findings, in Dutch or English") {
  const LexiconSet set = Set();
  const auto doc = AnalyzeText(set, "Deze idioten moeten zich schamen.");
  const std::string nl = Render("text", set, {doc});
  CHECK(nl.find("t.txt: 5 woorden, 1 zin\n") == 0);
  CHECK(nl.find("wij-zij-schema: geen") != std::string::npos);
  CHECK(nl.find("  advies:\n  - Geen duidelijke wij-zij-taal of kolom gevonden.\n") !=
        std::string::npos);
  CHECK(nl.find("  1:6      moreel  \"idioten\"  Deze idioten moeten zich schamen.\n") !=
        std::string::npos);
  const std::string en = Render("text", set, {doc}, Language::kEnglish);
  CHECK(en.find("t.txt: 5 words, 1 sentence\n") == 0);
  CHECK(en.find("wij-zij scheme: none") != std::string::npos);
  CHECK(en.find("advice:") != std::string::npos);
}

TEST_CASE("the text report marks negated and quoted findings") {
  const LexiconSet set = Set();
  const auto doc = AnalyzeText(set, "Geen idioten. Hij riep 'schamen'.");
  const std::string nl = Render("text", set, {doc});
  CHECK(nl.find("\"idioten\" [ontkend]") != std::string::npos);
  CHECK(nl.find("\"schamen\" [geciteerd]") != std::string::npos);
}

TEST_CASE("invalid UTF-8 never reaches JSON output unescaped") {
  // Analyzed text is valid UTF-8, but paths come from the file system.
  const LexiconSet set = Set();
  auto doc = AnalyzeText(set, "tekst");
  doc.path = "naam\xFF.txt";
  CHECK_NOTHROW(nlohmann::json::parse(Render("json", set, {doc})));
}

}  // namespace wijzij
