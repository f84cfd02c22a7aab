#pragma once
// Reading incoming messages (and drafts) for what lies under the anger: the
// five distrust narratives (seed 001), the axis of the opposition, vertical
// against government or horizontal against other residents (seed 003), the
// polarising themes, where the attention goes (poles or middle), and
// intimidation of officials (seed 004). Every dimension is data: the model
// file names each class, the categories that are its evidence and the
// threshold that makes it present (model.h, ReadingModel).
//
//   evidence(class) = summed weight of the document's findings in the
//                     class's categories (negated and quoted ones weigh less)
//   present         = evidence >= threshold (and, when the class says so, a
//                     finding of a required category: an axis needs an
//                     opposition, not just the word "gemeente"), and no
//                     finding of a category the class names as `unless` (a
//                     text in which the government says "we" has no
//                     vertical axis)
//   narratives, themes: every present class, strongest first
//   axis, attention:    the strongest present class, if it beats the others
//   intimidation:       any present class flags the document

#include <cstdint>
#include <string>
#include <vector>

#include "model.h"
#include "scoring.h"

namespace wijzij {

/// Evidence for one class of a reading dimension.
struct SignalScore {
  std::string id;
  double evidence = 0;
  uint32_t findings = 0;
};

struct ReadingResult {
  std::vector<SignalScore> narratives;  ///< present ones, strongest first
  std::vector<SignalScore> themes;      ///< present ones, strongest first
  std::string axis;                     ///< an axis id, or "none"
  std::vector<SignalScore> axis_scores;  ///< every axis class, in model order
  std::string attention;                 ///< an attention id, or "none"
  std::vector<SignalScore> attention_scores;
  std::vector<SignalScore> intimidation;  ///< present classes; non-empty flags it

  bool intimidating() const { return !intimidation.empty(); }
};

ReadingResult ScoreReading(const ReadingModel& model, const Findings& findings);

}  // namespace wijzij
