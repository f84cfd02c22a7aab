#pragma once
// Aggregate figures over all documents of a run, for corpus work: documents
// per scheme and per column, the distribution of the left-column share,
// category densities (mean, median, 90th percentile) and the documents with
// the strongest scheme scores and the most findings. Memory per document is
// one float per category.

#include <map>
#include <string>
#include <vector>

#include "analysis.h"
#include "lexicon.h"

namespace wijzij {

/// A document among the strongest scheme scores.
struct StrongDocument {
  std::string path;
  std::string scheme;
  double score = 0;
};

/// Distribution of one category's density per 1,000 words.
struct DensityStats {
  std::string category;
  double mean = 0, median = 0, p90 = 0;
};

struct SummaryResult {
  size_t documents = 0;
  size_t errors = 0;
  std::vector<std::pair<std::string, size_t>> schemes;  ///< id, documents (with none)
  std::vector<std::pair<std::string, size_t>> columns;  ///< id, documents (with none)
  std::vector<size_t> left_share_histogram;  ///< 5 bins of 0.2 (documents with evidence)
  std::vector<DensityStats> densities;       ///< per category
  std::vector<StrongDocument> strongest;     ///< at most 10, strongest first
  std::vector<std::pair<std::string, size_t>> most_findings;  ///< at most 10, most first
  /// Documents per present theme, narrative and intimidation flag (reading.h).
  std::map<std::string, size_t> themes, narratives;
  size_t intimidating = 0;
};

class Summary {
 public:
  explicit Summary(const LexiconSet& lexicons);
  void Add(const DocumentReport& report);
  void AddError() { ++errors_; }
  size_t documents() const { return documents_; }
  /// Computes the figures; copies and partially sorts every density list.
  SummaryResult Result() const;

 private:
  const LexiconSet& lexicons_;
  size_t documents_ = 0, errors_ = 0;
  std::vector<std::vector<float>> densities_;  ///< [category][document]
  std::vector<size_t> scheme_counts_, column_counts_, histogram_;
  std::vector<StrongDocument> strongest_;
  std::vector<std::pair<std::string, size_t>> most_findings_;
  std::map<std::string, size_t> themes_, narratives_;
  size_t intimidating_ = 0;
};

}  // namespace wijzij
