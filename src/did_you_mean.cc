#include "did_you_mean.h"

#include <fmt/format.h>

#include <algorithm>

namespace wijzij {

namespace {

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// A short start names one id when no other starts the same way: "orde" for
// "orde_vs_relschoppers".
std::string OnlyCompletion(const std::string& value,
                           const std::vector<std::string>& candidates) {
  if (value.size() < 3) return "";
  std::string found;
  for (const std::string& c : candidates) {
    if (!c.starts_with(value)) continue;
    if (!found.empty()) return "";
    found = c;
  }
  return found;
}

}  // namespace

std::string DidYouMean(const std::string& value, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_distance = 3;
  for (const std::string& c : candidates) {
    const size_t d = EditDistance(value, c);
    if (d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  return best.empty() ? OnlyCompletion(value, candidates) : best;
}

std::string DidYouMeanHint(const std::string& value,
                           const std::vector<std::string>& candidates) {
  const std::string near = DidYouMean(value, candidates);
  return near.empty() ? "" : fmt::format("; did you mean '{}'?", near);
}

}  // namespace wijzij
