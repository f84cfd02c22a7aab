#include "text_position.h"

#include <algorithm>

namespace wijzij {

namespace {

bool IsContinuationByte(unsigned char byte) { return (byte & 0xC0) == 0x80; }

}  // namespace

PositionCursor::PositionCursor(std::string_view text, size_t line_start)
    : text_(text), offset_(line_start) {}

PositionCursor::PositionCursor(std::string_view text, PositionMark from)
    : text_(text), offset_(from.offset), position_(from.position) {}

TextPosition PositionCursor::Advance(size_t offset) {
  if (offset > text_.size()) offset = text_.size();
  while (offset_ < offset) {
    const auto byte = static_cast<unsigned char>(text_[offset_]);
    const bool after_cr = offset_ > 0 && text_[offset_ - 1] == '\r';
    if (byte == '\r' || (byte == '\n' && !after_cr)) {
      ++position_.line;
      position_.column = 1;
    } else if (byte == '\n') {
      // The LF of a CRLF: the CR already ended the line.
    } else if (!IsContinuationByte(byte)) {
      ++position_.column;
    }
    ++offset_;
  }
  return position_;
}

TextPosition PositionOf(std::string_view text, size_t offset, size_t line_start) {
  PositionCursor cursor(text, line_start);
  return cursor.Advance(offset);
}

PositionReader::PositionReader(std::string_view text, std::span<const PositionMark> marks)
    : text_(text), marks_(marks), cursor_(text) {}

TextPosition PositionReader::At(size_t offset) {
  const auto after = std::upper_bound(
      marks_.begin(), marks_.end(), offset,
      [](size_t wanted, const PositionMark& mark) { return wanted < mark.offset; });
  const PositionMark mark = after == marks_.begin() ? PositionMark() : *(after - 1);
  // Go on from where the last call stopped, unless that lies behind the
  // offset's mark or past the offset itself.
  if (cursor_.offset() < mark.offset || cursor_.offset() > offset)
    cursor_ = PositionCursor(text_, mark);
  return cursor_.Advance(offset);
}

}  // namespace wijzij
