#include "lexicon.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "builtin_lexicons.h"
#include "model.h"
#include "test_util.h"

namespace wijzij {

namespace fs = std::filesystem;

namespace {

// A fresh directory under the system temp dir, removed at scope exit.
struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("wijzij_test_" + std::to_string(::getpid()) +
                                        "_" + std::to_string(counter++));
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  void Write(const std::string& name, const std::string& content) const {
    std::ofstream(path / name) << content;
  }
  static inline int counter = 0;
};

}  // namespace

TEST_CASE("every shipped lexicon loads without a diagnostic") {
  LexiconSet set;
  std::vector<Diagnostic> diags;
  REQUIRE(LoadLexiconSet({true, {}}, &set, &diags));
  for (const auto& d : diags) FAIL_CHECK(FormatDiagnostic(d));
  CHECK(set.categories.size() == BuiltinLexicons().size());
}

namespace {

size_t EntriesOf(const LexiconSet& set, const std::vector<uint32_t>& categories) {
  size_t count = 0;
  for (const Entry& e : set.entries) {
    count +=
        std::find(categories.begin(), categories.end(), e.category) != categories.end();
  }
  return count;
}

size_t EntriesOf(const LexiconSet& set, const EvidenceList& list) {
  std::vector<uint32_t> categories;
  for (const Evidence& e : list.items()) categories.push_back(e.category);
  return EntriesOf(set, categories);
}

}  // namespace

TEST_CASE("the shipped vocabulary is deep enough for the model") {
  LexiconSet set;
  Model model;
  std::vector<Diagnostic> diags;
  REQUIRE(LoadLexiconSet({true, {}}, &set, &diags));
  REQUIRE(LoadModel("", set, &model, &diags));
  for (const char* id : {"moraliserend", "elite_volk", "directief"}) {
    CAPTURE(std::string(id));
    CHECK(EntriesOf(set, {static_cast<uint32_t>(set.FindCategory(id))}) >= 150);
  }
  std::vector<uint32_t> wij, zij;
  for (uint32_t c = 0; c < set.categories.size(); ++c) {
    if (model.IsWij(c)) wij.push_back(c);
    if (model.IsZij(c)) zij.push_back(c);
  }
  for (const SchemeModel& s : model.schemes) CHECK(!s.vocabulary.empty());
  CHECK(EntriesOf(set, wij) >= 60);
  CHECK(EntriesOf(set, zij) >= 60);
  for (const RowModel& row : model.rows) {
    CAPTURE(row.id);
    CHECK(EntriesOf(set, row.left) >= 25);
    CHECK(EntriesOf(set, row.right) >= 25);
  }
}

TEST_CASE("a user directory adds and replaces categories") {
  TempDir dir;
  dir.Write("moraliserend.lex", test::LexiconText("moraliserend", "eigenwoord\n"));
  dir.Write("extra.lex", test::LexiconText("extra", "nieuw\n"));
  dir.Write("notes.txt", "not a lexicon");
  LexiconSet set;
  std::vector<Diagnostic> diags;
  REQUIRE(LoadLexiconSet({true, {dir.path.string()}}, &set, &diags));
  const int moral = set.FindCategory("moraliserend");
  REQUIRE(moral >= 0);
  size_t count = 0;
  for (const Entry& e : set.entries) count += e.category == static_cast<uint32_t>(moral);
  CHECK(count == 1);
  CHECK(set.FindCategory("extra") >= 0);
}

TEST_CASE("one broken file refuses the whole set, reporting every error") {
  TempDir dir;
  dir.Write("a.lex", test::LexiconText("a", "goed\nsch*am\n"));
  dir.Write("b.lex", test::LexiconText("b", "/(/\n"));
  LexiconSet set;
  set.categories.push_back({});  // must be left untouched
  std::vector<Diagnostic> diags;
  CHECK_FALSE(LoadLexiconSet({false, {dir.path.string()}}, &set, &diags));
  CHECK(diags.size() == 2);
  CHECK(set.categories.size() == 1);
}

TEST_CASE("a condition naming a category that is not loaded is an error at its line") {
  TempDir dir;
  dir.Write("a.lex", test::LexiconText("a", "goed {with b}\n/slecht/ {without c}\n"));
  dir.Write("b.lex", test::LexiconText("b", "woord\n"));
  LexiconSet set;
  std::vector<Diagnostic> diags;
  CHECK_FALSE(LoadLexiconSet({false, {dir.path.string()}}, &set, &diags));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].line == 8);
  CHECK(diags[0].message == "{without c}: no category 'c' is loaded");
}

TEST_CASE("a missing lexicon directory is an error") {
  LexiconSet set;
  std::vector<Diagnostic> diags;
  CHECK_FALSE(LoadLexiconSet({false, {"/nonexistent/lexicons"}}, &set, &diags));
  REQUIRE(diags.size() == 1);
  CHECK(FormatDiagnostic(diags[0]) == "/nonexistent/lexicons: error: not a directory or a .dic file");
}

}  // namespace wijzij
