#include "text_position.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

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

TEST_CASE("PositionReader agrees with PositionOf in any order, from marks or not") {
  // Marks where a CRLF is split and inside a multi-byte letter's line.
  const std::string text = "ab\r\ncd\xC3\xA9" "ef\nghi\rj\xC3\xA9k\r\nlm";
  std::vector<PositionMark> marks = {{0, {}}};
  for (uint32_t offset : {3U, 8U, 13U}) marks.push_back({offset, PositionOf(text, offset)});
  for (const std::vector<PositionMark>& used : {marks, std::vector<PositionMark>{{0, {}}}}) {
    PositionReader reader(text, used);
    for (size_t offset : {0, 2, 4, 9, 3, 17, 13, 12, 19, 1, 20}) {
      CAPTURE(offset);
      const TextPosition a = reader.At(offset);
      const TextPosition b = PositionOf(text, offset);
      CHECK(a.line == b.line);
      CHECK(a.column == b.column);
    }
  }
}

}  // namespace wijzij
