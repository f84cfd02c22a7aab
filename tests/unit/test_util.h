#pragma once
// Helpers shared by the unit tests.

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "analysis.h"
#include "lexicon.h"
#include "lexicon_parser.h"
#include "model.h"

namespace wijzij::test {

/// A lexicon file with a valid header for category `id` and `entries`.
inline std::string LexiconText(const std::string& id, const std::string& entries,
                               const std::string& extra_header = "") {
  return "id = " + id + "\nlabel_nl = " + id + "\nlabel_en = " + id +
         "\ndescription_nl = test\ndescription_en = test\n" + extra_header +
         "[entries]\n" + entries;
}

/// Parses one inline lexicon into a set; fails the test on any diagnostic.
inline void AddLexicon(LexiconSet* set, const std::string& id, const std::string& entries,
                       const std::string& extra_header = "") {
  Lexicon lexicon;
  std::vector<Diagnostic> diags;
  const bool ok =
      ParseLexicon(id + ".lex", LexiconText(id, entries, extra_header), &lexicon, &diags);
  for (const auto& d : diags) FAIL_CHECK(FormatDiagnostic(d));
  REQUIRE(ok);
  set->Add(std::move(lexicon));
}

/// The lexicons and model built into wijzij; fails the test if they do not load.
struct Shipped {
  LexiconSet set;
  Model model;
  Shipped() {
    std::vector<Diagnostic> diags;
    REQUIRE(LoadLexiconSet({true, {}}, &set, &diags));
    REQUIRE(LoadModel("", set, &model, &diags));
  }
};

/// Category indices of `ids` in `set`.
inline std::vector<uint32_t> Ids(const LexiconSet& set,
                                 std::initializer_list<const char*> ids) {
  std::vector<uint32_t> out;
  for (const char* id : ids) {
    const int c = set.FindCategory(id);
    REQUIRE(c >= 0);
    out.push_back(static_cast<uint32_t>(c));
  }
  return out;
}

/// Analyses `text` as a document named "t.txt" (an empty model: no schemes).
inline DocumentReport AnalyzeText(const LexiconSet& set, std::string_view text,
                                  const Model& model = Model()) {
  SourceText source;
  source.path = "t.txt";
  source.bytes = std::string(text);
  Analyzer analyzer(set, model);
  return analyzer.Analyze(std::move(source));
}

/// Findings as "text@line:col" joined by spaces, with flags: !negated "quoted.
inline std::string Describe(const DocumentReport& report) {
  std::string out;
  for (const Finding& f : report.findings) {
    if (!out.empty()) out += ' ';
    out += std::string(report.TextOf(f)) + "@" + std::to_string(f.line) + ":" + std::to_string(f.column);
    if (f.negated) out += '!';
    if (f.quoted) out += '"';
  }
  return out;
}

}  // namespace wijzij::test
