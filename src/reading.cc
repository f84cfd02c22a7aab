#include "reading.h"

#include <algorithm>

#include "analysis.h"
#include "domain.h"

namespace wijzij {

namespace {

bool HasAny(const std::vector<uint32_t>& categories, const Findings& findings) {
  return std::any_of(findings.begin(), findings.end(), [&](const Finding& f) {
    return std::find(categories.begin(), categories.end(), f.category) != categories.end();
  });
}

SignalScore Score(const SignalModel& signal, const Findings& findings) {
  SignalScore score{signal.id, 0, 0};
  if (!signal.required.empty() && !HasAny(signal.required, findings)) return score;
  for (const Finding& f : findings) {
    if (std::find(signal.evidence.begin(), signal.evidence.end(), f.category) ==
        signal.evidence.end())
      continue;
    score.evidence += f.weight;
    ++score.findings;
  }
  return score;
}

std::vector<SignalScore> ScoreAll(const std::vector<SignalModel>& signals,
                                  const Findings& findings) {
  std::vector<SignalScore> scores;
  for (const SignalModel& s : signals) scores.push_back(Score(s, findings));
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
  ReadingResult r;
  r.narratives = Present(model.narratives, ScoreAll(model.narratives, findings));
  r.themes = Present(model.themes, ScoreAll(model.themes, findings));
  r.axis_scores = ScoreAll(model.axes, findings);
  r.axis = Strongest(model.axes, r.axis_scores);
  r.attention_scores = ScoreAll(model.attention, findings);
  r.attention = Strongest(model.attention, r.attention_scores);
  r.intimidation = Present(model.intimidation, ScoreAll(model.intimidation, findings));
  return r;
}

}  // namespace wijzij
