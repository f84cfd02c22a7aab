#pragma once
// Helpers shared by the unit tests.

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "analysis.h"
#include "lexicon.h"
#include "lexicon_parser.h"
#include "model.h"

namespace wijzij::test {

/// The texts of the example corpus (examples/corpus/*.txt), by file name.
inline std::vector<std::string> CorpusTexts() {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(
           std::filesystem::path(WIJZIJ_SOURCE_DIR) / "examples" / "corpus")) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> texts;
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    texts.push_back(buffer.str());
  }
  return texts;
}

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

/// The categories `ids` of `set` as a model list, each of weight 1.
inline EvidenceList Ids(const LexiconSet& set, std::initializer_list<const char*> ids) {
  EvidenceList out;
  for (const char* id : ids) {
    const int c = set.FindCategory(id);
    REQUIRE(c >= 0);
    out.Add(static_cast<uint32_t>(c), 1.0);
  }
  return out;
}

/// A scheme of a hand-built model.
inline SchemeModel Scheme(const std::string& id, EvidenceList vocabulary,
                          EvidenceList wij = {}, EvidenceList zij = {}) {
  SchemeModel s;
  s.id = id;
  s.vocabulary = std::move(vocabulary);
  s.wij = std::move(wij);
  s.zij = std::move(zij);
  return s;
}

/// A row of a hand-built model.
inline RowModel Row(const std::string& id, EvidenceList left, EvidenceList right) {
  RowModel r;
  r.id = id;
  r.left = std::move(left);
  r.right = std::move(right);
  return r;
}

/// The two columns, bruggenbouwer on the left and midden on the right.
inline std::vector<ColumnModel> Columns() {
  ColumnModel left, right;
  left.id = "bruggenbouwer";
  right.id = "midden";
  right.side = Side::kRight;
  return {left, right};
}

/// A class of a reading dimension of a hand-built model.
inline ClassModel Class(const std::string& id, EvidenceList evidence, double threshold,
                        EvidenceList required = {}, EvidenceList unless = {}) {
  ClassModel c;
  c.id = id;
  c.evidence = std::move(evidence);
  c.threshold = threshold;
  c.required = std::move(required);
  c.unless = std::move(unless);
  return c;
}

/// A reading dimension of a hand-built model.
inline DimensionModel Dimension(const std::string& id, Selection select,
                                std::vector<ClassModel> classes) {
  DimensionModel d;
  d.id = id;
  d.class_kind = id;
  d.select = select;
  d.classes = std::move(classes);
  return d;
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
  PositionReader positions = report.Positions();
  for (const Finding& f : report.findings) {
    if (!out.empty()) out += ' ';
    const TextPosition at = positions.At(f.offset);
    out += std::string(report.TextOf(f)) + "@" + std::to_string(at.line) + ":" + std::to_string(at.column);
    if (f.negated) out += '!';
    if (f.quoted) out += '"';
  }
  return out;
}

}  // namespace wijzij::test
