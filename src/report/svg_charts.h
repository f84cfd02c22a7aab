#pragma once
// Inline SVG charts for the HTML report: no scripts, no external files, so
// a report can be mailed and printed. Each chart has a <title> and a text
// label beside every bar, so nothing is told by colour alone.
//
//   std::string svg = BarChart({{"orde_vs_relschoppers", 2.4, ""}}, "Scores", 1.5);

#include <string>
#include <string_view>
#include <vector>

namespace wijzij {

struct Bar {
  std::string label;
  double value = 0;
  bool emphasis = false;  ///< drawn darker and labelled bold (the leaning)
};

/// Horizontal bars scaled to the largest value; `marker` (when > 0) draws a
/// dashed line at that value, named `marker_label`. With `counts` the values
/// are printed as whole numbers.
std::string BarChart(const std::vector<Bar>& bars, std::string_view title,
                     double marker = 0, std::string_view marker_label = "",
                     bool counts = false);

struct DivergingBar {
  std::string label;
  double left = 0;
  double right = 0;
};

/// Rows with their left value drawn leftward and their right value
/// rightward from a common axis; left bars solid, right bars hatched.
std::string DivergingChart(const std::vector<DivergingBar>& rows, std::string_view title,
                           std::string_view left_name, std::string_view right_name);

/// Shared definitions (the hatch of right-hand bars), once per page.
std::string ChartDefinitions();

/// Text made safe for HTML and XML content and attribute values.
std::string EscapeHtml(std::string_view text);

}  // namespace wijzij
