#pragma once
// Multinomial logistic regression with an L2 penalty, for `wijzij train`:
// fits one weight per (class, feature) and one intercept per class, so that
// the model file can hold them as evidence weights and biases and every
// score still traces to findings. Deterministic: full-batch gradient descent
// on standardised features from zeros, a fixed number of steps.
//
//   LogisticData data{.features = {...}, .labels = {...}, .classes = 3};
//   LogisticFit fit = FitLogistic(data, {.l2 = 1.0});
//   fit.weights[k][j], fit.bias[k]   // in the units of the raw features
//
// With `reference` set, that class's logit is fixed at 0 (its weights and
// intercept stay 0): the "none" of a scheme or a column, which the scoring
// reaches when no class scores above 0.

#include <cstddef>
#include <optional>
#include <vector>

namespace wijzij {

struct LogisticData {
  std::vector<std::vector<double>> features;  ///< [sample][feature]
  std::vector<size_t> labels;                 ///< [sample], in 0..classes-1
  size_t classes = 0;
};

struct LogisticOptions {
  double l2 = 1.0;                  ///< penalty on the standardised weights
  size_t steps = 4000;
  double learning_rate = 0.5;
  std::optional<size_t> reference;  ///< a class whose logit is fixed at 0
  /// Weight each sample by the inverse frequency of its class, so that a
  /// rare class counts as much as a common one (what macro-F1 rewards).
  bool balanced = true;
  /// [class][feature]: false keeps that weight at 0 (a scheme is scored by
  /// the categories the model names for it only). Empty: every weight.
  std::vector<std::vector<bool>> mask;
  /// Where the fit starts and what the penalty pulls toward: the weights the
  /// model has now, in raw units ([class][feature] and [class]). Empty: 0.
  /// A fit anchored so improves on the hand-set model instead of replacing it.
  std::vector<std::vector<double>> prior_weights;
  std::vector<double> prior_bias;
  /// A weight whose prior is positive stays at or above this share of it.
  double keep = 0;
};

struct LogisticFit {
  std::vector<std::vector<double>> weights;  ///< [class][feature]
  std::vector<double> bias;                  ///< [class]
};

LogisticFit FitLogistic(const LogisticData& data, const LogisticOptions& options);

/// The class with the highest logit for `features`.
size_t PredictLogistic(const LogisticFit& fit, const std::vector<double>& features);

}  // namespace wijzij
