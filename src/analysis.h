#pragma once
// Analysing one document: tokenize, match the lexicons, decide negation and
// quotation for every finding, count densities and score the scheme and
// column. The Analyzer is built once and is safe to share between threads.
//
//   Analyzer analyzer(lexicons);
//   DocumentReport report = analyzer.Analyze(source);

#include <cstdint>
#include <string>
#include <vector>

#include "lexicon.h"
#include "matcher.h"
#include "model.h"
#include "scoring.h"
#include "source.h"

namespace wijzij {

/// One lexicon entry found in the text.
struct Finding {
  uint32_t category = 0;  ///< index into LexiconSet::categories
  uint32_t entry = 0;     ///< index into LexiconSet::entries
  std::string text;       ///< the matched text as written in the input
  size_t offset = 0;      ///< byte offset in the original input
  size_t length = 0;      ///< bytes
  uint32_t line = 1;
  uint32_t column = 1;      ///< in code points
  uint32_t end_line = 1;    ///< line of the finding's last character
  uint32_t end_column = 1;  ///< column just after the finding, in code points
  uint32_t sentence = 0;    ///< 0-based sentence index
  bool negated = false;
  bool quoted = false;
  double weight = 1.0;  ///< entry weight times the model's negated/quoted factors
  std::string context;  ///< the surrounding sentence, shortened
};

/// Count and density of one category in one document.
struct CategoryStat {
  uint32_t count = 0;
  double per_1000 = 0;  ///< findings per 1,000 words
};

/// Everything reported about one document.
struct DocumentReport {
  std::string path;
  uint32_t words = 0;  ///< word tokens, numbers not counted
  uint32_t sentences = 0;
  /// A quotation makes up most of the text: it is the text's own voice.
  bool mostly_quoted = false;
  std::vector<CategoryStat> categories;  ///< indexed like LexiconSet::categories
  SchemeResult scheme;
  ColumnResult column;
  std::vector<Finding> findings;  ///< in text order
  std::vector<Finding> suppressed;  ///< silenced by wijzij-disable markers (suppressions.h)
  std::vector<std::string> warnings;  ///< e.g. unknown categories in markers, with positions
  std::string id_json;      ///< JSON Lines input: the record's "id" as JSON, else empty
  std::string fields_json;  ///< JSON Lines input: its other fields as a JSON object
};

class Analyzer {
 public:
  Analyzer(const LexiconSet& lexicons, const Model& model);

  /// Analyses valid UTF-8 (see source.h).
  DocumentReport Analyze(const SourceText& source) const;

  const LexiconSet& lexicons() const { return lexicons_; }
  const Model& model() const { return model_; }

 private:
  const LexiconSet& lexicons_;
  const Model& model_;
  Matcher matcher_;
  std::vector<bool> group_;  ///< per category: names a group (wij/zij side)
};

}  // namespace wijzij
