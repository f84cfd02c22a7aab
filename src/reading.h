#pragma once
// The reading dimensions of a document: what lies under the anger of an
// incoming message (the five distrust narratives of seed 001, the axis of
// the opposition of seed 003, the polarising themes, intimidation of
// officials of seed 004) and where a draft's attention goes (seed 000).
// Each dimension is data: the model file names its classes, the categories
// that are their evidence and how a class is chosen (model.h); this file
// knows no dimension by name.
//
//   evidence(class) = summed weight of the document's findings in the
//                     class's categories, each times its weight in the list
//                     (negated and quoted findings weigh less)
//   present         = evidence >= threshold (and, when the class says so, a
//                     finding of a required category: an axis needs an
//                     opposition, not just the word "gemeente"), and no
//                     finding of a category the class names as `unless` (a
//                     text in which the government says "we" has no
//                     vertical axis)
//   select = all:       every present class, strongest first
//   select = strongest: the strongest present class, if it beats the others
//   select = flag:      every present class; any flags the document
//   select = argmax:    the class with the most evidence, always one; a
//                       close call when it leads the next by less than
//                       the dimension's close_margin
//
// A `strongest` dimension left with no class takes the class whose
// `schemes` names the scheme the text leans to (FollowScheme), if any.
//
// A class's evidence starts at its bias; with scale = words it is counted
// per 100 words.

#include <cstdint>
#include <string>
#include <vector>

#include "model.h"
#include "tally.h"

namespace wijzij {

/// Evidence for one class of a reading dimension.
struct ClassScore {
  std::string id;
  double evidence = 0;
  uint32_t findings = 0;
  bool ruled_out = false;  ///< its `requires` unmet or an `unless` found
  bool from_scheme = false;  ///< chosen for the scheme the text leans to (FollowScheme)
  bool given = false;        ///< given by the user (GiveClass), not read from the words
};

/// One dimension of one document.
struct DimensionResult {
  std::vector<ClassScore> scores;    ///< every class, in model order
  std::vector<ClassScore> selected;  ///< what the selection rule keeps, strongest first
  /// select = argmax: the next class not ruled out and how far the choice
  /// leads it; `close` when that lead is under the dimension's close_margin
  /// (the words barely decide, and a user who knows the sender should say).
  std::string runner_up;
  double margin = 0;
  bool close = false;

  /// The chosen class of a `strongest` dimension, or "none".
  std::string Choice() const;
  bool Flagged() const { return !selected.empty(); }
};

/// Every dimension of `model`, in model order, for a text of `words` words.
std::vector<DimensionResult> ScoreDimensions(const Model& model, const Tally& tally,
                                             uint32_t words, bool mostly_quoted);

/// Gives a `strongest` dimension that chose no class the class whose
/// `schemes` names `scheme`, the scheme the text leans to: its opposition
/// says where the axis lies when the words alone do not.
void FollowScheme(const Model& model, const std::string& scheme,
                  std::vector<DimensionResult>* dimensions);

/// Makes `class_id` the one class of dimension `dimension_id`, whatever the
/// words said: the user knows whose voice a text is (--voice). Returns false
/// when the model has no such dimension or class.
bool GiveClass(const Model& model, std::string_view dimension_id, std::string_view class_id,
               std::vector<DimensionResult>* dimensions);

/// Why `voice` cannot be given ("unknown voice 'x'; did you mean 'y'? (one
/// of: ...)"), or empty when it is a voice class of `model` or empty.
std::string VoiceProblem(const Model& model, const std::string& voice);

}  // namespace wijzij
