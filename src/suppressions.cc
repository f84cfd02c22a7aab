#include "suppressions.h"

#include <algorithm>
#include <limits>

namespace wijzij {

namespace {

constexpr uint32_t kEndOfText = std::numeric_limits<uint32_t>::max();

std::string_view TrimSpace(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// The marker text of a line ("wijzij-disable a b"), without a comment
// around it, or empty when the line is no marker.
std::string_view MarkerOf(std::string_view line) {
  line = TrimSpace(line);
  if (line.starts_with("<!--") && line.ends_with("-->")) {
    line = TrimSpace(line.substr(4, line.size() - 7));
  }
  return line.starts_with("wijzij-") ? line : std::string_view();
}

// A same-line marker: "<!-- wijzij-disable-line a b -->" ending a line of
// text. Returns the marker text and sets `comment_begin` to the byte where
// the comment starts in `line`; empty when the line ends in no such comment.
std::string_view TrailingMarkerOf(std::string_view line, size_t* comment_begin) {
  const std::string_view trimmed = TrimSpace(line);
  if (!trimmed.ends_with("-->")) return {};
  const size_t open = trimmed.rfind("<!--");
  if (open == std::string_view::npos) return {};
  const std::string_view inner =
      TrimSpace(trimmed.substr(open + 4, trimmed.size() - open - 7));
  if (!inner.starts_with("wijzij-disable-line")) return {};
  const std::string_view rest = inner.substr(std::string_view("wijzij-disable-line").size());
  if (!rest.empty() && rest.front() != ' ' && rest.front() != '\t') return {};
  *comment_begin = static_cast<size_t>(trimmed.data() - line.data()) + open;
  return inner;
}

struct Marker {
  std::string_view command;
  std::vector<std::pair<std::string_view, size_t>> names;  ///< name, byte in line
};

Marker Split(std::string_view marker, std::string_view line) {
  Marker m;
  size_t pos = 0;
  while (pos < marker.size()) {
    const size_t begin = marker.find_first_not_of(" \t", pos);
    if (begin == std::string_view::npos) break;
    const size_t end = std::min(marker.find_first_of(" \t", begin), marker.size());
    const std::string_view word = marker.substr(begin, end - begin);
    if (m.command.empty()) {
      m.command = word;
    } else {
      m.names.emplace_back(word, static_cast<size_t>(word.data() - line.data()));
    }
    pos = end;
  }
  return m;
}

uint32_t Columns(std::string_view prefix) {
  uint32_t n = 0;
  for (char c : prefix) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

}  // namespace

bool SuppressionSet::Covers(uint32_t line, std::string_view category) const {
  for (const Suppression& s : ranges) {
    if (line < s.first_line || line > s.last_line) continue;
    if (s.categories.empty()) return true;
    if (std::find(s.categories.begin(), s.categories.end(), category) !=
        s.categories.end()) {
      return true;
    }
  }
  return false;
}

std::string WithoutMarkers(std::string_view bytes, const SuppressionSet& set) {
  std::string out(bytes);
  for (const auto& [begin, end] : set.marker_lines) {
    std::fill(out.begin() + static_cast<std::ptrdiff_t>(begin),
              out.begin() + static_cast<std::ptrdiff_t>(end), ' ');
  }
  return out;
}

SuppressionSet FindSuppressions(std::string_view bytes, size_t text_start) {
  SuppressionSet set;
  std::vector<size_t> open;  // indices of regions still open
  uint32_t line_number = 0;
  size_t begin = text_start;
  while (begin <= bytes.size()) {
    size_t end = bytes.find_first_of("\r\n", begin);
    if (end == std::string_view::npos) end = bytes.size();
    ++line_number;
    const std::string_view line = bytes.substr(begin, end - begin);
    size_t comment = 0;
    if (const std::string_view trailing = TrailingMarkerOf(line, &comment); !trailing.empty()) {
      set.marker_lines.emplace_back(begin + comment, end);
      std::vector<std::string> names;
      for (const auto& [name, at] : Split(trailing, line).names) {
        names.emplace_back(name);
        set.names.push_back({std::string(name), line_number, Columns(line.substr(0, at)) + 1});
      }
      set.ranges.push_back({line_number, line_number, names, line_number});
    } else if (const std::string_view marker = MarkerOf(line); !marker.empty()) {
      set.marker_lines.emplace_back(begin, end);
      const Marker m = Split(marker, line);
      std::vector<std::string> names;
      for (const auto& [name, at] : m.names) {
        names.emplace_back(name);
        set.names.push_back(
            {std::string(name), line_number, Columns(line.substr(0, at)) + 1});
      }
      if (m.command == "wijzij-disable-next-line") {
        set.ranges.push_back({line_number + 1, line_number + 1, names, line_number});
      } else if (m.command == "wijzij-disable") {
        set.ranges.push_back({line_number + 1, kEndOfText, names, line_number});
        open.push_back(set.ranges.size() - 1);
      } else if (m.command == "wijzij-enable") {
        for (size_t i : open) set.ranges[i].last_line = line_number;
        open.clear();
      }
    }
    if (end >= bytes.size()) break;
    begin =
        end +
        (bytes[end] == '\r' && end + 1 < bytes.size() && bytes[end + 1] == '\n' ? 2 : 1);
  }
  return set;
}

}  // namespace wijzij
