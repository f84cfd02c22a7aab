#pragma once
// Scheme and column scores of one document from its findings, as the model
// (model.h) says. Every number can be traced to findings:
//
//  - each finding counts with its entry weight, times `negated` when a
//    negation governs it and `quoted` inside a quotation (analysis.cc);
//  - for each scheme: V = summed weight of its vocabulary findings,
//    S = summed weight of its group labels (both sides), O = number of
//    sentences where its two sides meet (a wij label and a zij label of the
//    scheme, or one of them with a generic wij/zij marker), counting only
//    findings with an entry weight of at least 0.5 (an everyday word such as
//    "politie" does not make an opposition) that are neither negated nor
//    quoted (quoted ones do count when
//    a quotation makes up at least `quoted_majority` of the text);
//  - evidence = vocabulary*V + side*S + opposition*O, and
//    score = evidence / max(1, words/100)^length_exponent;
//  - the document leans to the top scheme when its score is at least `lean`
//    and it rests on at least `lean_min_findings` findings, else "none";
//    confidence is high when the score is at least `high` and at least
//    `margin` times the runner-up, medium when at least `medium`, else low;
//  - columns: each row's left and right evidence is the summed weight of its
//    left and right categories; a column's own `evidence` categories (e.g.
//    moralising and enforcement for the left) add to its side; the column is
//    the side holding at least
//    `column_share` of all row evidence when that evidence is at least
//    `column_min`, else "none".

#include <string>
#include <vector>

#include "finding.h"
#include "lexicon.h"
#include "model.h"

namespace wijzij {

/// Score of one scheme with the parts it is made of.
struct SchemeScore {
  std::string id;
  double score = 0;
  double evidence = 0;
  double vocabulary = 0;    ///< V
  double sides = 0;         ///< S
  uint32_t opposition = 0;  ///< O
  uint32_t findings = 0;    ///< findings that contributed
};

/// The leaning of a document.
struct SchemeResult {
  std::string id = "none";
  double score = 0;
  std::string confidence = "none";  ///< none, low, medium or high
  std::string runner_up = "none";
  double runner_up_score = 0;
  bool ground_pattern =
      false;  ///< leans to one of the first three with elite_vs_volk present
  std::vector<SchemeScore> scores;  ///< every scheme, in model order
};

/// One row of the communication table.
struct RowBalance {
  std::string id;
  double left = 0;
  double right = 0;
};

/// The column balance of a document.
struct ColumnResult {
  std::string id = "none";  ///< bruggenbouwer, midden or none
  double left = 0;          ///< share of left-column evidence, 0..1
  double right = 0;
  double left_evidence = 0;
  double right_evidence = 0;
  std::vector<RowBalance> rows;     ///< in model order
  bool above_parties_trap = false;  ///< claims to stand above the parties, speaks left
};

/// `mostly_quoted`: quoted findings count as the text's own voice.
SchemeResult ScoreSchemes(const Model& model, const Findings& findings,
                          uint32_t words, bool mostly_quoted = false);

ColumnResult ScoreColumns(const Model& model, const Findings& findings);

}  // namespace wijzij
