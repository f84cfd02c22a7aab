// The logistic regression behind `wijzij train`: it separates what is
// separable, keeps a reference class at logit 0, leaves masked weights at 0,
// stays near its prior under a strong penalty, keeps a share of a positive
// prior the data contradicts, and is deterministic.

#include "logistic.h"

#include <doctest/doctest.h>

namespace wijzij {

namespace {

// Two features; class 0 where the first is high, 1 where the second is,
// 2 (the reference, "none") where both are low.
LogisticData ThreeClasses() {
  LogisticData data;
  data.classes = 3;
  for (int i = 0; i < 20; ++i) {
    const double v = 2.0 + 0.1 * i;
    data.features.push_back({v, 0.1});
    data.labels.push_back(0);
    data.features.push_back({0.1, v});
    data.labels.push_back(1);
    data.features.push_back({0.05 * i, 0.05 * (20 - i)});
    data.labels.push_back(2);
  }
  return data;
}

}  // namespace

TEST_CASE("a fit separates separable classes, with none as the reference") {
  const LogisticData data = ThreeClasses();
  LogisticOptions options;
  options.reference = 2;
  const LogisticFit fit = FitLogistic(data, options);
  for (size_t i = 0; i < data.labels.size(); ++i) {
    CAPTURE(i);
    CHECK(PredictLogistic(fit, data.features[i]) == data.labels[i]);
  }
  CHECK(fit.bias[2] == 0);
  CHECK(fit.weights[2][0] == 0);
  CHECK(fit.weights[0][0] > 0);
  CHECK(fit.weights[1][1] > 0);
}

TEST_CASE("a masked weight stays 0") {
  LogisticOptions options;
  options.reference = 2;
  options.mask = {{true, false}, {false, true}, {false, false}};
  const LogisticFit fit = FitLogistic(ThreeClasses(), options);
  CHECK(fit.weights[0][1] == 0);
  CHECK(fit.weights[1][0] == 0);
  CHECK(fit.weights[0][0] > 0);
}

TEST_CASE("a strong penalty keeps the fit at its prior") {
  LogisticOptions options;
  options.reference = 2;
  options.l2 = 1e9;
  options.prior_weights = {{0.7, -0.2}, {0.1, 0.9}, {0, 0}};
  options.prior_bias = {-1.5, -1.2, 0};
  const LogisticFit fit = FitLogistic(ThreeClasses(), options);
  CHECK(fit.weights[0][0] == doctest::Approx(0.7).epsilon(0.01));
  CHECK(fit.weights[0][1] == doctest::Approx(-0.2).epsilon(0.01));
  CHECK(fit.weights[1][1] == doctest::Approx(0.9).epsilon(0.01));
}

TEST_CASE("keep holds a share of a positive prior that the data contradicts") {
  // The prior says the second feature means class 0; the data says class 1.
  LogisticOptions options;
  options.reference = 2;
  options.l2 = 0;
  options.prior_weights = {{0.5, 2.0}, {0, 0}, {0, 0}};
  options.prior_bias = {0, 0, 0};
  const LogisticFit free = FitLogistic(ThreeClasses(), options);
  CHECK(free.weights[0][1] < 1.5);
  options.keep = 0.9;
  const LogisticFit kept = FitLogistic(ThreeClasses(), options);
  CHECK(kept.weights[0][1] >= doctest::Approx(1.8));
}

TEST_CASE("a fit is the same every time") {
  LogisticOptions options;
  options.steps = 500;
  const LogisticFit a = FitLogistic(ThreeClasses(), options);
  const LogisticFit b = FitLogistic(ThreeClasses(), options);
  CHECK(a.weights == b.weights);
  CHECK(a.bias == b.bias);
}

}  // namespace wijzij
