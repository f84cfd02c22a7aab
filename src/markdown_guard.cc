#include "markdown_guard.h"

#include <algorithm>
#include <string>

namespace wijzij {

namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// ASCII punctuation that is never part of a word: cutting between two of
// these splits no word.
bool IsMark(char c) {
  return c != '.' && c != '-' && c != '\'' && c > ' ' && c < 0x7F &&
         !(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z');
}

class MarkdownGuard {
 public:
  MarkdownGuard(
      std::string_view text, size_t start,
      const std::function<void(std::string_view, size_t, size_t)>& parse,
      size_t window_bytes)
      : guarded_(text), begin_(start), parse_(parse),
        window_(std::max<size_t>(window_bytes, 1)) {}

  void Run() {
    size_t line = begin_;
    bool previous_blank = false;
    while (line < guarded_.size()) {
      size_t end = guarded_.find('\n', line);
      if (end == std::string::npos) end = guarded_.size();
      const bool outside = !in_fence_ && !in_comment_;
      if (outside) CapMarkers(line, end);
      const bool at_margin = line < end && !IsBlank(guarded_[line]) && guarded_[line] != '\r';
      if (outside && at_margin) LineStart(line, previous_blank);
      Track(line, end);
      if (outside && end > begin_ + 2 * window_) CutInLine(line, end);
      previous_blank = IsBlankLine(line, end);
      line = end + 1;
    }
    parse_(guarded_, begin_, guarded_.size());
  }

 private:
  bool IsBlankLine(size_t from, size_t to) const {
    for (size_t i = from; i < to; ++i)
      if (!IsBlank(guarded_[i]) && guarded_[i] != '\r') return false;
    return true;
  }

  // The line at `line` starts at the left margin: after a blank line it
  // starts a block of its own, the best place for a window to end.
  void LineStart(size_t line, bool after_blank) {
    if (line < begin_ + window_) return;
    if (after_blank) return Emit(line);
    if (line_cut_ == std::string::npos) line_cut_ = line;
    if (line >= begin_ + 2 * window_) Emit(line_cut_);
  }

  // A line longer than the window: cut at a space, else between marks.
  void CutInLine(size_t line, size_t end) {
    if (line_cut_ != std::string::npos) Emit(line_cut_);
    while (end > begin_ + 2 * window_) {
      size_t at = std::max(line + 1, begin_ + window_);
      while (at < end && !IsBlank(guarded_[at]) &&
             !(IsMark(guarded_[at - 1]) && IsMark(guarded_[at])))
        ++at;
      if (at >= end) return;
      Emit(at);
    }
  }

  void Emit(size_t end) {
    if (end <= begin_) return;
    parse_(guarded_, begin_, end);
    begin_ = end;
    line_cut_ = std::string::npos;
  }

  // Fenced code and HTML comments may hold blank lines; no window ends in one.
  void Track(size_t line, size_t end) {
    size_t i = line;
    while (i < end && i < line + 3 && guarded_[i] == ' ') ++i;
    const std::string_view rest = std::string_view(guarded_).substr(i, end - i);
    if (in_comment_) {
      in_comment_ = rest.find("-->") == std::string_view::npos;
      return;
    }
    if (rest.starts_with("```") || rest.starts_with("~~~")) {
      if (!in_fence_) {
        in_fence_ = true;
        fence_ = rest[0];
      } else if (rest[0] == fence_) {
        in_fence_ = false;
      }
      return;
    }
    if (!in_fence_ && rest.starts_with("<!--"))
      in_comment_ = rest.find("-->", 4) == std::string_view::npos;
  }

  // "> > > - 1. text": past kMaxMarkdownNesting markers the next one
  // becomes a backslash, which makes the rest of the line text.
  void CapMarkers(size_t line, size_t end) {
    size_t markers = 0;
    size_t i = line;
    while (i < end) {
      while (i < end && IsBlank(guarded_[i])) ++i;
      const size_t marker = i;
      if (i < end && guarded_[i] == '>') {
        ++i;
      } else if (i + 1 < end && (guarded_[i] == '-' || guarded_[i] == '*' ||
                                 guarded_[i] == '+') && IsBlank(guarded_[i + 1])) {
        ++i;
      } else if (i < end && IsDigit(guarded_[i])) {
        size_t j = i;
        while (j < end && j < i + 9 && IsDigit(guarded_[j])) ++j;
        if (j + 1 >= end || (guarded_[j] != '.' && guarded_[j] != ')') ||
            !IsBlank(guarded_[j + 1]))
          return;
        i = j + 1;
      } else {
        return;
      }
      if (++markers > kMaxMarkdownNesting) {
        guarded_[marker] = '\\';
        return;
      }
    }
  }

  std::string guarded_;
  size_t begin_;  ///< of the current window
  const std::function<void(std::string_view, size_t, size_t)>& parse_;
  size_t window_;  ///< a window ends after this many bytes, at the best cut
  size_t line_cut_ = std::string::npos;  ///< a line start to end the window at
  bool in_fence_ = false;
  char fence_ = 0;
  bool in_comment_ = false;
};

}  // namespace

void ForEachMarkdownWindow(
    std::string_view text, size_t start,
    const std::function<void(std::string_view guarded, size_t begin, size_t end)>& parse,
    size_t window_bytes) {
  MarkdownGuard(text, start, parse, window_bytes).Run();
}

}  // namespace wijzij
