#include "reading.h"

#include <algorithm>

#include "finding.h"
#include "domain.h"

namespace wijzij {

namespace {

// Summed weight and number of findings per category: one pass over the
// findings, however many classes read them.
struct CategoryTotals {
  std::vector<double> weight;
  std::vector<uint32_t> findings;
};

CategoryTotals Totals(const Findings& findings) {
  CategoryTotals t;
  for (const Finding& f : findings) {
    if (f.category >= t.weight.size()) {
      t.weight.resize(f.category + 1u, 0.0);
      t.findings.resize(f.category + 1u, 0);
    }
    t.weight[f.category] += f.weight;
    ++t.findings[f.category];
  }
  return t;
}

SignalScore Score(const SignalModel& signal, const CategoryTotals& totals) {
  SignalScore score{signal.id, 0, 0};
  auto count = [&](uint32_t c) { return c < totals.findings.size() ? totals.findings[c] : 0u; };
  if (!signal.required.empty() &&
      std::none_of(signal.required.begin(), signal.required.end(), count))
    return score;
  if (std::any_of(signal.unless.begin(), signal.unless.end(), count)) return score;
  for (uint32_t c : signal.evidence) {
    if (count(c) == 0) continue;
    score.evidence += totals.weight[c];
    score.findings += totals.findings[c];
  }
  return score;
}

std::vector<SignalScore> ScoreAll(const std::vector<SignalModel>& signals,
                                  const CategoryTotals& totals) {
  std::vector<SignalScore> scores;
  for (const SignalModel& s : signals) scores.push_back(Score(s, totals));
  return scores;
}

// Every class at or over its threshold, strongest first.
std::vector<SignalScore> Present(const std::vector<SignalModel>& signals,
                                 const std::vector<SignalScore>& scores) {
  std::vector<SignalScore> present;
  for (size_t i = 0; i < signals.size(); ++i) {
    if (scores[i].evidence >= signals[i].threshold) present.push_back(scores[i]);
  }
  std::stable_sort(present.begin(), present.end(),
                   [](const auto& a, const auto& b) { return a.evidence > b.evidence; });
  return present;
}

// The one present class that has more evidence than every other class.
std::string Strongest(const std::vector<SignalModel>& signals,
                      const std::vector<SignalScore>& scores) {
  const std::vector<SignalScore> present = Present(signals, scores);
  if (present.empty()) return std::string(kNoneId);
  for (const SignalScore& other : scores) {
    if (other.id != present[0].id && other.evidence >= present[0].evidence)
      return std::string(kNoneId);
  }
  return present[0].id;
}

}  // namespace

ReadingResult ScoreReading(const ReadingModel& model, const Findings& findings) {
  const CategoryTotals totals = Totals(findings);
  ReadingResult r;
  r.narratives = Present(model.narratives, ScoreAll(model.narratives, totals));
  r.themes = Present(model.themes, ScoreAll(model.themes, totals));
  r.axis_scores = ScoreAll(model.axes, totals);
  r.axis = Strongest(model.axes, r.axis_scores);
  r.attention_scores = ScoreAll(model.attention, totals);
  r.attention = Strongest(model.attention, r.attention_scores);
  r.intimidation = Present(model.intimidation, ScoreAll(model.intimidation, totals));
  return r;
}

}  // namespace wijzij
