#pragma once
// Aggregate figures over all documents of a run, for corpus work: documents
// per scheme and per column, the distribution of the left-column share,
// category densities (mean, median, 90th percentile) and the documents with
// the strongest scheme scores and the most findings, and the documents per
// class of every reading dimension that selects all its present classes,
// picks one (the voice, with its close calls), or flags. Memory per
// document is one float per category.

#include <map>
#include <string>
#include <vector>

#include "analysis.h"
#include "lexicon.h"
#include "model.h"

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
  /// Per reading dimension, in model order: documents per selected class,
  /// and documents with any selected class (the flagged ones, for flags).
  std::vector<std::map<std::string, size_t>> classes;
  std::vector<size_t> with_class;
  std::vector<size_t> close;  ///< documents whose choice was a close call
  /// Documents flagged by a dimension that flags (intimidation).
  size_t flagged = 0;
};

/// Whether the summary counts documents per class of dimension `d`: every
/// present class (narratives, themes) or the one picked (the voice).
inline bool CountsClasses(const DimensionModel& d) {
  return d.select == Selection::kAll || d.select == Selection::kArgmax;
}

class Summary {
 public:
  Summary(const LexiconSet& lexicons, const Model& model);
  void Add(const DocumentReport& report);
  void AddError() { ++errors_; }
  size_t documents() const { return documents_; }
  /// Computes the figures; copies and partially sorts every density list.
  SummaryResult Result() const;

 private:
  void AddDimensions(const DocumentReport& report);

  const LexiconSet& lexicons_;
  const Model& model_;
  size_t documents_ = 0, errors_ = 0;
  std::vector<std::vector<float>> densities_;  ///< [category][document]
  std::vector<size_t> scheme_counts_, column_counts_, histogram_;
  std::vector<StrongDocument> strongest_;
  std::vector<std::pair<std::string, size_t>> most_findings_;
  std::vector<std::map<std::string, size_t>> classes_;
  std::vector<size_t> with_class_;
  std::vector<size_t> close_;
  size_t flagged_ = 0;
};

}  // namespace wijzij
