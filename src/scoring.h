#pragma once
// Scheme and column scores of one document from its findings.
//
// The rule (documented in the README, "How the scores are computed"):
//  - every finding counts with its entry weight, times 0.25 when negated and
//    0.5 when quoted;
//  - a category with `scheme = <id>` in its header is evidence for that
//    scheme; evidence in a sentence that has both an in-group (group = wij)
//    and an out-group (group = zij) finding, neither negated, counts double:
//    that sentence states the wij-zij opposition itself;
//  - a scheme's score is its evidence per 100 words; the leaning is the top
//    scheme when its score is at least 1.0 and it rests on at least two
//    findings, else "none";
//  - confidence: high when the score is at least 3.0 and at least twice the
//    runner-up, medium when at least 1.5, else low;
//  - column evidence is the summed weight of findings in categories with
//    `column = bruggenbouwer` (left) or `column = midden` (right); left and
//    right are shares of their sum; the column is the side with a share of
//    at least 0.6 when the evidence sums to at least 2, else "none".

#include <string>
#include <vector>

#include "lexicon.h"

namespace wijzij {

struct Finding;

/// Score of one scheme.
struct SchemeScore {
  std::string id;
  double score = 0;      ///< evidence per 100 words
  double evidence = 0;   ///< summed finding weight
  uint32_t findings = 0;
};

/// The leaning of a document.
struct SchemeResult {
  std::string id = "none";           ///< scheme id or "none"
  double score = 0;
  std::string confidence = "none";   ///< none, low, medium or high
  std::string runner_up = "none";
  double runner_up_score = 0;
  std::vector<SchemeScore> scores;   ///< every scheme, in Schemes() order
  uint32_t opposition_sentences = 0; ///< sentences with a wij and a zij finding
};

/// The column balance of a document.
struct ColumnResult {
  std::string id = "none";   ///< bruggenbouwer, midden or none
  double left = 0;           ///< share of left-column evidence, 0..1
  double right = 0;          ///< share of right-column evidence, 0..1
  double left_evidence = 0;
  double right_evidence = 0;
};

/// Scores the schemes from `findings` of a document of `words` words.
SchemeResult ScoreSchemes(const LexiconSet& set, const std::vector<Finding>& findings,
                          uint32_t words);

/// Balances the columns from `findings`.
ColumnResult ScoreColumns(const LexiconSet& set, const std::vector<Finding>& findings);

}  // namespace wijzij
