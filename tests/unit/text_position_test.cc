#include "text_position.h"

#include <doctest/doctest.h>

namespace wijzij {

TEST_CASE("columns count code points, not bytes") {
  // "één " is 6 bytes and 4 code points.
  const TextPosition p = PositionOf("\xC3\xA9\xC3\xA9n woord", 6);
  CHECK(p.line == 1);
  CHECK(p.column == 5);
}

TEST_CASE("LF, CRLF and CR each end one line") {
  const std::string_view text = "a\nb\r\nc\rd";
  CHECK(PositionOf(text, 2).line == 2);
  CHECK(PositionOf(text, 5).line == 3);
  CHECK(PositionOf(text, 7).line == 4);
  CHECK(PositionOf(text, 7).column == 1);
}

TEST_CASE("a byte-order mark is not a column") {
  CHECK(PositionOf("\xEF\xBB\xBF"
                   "ab",
                   4, 3)
            .column == 2);
}

TEST_CASE("PositionCursor gives the same answers as PositionOf") {
  const std::string_view text = "Eerste regel\r\nTweede r\xC3\xA9gel\n\nvierde";
  PositionCursor cursor(text);
  for (size_t offset : {0, 5, 14, 20, 24, 27, 30}) {
    CAPTURE(offset);
    const TextPosition a = cursor.Advance(offset);
    const TextPosition b = PositionOf(text, offset);
    CHECK(a.line == b.line);
    CHECK(a.column == b.column);
  }
}

}  // namespace wijzij
