#pragma once
// Byte offsets to 1-based line and column, where a column counts Unicode code
// points and CRLF, CR and LF each end one line.
//
// PositionCursor walks forward through a text, so that positions for all
// tokens of a document cost O(text size) in total:
//
//   PositionCursor cursor(text);
//   TextPosition p = cursor.Advance(42);   // p.line, p.column of byte 42

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace wijzij {

/// A 1-based line and a 1-based column counted in code points.
struct TextPosition {
  uint32_t line = 1;
  uint32_t column = 1;
};

/// A byte offset whose position is known: where counting can resume.
struct PositionMark {
  uint32_t offset = 0;
  TextPosition position;
};

/// Marks are kept at least this often through a document (DocumentReport).
inline constexpr size_t kPositionMarkBytes = 4096;

/// Computes positions of increasing byte offsets in one pass.
class PositionCursor {
 public:
  /// `line_start` is where line 1 begins (3 after a UTF-8 byte-order mark,
  /// which is not a character the reader sees).
  explicit PositionCursor(std::string_view text, size_t line_start = 0);
  /// Resumes at a known position of `text`.
  PositionCursor(std::string_view text, PositionMark from);

  /// Position of `offset`; offsets must not decrease between calls. An
  /// offset before the first line start reports line 1, column 1.
  TextPosition Advance(size_t offset);

  size_t offset() const { return offset_; }

 private:
  std::string_view text_;
  size_t offset_;
  TextPosition position_;
};

/// One-off position of a byte offset (linear in the offset).
TextPosition PositionOf(std::string_view text, size_t offset, size_t line_start = 0);

/// Positions of any offsets of a text with marks (in offset order, the
/// first at line 1, column 1): each counted from the last mark at or before
/// it, or on from the previous offset when that is nearer, so offsets in
/// increasing order cost O(text size) in total, like PositionCursor.
class PositionReader {
 public:
  PositionReader(std::string_view text, std::span<const PositionMark> marks);

  TextPosition At(size_t offset);

 private:
  std::string_view text_;
  std::span<const PositionMark> marks_;
  PositionCursor cursor_;
};

}  // namespace wijzij
