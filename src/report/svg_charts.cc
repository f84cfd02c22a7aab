#include "report/svg_charts.h"

#include <fmt/format.h>

#include <algorithm>

namespace wijzij {

namespace {

constexpr int kWidth = 520;
constexpr int kLabelWidth = 240;
constexpr int kRowHeight = 24;
constexpr int kTop = 8;
constexpr const char* kLeftColor = "#b35900";   // dark orange, 4.9:1 on white
constexpr const char* kRightColor = "#0a5f9e";  // dark blue, 6.9:1 on white
constexpr const char* kBarColor = "#5b6f86";
constexpr const char* kEmphasisColor = "#1f2d3d";

std::string Open(int height, std::string_view title) {
  return fmt::format(
      "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {1}\" "
      "width=\"{0}\" height=\"{1}\" role=\"img\"><title>{2}</title>",
      kWidth, height, EscapeHtml(title));
}

std::string Number(double value, bool count = false) {
  return count ? fmt::format("{:.0f}", value) : fmt::format("{:.2f}", value);
}

}  // namespace

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string ChartDefinitions() {
  return fmt::format(
      "<svg class=\"defs\" width=\"0\" height=\"0\" aria-hidden=\"true\"><defs>"
      "<pattern id=\"wz-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
      "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"{}\"/>"
      "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#fff\" stroke-width=\"2\"/>"
      "</pattern></defs></svg>",
      kRightColor);
}

std::string BarChart(const std::vector<Bar>& bars, std::string_view title, double marker,
                     std::string_view marker_label, bool counts) {
  const int height = kTop * 2 + kRowHeight * static_cast<int>(bars.size()) + 14;
  const int span = kWidth - kLabelWidth - 50;
  double top = marker;
  for (const Bar& bar : bars) top = std::max(top, bar.value);
  if (top <= 0) top = 1;
  std::string svg = Open(height, title);
  for (size_t i = 0; i < bars.size(); ++i) {
    const Bar& bar = bars[i];
    const int y = kTop + kRowHeight * static_cast<int>(i);
    const int width = static_cast<int>(span * std::max(0.0, bar.value) / top + 0.5);
    svg += fmt::format(
        "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"{}\">{}</text>"
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>"
        "<text x=\"{}\" y=\"{}\">{}</text>",
        kLabelWidth - 6, y + 16, bar.emphasis ? "label strong" : "label",
        EscapeHtml(bar.label), kLabelWidth, y + 4, width, kRowHeight - 8,
        bar.emphasis ? kEmphasisColor : kBarColor, kLabelWidth + width + 4, y + 16,
        Number(bar.value, counts));
  }
  if (marker > 0) {
    const int x = kLabelWidth + static_cast<int>(span * marker / top + 0.5);
    const int bottom = kTop + kRowHeight * static_cast<int>(bars.size());
    svg += fmt::format(
        "<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#000\" "
        "stroke-dasharray=\"4 3\"/><text x=\"{0}\" y=\"{3}\" text-anchor=\"middle\" "
        "class=\"small\">{4}</text>",
        x, kTop - 2, bottom, bottom + 12, EscapeHtml(marker_label));
  }
  return svg + "</svg>";
}

std::string DivergingChart(const std::vector<DivergingBar>& rows, std::string_view title,
                           std::string_view left_name, std::string_view right_name) {
  const int height = kTop + 18 + kRowHeight * static_cast<int>(rows.size()) + kTop;
  const int axis = kLabelWidth + (kWidth - kLabelWidth) / 2;
  const int half = (kWidth - kLabelWidth) / 2 - 34;
  double top = 0;
  for (const DivergingBar& row : rows) top = std::max({top, row.left, row.right});
  if (top <= 0) top = 1;
  std::string svg = Open(height, title);
  svg += fmt::format(
      "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"small\">← {}</text>"
      "<text x=\"{}\" y=\"{}\" class=\"small\">{} →</text>",
      axis - 4, kTop + 8, EscapeHtml(left_name), axis + 4, kTop + 8,
      EscapeHtml(right_name));
  const int first = kTop + 18;
  for (size_t i = 0; i < rows.size(); ++i) {
    const DivergingBar& row = rows[i];
    const int y = first + kRowHeight * static_cast<int>(i);
    const int left = static_cast<int>(half * row.left / top + 0.5);
    const int right = static_cast<int>(half * row.right / top + 0.5);
    svg += fmt::format(
        "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"label\">{}</text>"
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>"
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"url(#wz-hatch)\"/>",
        kLabelWidth - 6, y + 16, EscapeHtml(row.label), axis - left, y + 4, left,
        kRowHeight - 8, kLeftColor, axis, y + 4, right, kRowHeight - 8);
    if (row.left > 0) {
      svg += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"small\">{}</text>",
                         axis - left - 3, y + 15, Number(row.left));
    }
    if (row.right > 0) {
      svg += fmt::format("<text x=\"{}\" y=\"{}\" class=\"small\">{}</text>",
                         axis + right + 3, y + 15, Number(row.right));
    }
  }
  svg += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#000\"/>",
                     axis, first, first + kRowHeight * static_cast<int>(rows.size()));
  return svg + "</svg>";
}

}  // namespace wijzij
