#include "scoring.h"

#include <algorithm>
#include <cmath>

#include "finding.h"
#include "domain.h"

namespace wijzij {

namespace {

constexpr double kStrongLabel = 0.5;

bool Contains(const std::vector<uint32_t>& categories, uint32_t category) {
  return std::find(categories.begin(), categories.end(), category) != categories.end();
}

// Which kinds of group words each sentence holds, for one scheme.
struct SentenceSides {
  bool scheme_wij = false, scheme_zij = false, generic_wij = false, generic_zij = false;
  bool Opposed() const {
    return (scheme_wij && (scheme_zij || generic_zij)) || (scheme_zij && generic_wij);
  }
};

// A finding the speaker says of their own accord.
bool OwnWords(const Finding& f, bool mostly_quoted) {
  return !f.negated && (!f.quoted || mostly_quoted);
}

// Findings come in text order, so a sentence's findings are consecutive.
uint32_t CountOppositions(const Model& model, const SchemeModel& scheme,
                          const Findings& findings, bool mostly_quoted) {
  uint32_t count = 0;
  SentenceSides sides;
  uint32_t sentence = 0;
  for (const Finding& f : findings) {
    // Everyday words (politie, de overheid: weight under kStrongLabel) are
    // weak evidence on their own and do not make an opposition.
    if (!OwnWords(f, mostly_quoted) || f.weight < kStrongLabel) continue;
    if (f.sentence != sentence) {
      count += sides.Opposed() ? 1 : 0;
      sides = SentenceSides();
      sentence = f.sentence;
    }
    sides.scheme_wij |= Contains(scheme.wij, f.category);
    sides.scheme_zij |= Contains(scheme.zij, f.category);
    sides.generic_wij |= Contains(model.wij_markers, f.category);
    sides.generic_zij |= Contains(model.zij_markers, f.category);
  }
  return count + (sides.Opposed() ? 1 : 0);
}

SchemeScore ScoreOne(const Model& model, const SchemeModel& scheme,
                     const Findings& findings, double length,
                     bool mostly_quoted) {
  const ModelWeights& w = model.weights;
  SchemeScore s;
  s.id = scheme.id;
  for (const Finding& f : findings) {
    const bool vocabulary = Contains(scheme.vocabulary, f.category);
    const bool side =
        Contains(scheme.wij, f.category) || Contains(scheme.zij, f.category);
    if (vocabulary) s.vocabulary += f.weight;
    if (side) s.sides += f.weight;
    if (vocabulary || side) ++s.findings;
  }
  s.opposition = CountOppositions(model, scheme, findings, mostly_quoted);
  s.evidence =
      w.vocabulary * s.vocabulary + w.side * s.sides + w.opposition * s.opposition;
  s.score = s.evidence / length;
  return s;
}

std::string Confidence(const ModelWeights& w, double top, double second) {
  if (top >= w.high && top >= w.margin * second) return "high";
  if (top >= w.medium) return "medium";
  return "low";
}

}  // namespace

SchemeResult ScoreSchemes(const Model& model, const Findings& findings,
                          uint32_t words, bool mostly_quoted) {
  const ModelWeights& w = model.weights;
  const double length = std::pow(std::max(1.0, words / 100.0), w.length_exponent);
  SchemeResult result;
  for (const SchemeModel& scheme : model.schemes) {
    result.scores.push_back(ScoreOne(model, scheme, findings, length, mostly_quoted));
  }
  std::vector<const SchemeScore*> ranked;
  for (const SchemeScore& s : result.scores) ranked.push_back(&s);
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto* a, const auto* b) { return a->score > b->score; });
  if (ranked.empty()) return result;
  const SchemeScore& top = *ranked[0];
  const SchemeScore none;
  const SchemeScore& second = ranked.size() > 1 ? *ranked[1] : none;
  result.score = top.score;
  if (top.score >= w.lean && top.findings >= w.lean_min_findings) {
    result.id = top.id;
    result.confidence = Confidence(w, top.score, second.score);
    if (second.score > 0) {
      result.runner_up = second.id;
      result.runner_up_score = second.score;
    }
  }
  const auto elite = std::find_if(result.scores.begin(), result.scores.end(),
                                  [](const auto& s) { return s.id == "elite_vs_volk"; });
  result.ground_pattern = result.id != kNoneId && result.id != "elite_vs_volk" &&
                          elite != result.scores.end() &&
                          elite->score >= w.ground_pattern;
  return result;
}

ColumnResult ScoreColumns(const Model& model, const Findings& findings) {
  const ModelWeights& w = model.weights;
  ColumnResult result;
  bool claims_above_parties = false;
  for (const RowModel& row : model.rows) result.rows.push_back({row.id, 0, 0});
  for (const Finding& f : findings) {
    for (size_t r = 0; r < model.rows.size(); ++r) {
      if (Contains(model.rows[r].left, f.category)) result.rows[r].left += f.weight;
      if (Contains(model.rows[r].right, f.category)) result.rows[r].right += f.weight;
    }
    if (!f.negated && !f.quoted && Contains(model.above_parties, f.category)) {
      claims_above_parties = true;
    }
  }
  for (const RowBalance& row : result.rows) {
    result.left_evidence += row.left;
    result.right_evidence += row.right;
  }
  // Condemning, enforcing and calling to action speak in the left column too.
  for (const ColumnModel& column : model.columns) {
    double* side =
        column.id == kLeftColumn ? &result.left_evidence : &result.right_evidence;
    for (const Finding& f : findings)
      *side += Contains(column.evidence, f.category) ? f.weight : 0;
  }
  const double total = result.left_evidence + result.right_evidence;
  if (total > 0) {
    result.left = result.left_evidence / total;
    result.right = result.right_evidence / total;
  }
  if (total >= w.column_min) {
    if (result.left >= w.column_share) result.id = kLeftColumn;
    if (result.right >= w.column_share) result.id = kRightColumn;
  }
  result.above_parties_trap = claims_above_parties && result.id == kLeftColumn;
  return result;
}

}  // namespace wijzij
