#pragma once
// `wijzij train LABELS`: fits the model's weights on labelled texts (a
// labels file as for eval, eval.h) and writes the model file with them, so
// fitting weights means writing a model file, not changing code, and every
// score still traces to findings.
//
// For each labelled field the model answers, a multinomial logistic
// regression with an L2 penalty (logistic.h, settings in [train]) over the
// summed finding weights per category, per 100 words for a dimension with
// scale = words and per max(1, words/100)^length_exponent for schemes and
// columns:
//
//  - a dimension that picks one class (select = argmax, or strongest with
//    none as the reference) over the categories its classes name: each
//    class gets evidence weights for all of them and a bias;
//  - schemes, with none as the reference: each scheme over the categories
//    of its vocabulary, wij and zij lists and its oppositions; the learned
//    weights become its vocabulary, its opposition weight and its bias, and
//    [weights] side, lean and the confidence levels move to the learned
//    scale;
//  - columns, with none as the reference: each column over its evidence
//    categories and its side of every row; the weights become its evidence
//    and a bias, which makes the column scored (model.h).
//
// Dimensions are fitted first, then the texts are read again with them (a
// relaying voice changes the weights schemes and columns see).

#include <string>

#include "exit_code.h"
#include "lexicon.h"
#include "model.h"

namespace wijzij {

struct TrainOptions {
  std::string labels;      ///< the labels file
  std::string split;       ///< keep only this split; empty keeps all
  std::string model_path;  ///< the model to start from; empty: the shipped one
  std::string output;      ///< where to write the model; empty: standard output
};

ExitCode RunTrain(const TrainOptions& options, const LexiconSet& lexicons, const Model& model);

}  // namespace wijzij
