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
#include "scoring.h"
#include "source.h"

namespace wijzij {

/// One lexicon entry found in the text.
struct Finding {
  uint32_t category = 0;   ///< index into LexiconSet::categories
  uint32_t entry = 0;      ///< index into LexiconSet::entries
  std::string text;        ///< the matched text as written in the input
  size_t offset = 0;       ///< byte offset in the original input
  size_t length = 0;       ///< bytes
  uint32_t line = 1;
  uint32_t column = 1;     ///< in code points
  uint32_t sentence = 0;   ///< 0-based sentence index
  bool negated = false;
  bool quoted = false;
  double weight = 1.0;     ///< entry weight after the negation/quotation discount
  std::string context;     ///< the surrounding sentence, shortened
};

/// Count and density of one category in one document.
struct CategoryStat {
  uint32_t count = 0;
  double per_1000 = 0;     ///< findings per 1,000 words
};

/// Everything reported about one document.
struct DocumentReport {
  std::string path;
  uint32_t words = 0;      ///< word tokens, numbers not counted
  uint32_t sentences = 0;
  std::vector<CategoryStat> categories;  ///< indexed like LexiconSet::categories
  SchemeResult scheme;
  ColumnResult column;
  std::vector<Finding> findings;         ///< in text order
};

class Analyzer {
 public:
  explicit Analyzer(const LexiconSet& lexicons);

  /// Analyses valid UTF-8 (see source.h).
  DocumentReport Analyze(const SourceText& source) const;

  const LexiconSet& lexicons() const { return lexicons_; }

 private:
  const LexiconSet& lexicons_;
  Matcher matcher_;
};

/// How much a negated or quoted finding still counts: the speaker is not
/// saying it of their own accord.
inline constexpr double kNegatedFactor = 0.25;
inline constexpr double kQuotedFactor = 0.5;

}  // namespace wijzij
