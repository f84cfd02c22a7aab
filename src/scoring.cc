#include "scoring.h"

#include <algorithm>
#include <cmath>

namespace wijzij {

std::string_view ConfidenceId(Confidence confidence) {
  switch (confidence) {
    case Confidence::kLow:
      return "low";
    case Confidence::kMedium:
      return "medium";
    case Confidence::kHigh:
      return "high";
    case Confidence::kNone:
      break;
  }
  return "none";
}

namespace {

// The scheme's summed vocabulary and side weights, the findings they rest
// on and whether the own words name one of its required groups.
SchemeScore ScoreOne(const Model& model, size_t index, const Tally& tally, double length,
                     bool mostly_quoted, bool relays) {
  const SchemeModel& scheme = model.schemes[index];
  const ModelWeights& w = model.weights;
  const double relayed = relays ? w.relayed_scheme : 1;
  SchemeScore s;
  s.id = scheme.id;
  bool names_group = false;
  for (uint32_t c = 0; c < tally.categories(); ++c) {
    const CategoryTally& found = tally.Of(c);
    if (found.findings == 0) continue;
    const double vocabulary = scheme.vocabulary.WeightOf(c);
    const double side = std::max(scheme.wij.WeightOf(c), scheme.zij.WeightOf(c));
    const double weight = found.weight[mostly_quoted] * relayed;
    s.vocabulary += weight * vocabulary;
    s.sides += weight * side;
    if (vocabulary >= w.lean_word || side > 0) s.findings += found.findings;
    names_group = names_group || (scheme.required.Has(c) && found.OwnWords(mostly_quoted) > 0);
  }
  s.opposition = tally.Oppositions(index, mostly_quoted, relays);
  s.ruled_out = !scheme.required.empty() && !names_group;
  s.evidence = w.vocabulary * s.vocabulary + w.side * s.sides +
               scheme.opposition.value_or(w.opposition) * s.opposition;
  s.score = scheme.bias + s.evidence / length;
  return s;
}

// The summed weight of `tally`'s findings, each times its category's weight
// in `list`; with `for_only`, weights against (a learned model's) count 0.
double Weighed(const Tally& tally, const EvidenceList& list, bool mostly_quoted, double relayed,
               bool for_only = false) {
  double sum = 0;
  for (uint32_t c = 0; c < tally.categories(); ++c) {
    const CategoryTally& found = tally.Of(c);
    if (found.findings == 0) continue;
    const double weight = list.WeightOf(c);
    sum += found.weight[mostly_quoted] * relayed * (for_only ? std::max(0.0, weight) : weight);
  }
  return sum;
}

Confidence Rate(const ModelWeights& w, double top, double second) {
  if (top >= w.high && top >= w.margin * second) return Confidence::kHigh;
  if (top >= w.medium) return Confidence::kMedium;
  return Confidence::kLow;
}

// The leaning reinforces the ground pattern when another scheme leans and
// the ground pattern's scheme scores too.
bool ReinforcesGround(const Model& model, const SchemeResult& result) {
  for (size_t i = 0; i < model.schemes.size(); ++i) {
    if (model.schemes[i].ground_pattern)
      return result.id != kNoneId && result.id != model.schemes[i].id &&
             result.scores[i].score >= model.weights.ground_pattern;
  }
  return false;
}

// A learned model scores each column: bias plus its evidence per length;
// the higher wins when above 0, else none.
std::string ScoredColumn(const Model& model, const ColumnModel& left, const ColumnModel& right,
                         const Tally& tally, uint32_t words, bool mostly_quoted,
                         double relayed, ColumnResult* result) {
  const double length = std::pow(std::max(1.0, words / 100.0), model.weights.length_exponent);
  const double scores[2] = {
      *left.bias + Weighed(tally, left.evidence, mostly_quoted, relayed) / length,
      *right.bias + Weighed(tally, right.evidence, mostly_quoted, relayed) / length};
  result->left_score = scores[0];
  result->right_score = scores[1];
  if (std::max(scores[0], scores[1]) <= 0) return std::string(kNoneId);
  return scores[0] >= scores[1] ? left.id : right.id;
}

}  // namespace

SchemeResult ScoreSchemes(const Model& model, const Tally& tally, uint32_t words,
                          bool mostly_quoted, bool relays, bool adopted) {
  const ModelWeights& w = model.weights;
  const double length = std::pow(std::max(1.0, words / 100.0), w.length_exponent);
  SchemeResult result;
  for (size_t i = 0; i < model.schemes.size(); ++i) {
    result.scores.push_back(ScoreOne(model, i, tally, length, mostly_quoted, relays));
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
  const bool leans = top.score >= w.lean && top.findings >= w.lean_min_findings;
  if (leans && (top.ruled_out || !adopted)) {
    result.set_aside = top.id;
    result.not_adopted = !top.ruled_out;
  }
  if (leans && !top.ruled_out && adopted) {
    result.id = top.id;
    result.confidence = Rate(w, top.score, second.score);
    if (second.score > 0) {
      result.runner_up = second.id;
      result.runner_up_score = second.score;
    }
  }
  result.ground_pattern = ReinforcesGround(model, result);
  return result;
}

ColumnResult ScoreColumns(const Model& model, const Tally& tally, uint32_t words,
                          bool mostly_quoted, bool relays, Stance stance) {
  const ModelWeights& w = model.weights;
  const double relayed = relays ? w.relayed : 1;
  ColumnResult result;
  for (const RowModel& row : model.rows) {
    result.rows.push_back({row.id, Weighed(tally, row.left, mostly_quoted, relayed),
                           Weighed(tally, row.right, mostly_quoted, relayed)});
  }
  bool claims_above_parties = false;
  for (const Evidence& e : model.above_parties.items())
    claims_above_parties = claims_above_parties || tally.Of(e.category).plain > 0;
  for (const RowBalance& row : result.rows) {
    result.left_evidence += row.left;
    result.right_evidence += row.right;
  }
  // Condemning, enforcing and calling to action speak in the left column
  // too. The balance shown counts what speaks for a side; a learned
  // model's weights against a side only move its score.
  for (const ColumnModel& column : model.columns) {
    double* side =
        column.side == Side::kLeft ? &result.left_evidence : &result.right_evidence;
    *side += Weighed(tally, column.evidence, mostly_quoted, relayed, true);
  }
  const double total = result.left_evidence + result.right_evidence;
  if (total > 0) {
    result.left = result.left_evidence / total;
    result.right = result.right_evidence / total;
  }
  const ColumnModel* left = model.ColumnOn(Side::kLeft);
  const ColumnModel* right = model.ColumnOn(Side::kRight);
  if (left && right && left->bias && right->bias) {
    result.id =
        ScoredColumn(model, *left, *right, tally, words, mostly_quoted, relayed, &result);
    // A resident or a pole speaks for themselves, and so does a text that
    // sets a wij against a zij in its own words; `none` is for a neutral
    // report or notice (LABELLING.md): when the scores do not decide, such a
    // text with some column evidence (stance_min) that leans left
    // (stance_share) convinces, accuses or appeals. A demand to be listened
    // to is no listening: no right column.
    if (stance != Stance::kNone && result.id == kNoneId && total >= w.stance_min &&
        result.left >= w.stance_share) {
      result.id = left->id;
      result.from_stance = stance;
    }
  } else if (total >= w.column_min) {
    if (left && result.left >= w.column_share) result.id = left->id;
    if (right && result.right >= w.column_share) result.id = right->id;
  }
  result.above_parties_trap = claims_above_parties && left && result.id == left->id;
  return result;
}

}  // namespace wijzij
