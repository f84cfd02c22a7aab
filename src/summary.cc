#include "summary.h"

#include <algorithm>
#include <cmath>

namespace wijzij {

namespace {

constexpr size_t kStrongest = 10;

template <class T>
size_t IndexOr(const std::vector<T>& items, const std::string& id) {
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].id == id) return i;
  }
  return items.size();  // "none" is the last slot
}

// The value at quantile q of `values` (sorted in place), nearest rank.
double Quantile(std::vector<float>* values, double q) {
  if (values->empty()) return 0;
  const size_t rank =
      static_cast<size_t>(std::ceil(q * static_cast<double>(values->size())));
  const size_t k = rank == 0 ? 0 : rank - 1;
  std::nth_element(values->begin(), values->begin() + k, values->end());
  return (*values)[k];
}

}  // namespace

Summary::Summary(const LexiconSet& lexicons, const Model& model)
    : lexicons_(lexicons),
      model_(model),
      densities_(lexicons.categories.size()),
      scheme_counts_(model.schemes.size() + 1),
      column_counts_(model.columns.size() + 1),
      histogram_(5),
      classes_(model.dimensions.size()),
      with_class_(model.dimensions.size()),
      close_(model.dimensions.size()) {}

void Summary::Add(const DocumentReport& report) {
  ++documents_;
  for (size_t c = 0; c < report.categories.size() && c < densities_.size(); ++c) {
    densities_[c].push_back(static_cast<float>(report.categories[c].per_1000));
  }
  ++scheme_counts_[IndexOr(model_.schemes, report.scheme.id)];
  ++column_counts_[IndexOr(model_.columns, report.column.id)];
  if (report.column.left_evidence + report.column.right_evidence > 0) {
    ++histogram_[std::min<size_t>(4, static_cast<size_t>(report.column.left * 5))];
  }
  AddDimensions(report);
  const size_t findings = report.FindingCount();
  if (findings > 0) {
    most_findings_.emplace_back(report.path, findings);
    std::stable_sort(most_findings_.begin(), most_findings_.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    if (most_findings_.size() > kStrongest) most_findings_.pop_back();
  }
  if (report.scheme.id == kNoneId) return;
  strongest_.push_back({report.path, report.scheme.id, report.scheme.score});
  // Stable: equal scores keep input order, so output does not depend on -j.
  std::stable_sort(strongest_.begin(), strongest_.end(),
                   [](const auto& a, const auto& b) { return a.score > b.score; });
  if (strongest_.size() > kStrongest) strongest_.pop_back();
}

void Summary::AddDimensions(const DocumentReport& report) {
  bool flagged = false;
  for (size_t d = 0; d < report.dimensions.size() && d < classes_.size(); ++d) {
    const DimensionResult& result = report.dimensions[d];
    for (const ClassScore& s : result.selected) ++classes_[d][s.id];
    with_class_[d] += result.selected.empty() ? 0 : 1;
    close_[d] += result.close ? 1 : 0;
    flagged |= model_.dimensions[d].select == Selection::kFlag && result.Flagged();
  }
  flagged_ += flagged ? 1 : 0;
}

SummaryResult Summary::Result() const {
  SummaryResult r;
  r.documents = documents_;
  r.errors = errors_;
  for (size_t i = 0; i < model_.schemes.size(); ++i) {
    r.schemes.emplace_back(model_.schemes[i].id, scheme_counts_[i]);
  }
  r.schemes.emplace_back(std::string(kNoneId), scheme_counts_.back());
  for (size_t i = 0; i < model_.columns.size(); ++i) {
    r.columns.emplace_back(model_.columns[i].id, column_counts_[i]);
  }
  r.columns.emplace_back(std::string(kNoneId), column_counts_.back());
  r.left_share_histogram = histogram_;
  for (size_t c = 0; c < densities_.size(); ++c) {
    std::vector<float> values = densities_[c];
    DensityStats d;
    d.category = lexicons_.categories[c].id;
    for (float v : values) d.mean += v;
    d.mean = values.empty() ? 0 : d.mean / static_cast<double>(values.size());
    d.median = Quantile(&values, 0.5);
    d.p90 = Quantile(&values, 0.9);
    r.densities.push_back(d);
  }
  r.strongest = strongest_;
  r.most_findings = most_findings_;
  r.classes = classes_;
  r.with_class = with_class_;
  r.close = close_;
  r.flagged = flagged_;
  return r;
}

}  // namespace wijzij
