#include "text_position.h"

namespace wijzij {

namespace {

bool IsContinuationByte(unsigned char byte) { return (byte & 0xC0) == 0x80; }

}  // namespace

PositionCursor::PositionCursor(std::string_view text, size_t line_start)
    : text_(text), offset_(line_start) {}

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

}  // namespace wijzij
