#include "scoring.h"

#include <algorithm>
#include <set>

#include "analysis.h"
#include "domain.h"

namespace wijzij {

namespace {

constexpr double kLeaningThreshold = 1.0;
constexpr uint32_t kLeaningMinFindings = 2;
constexpr double kHighScore = 3.0;
constexpr double kMediumScore = 1.5;
constexpr double kColumnShare = 0.6;
constexpr double kColumnMinEvidence = 2.0;

// Sentences in which a non-negated in-group and out-group finding meet.
std::set<uint32_t> OppositionSentences(const LexiconSet& set,
                                       const std::vector<Finding>& findings) {
  std::set<uint32_t> wij, zij, both;
  for (const Finding& f : findings) {
    if (f.negated) continue;
    const std::string& group = set.categories[f.category].group;
    if (group == "wij") wij.insert(f.sentence);
    if (group == "zij") zij.insert(f.sentence);
  }
  std::set_intersection(wij.begin(), wij.end(), zij.begin(), zij.end(),
                        std::inserter(both, both.begin()));
  return both;
}

std::string Confidence(double top, double second) {
  if (top >= kHighScore && top >= 2 * second) return "high";
  if (top >= kMediumScore) return "medium";
  return "low";
}

}  // namespace

SchemeResult ScoreSchemes(const LexiconSet& set, const std::vector<Finding>& findings,
                          uint32_t words) {
  SchemeResult result;
  for (const DomainId& scheme : Schemes()) result.scores.push_back({std::string(scheme.id)});
  const std::set<uint32_t> opposition = OppositionSentences(set, findings);
  result.opposition_sentences = static_cast<uint32_t>(opposition.size());
  for (const Finding& f : findings) {
    const std::string& scheme = set.categories[f.category].scheme;
    if (scheme.empty()) continue;
    for (SchemeScore& s : result.scores) {
      if (s.id != scheme) continue;
      s.evidence += f.weight * (opposition.count(f.sentence) ? 2.0 : 1.0);
      ++s.findings;
    }
  }
  for (SchemeScore& s : result.scores) s.score = words ? 100.0 * s.evidence / words : 0;
  std::vector<const SchemeScore*> ranked;
  for (const SchemeScore& s : result.scores) ranked.push_back(&s);
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto* a, const auto* b) { return a->score > b->score; });
  const SchemeScore& top = *ranked[0];
  const SchemeScore& second = *ranked[1];
  if (second.score > 0) {
    result.runner_up = second.id;
    result.runner_up_score = second.score;
  }
  if (top.score >= kLeaningThreshold && top.findings >= kLeaningMinFindings) {
    result.id = top.id;
    result.score = top.score;
    result.confidence = Confidence(top.score, second.score);
  } else {
    result.score = top.score;
  }
  return result;
}

ColumnResult ScoreColumns(const LexiconSet& set, const std::vector<Finding>& findings) {
  ColumnResult result;
  for (const Finding& f : findings) {
    const std::string& column = set.categories[f.category].column;
    if (column == kLeftColumn) result.left_evidence += f.weight;
    if (column == kRightColumn) result.right_evidence += f.weight;
  }
  const double total = result.left_evidence + result.right_evidence;
  if (total <= 0) return result;
  result.left = result.left_evidence / total;
  result.right = result.right_evidence / total;
  if (total >= kColumnMinEvidence) {
    if (result.left >= kColumnShare) result.id = kLeftColumn;
    if (result.right >= kColumnShare) result.id = kRightColumn;
  }
  return result;
}

}  // namespace wijzij
