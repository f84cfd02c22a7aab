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
                          const Findings& findings, bool mostly_quoted, double relayed) {
  uint32_t count = 0;
  SentenceSides sides;
  uint32_t sentence = 0;
  for (const Finding& f : findings) {
    // Everyday words (politie, de overheid: a low entry weight) are weak
    // evidence on their own and do not make an opposition.
    if (!OwnWords(f, mostly_quoted) || f.weight * relayed < model.weights.strong_label) continue;
    if (f.sentence != sentence) {
      count += sides.Opposed() ? 1 : 0;
      sides = SentenceSides();
      sentence = f.sentence;
    }
    sides.scheme_wij |= scheme.wij.Has(f.category);
    sides.scheme_zij |= scheme.zij.Has(f.category);
    sides.generic_wij |= model.wij_markers.Has(f.category);
    sides.generic_zij |= model.zij_markers.Has(f.category);
  }
  return count + (sides.Opposed() ? 1 : 0);
}

SchemeScore ScoreOne(const Model& model, const SchemeModel& scheme, const Findings& findings,
                     double length, bool mostly_quoted, double relayed) {
  const ModelWeights& w = model.weights;
  SchemeScore s;
  s.id = scheme.id;
  bool names_group = false;
  for (const Finding& f : findings) {
    const double vocabulary = scheme.vocabulary.WeightOf(f.category);
    const double side =
        std::max(scheme.wij.WeightOf(f.category), scheme.zij.WeightOf(f.category));
    s.vocabulary += f.weight * relayed * vocabulary;
    s.sides += f.weight * relayed * side;
    if (vocabulary >= model.weights.lean_word || side > 0) ++s.findings;
    names_group = names_group || (scheme.required.Has(f.category) && OwnWords(f, mostly_quoted));
  }
  s.opposition = CountOppositions(model, scheme, findings, mostly_quoted, relayed);
  s.ruled_out = !scheme.required.empty() && !names_group;
  s.evidence = w.vocabulary * s.vocabulary + w.side * s.sides +
               scheme.opposition.value_or(w.opposition) * s.opposition;
  s.score = scheme.bias + s.evidence / length;
  return s;
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
                         const Findings& findings, uint32_t words, double relayed,
                         ColumnResult* result) {
  const double length = std::pow(std::max(1.0, words / 100.0), model.weights.length_exponent);
  double scores[2] = {*left.bias, *right.bias};
  for (const Finding& f : findings) {
    scores[0] += f.weight * relayed * left.evidence.WeightOf(f.category) / length;
    scores[1] += f.weight * relayed * right.evidence.WeightOf(f.category) / length;
  }
  result->left_score = scores[0];
  result->right_score = scores[1];
  if (std::max(scores[0], scores[1]) <= 0) return std::string(kNoneId);
  return scores[0] >= scores[1] ? left.id : right.id;
}

}  // namespace

SchemeResult ScoreSchemes(const Model& model, const Findings& findings, uint32_t words,
                          bool mostly_quoted, double relayed, bool adopted) {
  const ModelWeights& w = model.weights;
  const double length = std::pow(std::max(1.0, words / 100.0), w.length_exponent);
  SchemeResult result;
  for (const SchemeModel& scheme : model.schemes) {
    result.scores.push_back(ScoreOne(model, scheme, findings, length, mostly_quoted, relayed));
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

ColumnResult ScoreColumns(const Model& model, const Findings& findings, uint32_t words,
                          double relayed, Stance stance) {
  const ModelWeights& w = model.weights;
  ColumnResult result;
  bool claims_above_parties = false;
  for (const RowModel& row : model.rows) result.rows.push_back({row.id, 0, 0});
  for (const Finding& f : findings) {
    for (size_t r = 0; r < model.rows.size(); ++r) {
      result.rows[r].left += f.weight * relayed * model.rows[r].left.WeightOf(f.category);
      result.rows[r].right += f.weight * relayed * model.rows[r].right.WeightOf(f.category);
    }
    if (!f.negated && !f.quoted && model.above_parties.Has(f.category)) {
      claims_above_parties = true;
    }
  }
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
    for (const Finding& f : findings)
      *side += f.weight * relayed * std::max(0.0, column.evidence.WeightOf(f.category));
  }
  const double total = result.left_evidence + result.right_evidence;
  if (total > 0) {
    result.left = result.left_evidence / total;
    result.right = result.right_evidence / total;
  }
  const ColumnModel* left = model.ColumnOn(Side::kLeft);
  const ColumnModel* right = model.ColumnOn(Side::kRight);
  if (left && right && left->bias && right->bias) {
    result.id = ScoredColumn(model, *left, *right, findings, words, relayed, &result);
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
