#include "logistic.h"

#include <algorithm>
#include <cmath>

namespace wijzij {

namespace {

struct Scaling {
  std::vector<double> mean, scale;
};

Scaling Standardise(const std::vector<std::vector<double>>& x, size_t features) {
  Scaling s{std::vector<double>(features, 0), std::vector<double>(features, 0)};
  const double n = static_cast<double>(std::max<size_t>(x.size(), 1));
  for (const auto& row : x)
    for (size_t j = 0; j < features; ++j) s.mean[j] += row[j] / n;
  for (const auto& row : x)
    for (size_t j = 0; j < features; ++j) s.scale[j] += (row[j] - s.mean[j]) * (row[j] - s.mean[j]) / n;
  for (double& v : s.scale) v = v > 1e-12 ? std::sqrt(v) : 1.0;
  return s;
}

// Class probabilities for one standardised sample.
void Softmax(const LogisticFit& fit, const std::vector<double>& z, std::vector<double>* p) {
  double top = -INFINITY;
  for (size_t k = 0; k < fit.bias.size(); ++k) {
    double logit = fit.bias[k];
    for (size_t j = 0; j < z.size(); ++j) logit += fit.weights[k][j] * z[j];
    (*p)[k] = logit;
    top = std::max(top, logit);
  }
  double sum = 0;
  for (double& v : *p) sum += v = std::exp(v - top);
  for (double& v : *p) v /= sum;
}

// Per-sample weights: the inverse frequency of each class.
std::vector<double> SampleWeights(const LogisticData& data, bool balanced) {
  std::vector<double> count(data.classes, 0);
  for (size_t y : data.labels) count[y] += 1.0;
  size_t present = 0;
  for (double c : count) present += c > 0 ? 1 : 0;
  std::vector<double> w(data.labels.size(), 1.0);
  if (!balanced) return w;
  for (size_t i = 0; i < w.size(); ++i)
    w[i] = static_cast<double>(data.labels.size()) /
           (static_cast<double>(present) * count[data.labels[i]]);
  return w;
}

// Adam on the mean weighted log loss plus the L2 penalty.
class Optimiser {
 public:
  explicit Optimiser(size_t size) : m_(size, 0), v_(size, 0) {}

  void Step(std::vector<double*> params, const std::vector<double>& gradient, double rate) {
    ++t_;
    const double b1 = 0.9, b2 = 0.999;
    for (size_t i = 0; i < params.size(); ++i) {
      m_[i] = b1 * m_[i] + (1 - b1) * gradient[i];
      v_[i] = b2 * v_[i] + (1 - b2) * gradient[i] * gradient[i];
      const double m = m_[i] / (1 - std::pow(b1, t_)), v = v_[i] / (1 - std::pow(b2, t_));
      *params[i] -= rate * m / (std::sqrt(v) + 1e-8);
    }
  }

 private:
  std::vector<double> m_, v_;
  double t_ = 0;
};

// Projects the weights back above `keep` times their positive prior (both in
// standardised units, so the share is the same in raw units).
void KeepShareOfPrior(const std::vector<std::vector<double>>& prior, double keep,
                      std::vector<std::vector<double>>* weights) {
  if (keep <= 0) return;
  for (size_t k = 0; k < prior.size(); ++k)
    for (size_t j = 0; j < prior[k].size(); ++j)
      if (prior[k][j] > 0) (*weights)[k][j] = std::max((*weights)[k][j], keep * prior[k][j]);
}

}  // namespace

LogisticFit FitLogistic(const LogisticData& data, const LogisticOptions& options) {
  const size_t n = data.features.size(), k_count = data.classes;
  const size_t features = n ? data.features[0].size() : 0;
  const Scaling scaling = Standardise(data.features, features);
  std::vector<std::vector<double>> z = data.features;
  for (auto& row : z)
    for (size_t j = 0; j < features; ++j) row[j] = (row[j] - scaling.mean[j]) / scaling.scale[j];
  LogisticFit fit{std::vector<std::vector<double>>(k_count, std::vector<double>(features, 0)),
                  std::vector<double>(k_count, 0)};
  // The prior in standardised units: w_z = w * scale, b_z = b + sum w * mean.
  std::vector<std::vector<double>> prior(k_count, std::vector<double>(features, 0));
  if (!options.prior_weights.empty()) {
    for (size_t k = 0; k < k_count; ++k) {
      fit.bias[k] = options.prior_bias.empty() ? 0 : options.prior_bias[k];
      for (size_t j = 0; j < features; ++j) {
        prior[k][j] = options.prior_weights[k][j] * scaling.scale[j];
        fit.weights[k][j] = prior[k][j];
        fit.bias[k] += options.prior_weights[k][j] * scaling.mean[j];
      }
    }
  }
  const std::vector<double> sample = SampleWeights(data, options.balanced);
  std::vector<double*> params;
  auto used = [&](size_t k, size_t j) { return options.mask.empty() || options.mask[k][j]; };
  for (size_t k = 0; k < k_count; ++k) {
    if (options.reference == k) continue;
    for (size_t j = 0; j < features; ++j)
      if (used(k, j)) params.push_back(&fit.weights[k][j]);
    params.push_back(&fit.bias[k]);
  }
  Optimiser optimiser(params.size());
  std::vector<double> p(k_count), gradient(params.size());
  const double scale = 1.0 / static_cast<double>(std::max<size_t>(n, 1));
  for (size_t step = 0; step < options.steps; ++step) {
    std::vector<std::vector<double>> gw(k_count, std::vector<double>(features, 0));
    std::vector<double> gb(k_count, 0);
    for (size_t i = 0; i < n; ++i) {
      Softmax(fit, z[i], &p);
      for (size_t k = 0; k < k_count; ++k) {
        const double error = sample[i] * (p[k] - (data.labels[i] == k ? 1.0 : 0.0)) * scale;
        gb[k] += error;
        for (size_t j = 0; j < features; ++j) gw[k][j] += error * z[i][j];
      }
    }
    size_t g = 0;
    for (size_t k = 0; k < k_count; ++k) {
      if (options.reference == k) continue;
      for (size_t j = 0; j < features; ++j)
        if (used(k, j))
          gradient[g++] = gw[k][j] + options.l2 * scale * (fit.weights[k][j] - prior[k][j]);
      gradient[g++] = gb[k];
    }
    optimiser.Step(params, gradient, options.learning_rate * 0.1);
    KeepShareOfPrior(prior, options.keep, &fit.weights);
  }
  // Back to the units of the raw features.
  for (size_t k = 0; k < k_count; ++k) {
    for (size_t j = 0; j < features; ++j) {
      fit.weights[k][j] /= scaling.scale[j];
      fit.bias[k] -= fit.weights[k][j] * scaling.mean[j];
    }
  }
  return fit;
}

size_t PredictLogistic(const LogisticFit& fit, const std::vector<double>& features) {
  size_t best = 0;
  double best_logit = -INFINITY;
  for (size_t k = 0; k < fit.bias.size(); ++k) {
    double logit = fit.bias[k];
    for (size_t j = 0; j < features.size(); ++j) logit += fit.weights[k][j] * features[j];
    if (logit > best_logit) {
      best_logit = logit;
      best = k;
    }
  }
  return best;
}

}  // namespace wijzij
