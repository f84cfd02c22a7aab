#pragma once
// Inline suppressions: markers in the text itself, for a line or a region,
// for all categories or the ones named. A marker stands on a line of its
// own, bare or inside an HTML/Markdown comment, or as a comment at the end
// of the line it silences:
//
//   Tekst. <!-- wijzij-disable-line zij -->    this line, that category
//   wijzij-disable-next-line moraliserend      the next line, that category
//   <!-- wijzij-disable directief handhaving -->  until wijzij-enable (or the end)
//   <!-- wijzij-enable -->                     ends every open region
//
// Suppressed findings do not count toward densities, scores or --fail-on;
// the report counts them and --show-suppressed lists them.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wijzij {

/// Lines [first_line, last_line] (1-based, inclusive) in which the named
/// categories (all when empty) are suppressed.
struct Suppression {
  uint32_t first_line = 0;
  uint32_t last_line = 0;
  std::vector<std::string> categories;
  uint32_t marker_line = 0;  ///< where the marker stands
};

/// A category name in a marker, with its position, for unknown-name warnings.
struct MarkerName {
  std::string category;
  uint32_t line = 0;
  uint32_t column = 0;
};

struct SuppressionSet {
  std::vector<Suppression> ranges;
  std::vector<MarkerName> names;
  std::vector<std::pair<size_t, size_t>> marker_lines;  ///< byte ranges of the markers

  /// True when `category` is suppressed on `line`.
  bool Covers(uint32_t line, std::string_view category) const;
};

/// `bytes` with every marker line blanked to spaces (line ends kept), so the
/// markers are not analysed and every offset still points into `bytes`.
std::string WithoutMarkers(std::string_view bytes, const SuppressionSet& set);

/// Finds every marker line in `text` (offsets from `text_start`, lines as
/// the tokenizer counts them).
SuppressionSet FindSuppressions(std::string_view bytes, size_t text_start = 0);

}  // namespace wijzij
