#pragma once
// Scheme and column scores of one document from its findings, summed by
// category as they were found (tally.h), as the model (model.h) says. Every
// number can be traced to findings:
//
//  - each finding counts with its entry weight, times `negated` when a
//    negation governs it and `quoted` inside a quotation (analysis.cc),
//    times `relayed_scheme` (schemes) or `relayed` (columns) when the
//    text's voice relays others, and times the weight its category has in
//    the model list that names it;
//  - for each scheme: V = weighted sum of its vocabulary findings,
//    S = weighted sum of its group labels (both sides), O = number of
//    sentences where its two sides meet (a wij label and a zij label of the
//    scheme, or one of them with a generic wij/zij marker), counting only
//    findings with an entry weight of at least `strong_label` (an everyday
//    word such as "politie" does not make an opposition) that are neither
//    negated nor quoted (quoted ones do count when a quotation makes up at
//    least `quoted_majority` of the text);
//  - evidence = vocabulary*V + side*S + opposition*O, and
//    score = evidence / max(1, words/100)^length_exponent;
//  - the document leans to the top scheme when its score is at least `lean`
//    and it rests on at least `lean_min_findings` findings of categories
//    that weigh at least `lean_word` in the scheme, else "none";
//    confidence is high when the score is at least `high` and at least
//    `margin` times the runner-up, medium when at least `medium`, else low;
//    it reinforces the ground pattern when the scheme the model marks so
//    scores at least `ground_pattern` beside another leaning;
//  - columns: each row's left and right evidence is the weighted sum of its
//    left and right categories; a column's own `evidence` categories (e.g.
//    moralising and enforcement for the left) add to its side; the column is
//    the side holding at least `column_share` of all row evidence when that
//    evidence is at least `column_min`, else "none". A learned model gives
//    each column a bias: the column is then the one whose bias plus its own
//    evidence per length (as for schemes) is highest, when above 0.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model.h"
#include "tally.h"

namespace wijzij {

/// How sure the leaning of a document is.
enum class Confidence { kNone, kLow, kMedium, kHigh };

/// The stable id of a confidence in JSON and SARIF: none, low, medium, high.
std::string_view ConfidenceId(Confidence confidence);

/// Score of one scheme with the parts it is made of.
struct SchemeScore {
  std::string id;
  double score = 0;
  double evidence = 0;
  double vocabulary = 0;    ///< V
  double sides = 0;         ///< S
  uint32_t opposition = 0;  ///< O
  uint32_t findings = 0;    ///< findings that contributed
  bool ruled_out = false;   ///< none of the scheme's `requires` in the own words
};

/// The leaning of a document.
struct SchemeResult {
  std::string id = "none";
  double score = 0;
  Confidence confidence = Confidence::kNone;
  std::string runner_up = "none";
  double runner_up_score = 0;
  bool ground_pattern = false;  ///< leans to a scheme with the ground pattern present
  /// The top scheme that would have been chosen but whose group the text's
  /// own words do not name (`requires`), or that a relaying voice does not
  /// adopt (ClassModel::adopts), or none.
  std::string set_aside = "none";
  bool not_adopted = false;  ///< set aside for the voice, not for the group
  std::vector<SchemeScore> scores;  ///< every scheme, in model order
};

/// One row of the communication table.
struct RowBalance {
  std::string id;
  double left = 0;
  double right = 0;
};

/// Who in a text takes a stance of its own, so that its column is left when
/// the scores leave it open and it leans left: its voice (a resident, a pole:
/// ClassModel::stance) or the scheme it was read in (SchemeModel::stance).
enum class Stance { kNone, kVoice, kScheme };

/// The column balance of a document.
struct ColumnResult {
  std::string id = "none";  ///< a column id of the model, or none
  double left = 0;          ///< share of left-column evidence, 0..1
  double right = 0;
  double left_evidence = 0;
  double right_evidence = 0;
  std::vector<RowBalance> rows;     ///< in model order
  bool above_parties_trap = false;  ///< claims to stand above the parties, speaks left
  /// A learned model's column scores (ColumnModel::bias); 0 otherwise.
  double left_score = 0, right_score = 0;
  /// Who took the stance the column comes from, when not the scores.
  Stance from_stance = Stance::kNone;
};

/// `mostly_quoted`: quoted findings count as the text's own voice.
/// `relays`: the text relays others; every finding counts `relayed_scheme`.
/// `adopted`: false for a relaying text without a judging word of its own or
/// of the speaker it relays; its top scheme is set aside, not chosen.
SchemeResult ScoreSchemes(const Model& model, const Tally& tally, uint32_t words,
                          bool mostly_quoted = false, bool relays = false, bool adopted = true);

/// `relays`: the text relays others; every finding counts `relayed`.
/// `stance`: who in the text takes a side, if anyone.
ColumnResult ScoreColumns(const Model& model, const Tally& tally, uint32_t words,
                          bool mostly_quoted = false, bool relays = false,
                          Stance stance = Stance::kNone);

}  // namespace wijzij
