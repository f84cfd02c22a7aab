#include "text_lines.h"

#include <doctest/doctest.h>

#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace wijzij {

namespace {

// Every line ReadLineUpTo finds, a too-long one marked with '!'.
std::vector<std::string> Lines(const std::string& text, size_t limit) {
  std::istringstream in(text);
  std::vector<std::string> lines;
  std::string line;
  for (LineRead read; (read = ReadLineUpTo(in, limit, &line)) != LineRead::kEnd;) {
    lines.push_back(read == LineRead::kTooLong ? "!" + line : line);
  }
  return lines;
}

std::vector<std::string> GetLines(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("lines are read as getline reads them, whatever their length") {
  using V = std::vector<std::string>;
  CHECK(Lines("", 100).empty());
  CHECK(Lines("a\n\nb", 100) == V{"a", "", "b"});
  CHECK(Lines("a\r\nb\n", 100) == V{"a\r", "b"});
  const std::string long_line(10000, 'x');  // longer than one read chunk
  CHECK(Lines(long_line + "\nz\n", 20000) == V{long_line, "z"});
  std::mt19937 random(7);
  for (int i = 0; i < 200; ++i) {
    std::string text;
    for (int n = std::uniform_int_distribution<int>(0, 9000)(random); n > 0; --n)
      text += "ab\n\r"[std::uniform_int_distribution<int>(0, 3)(random)];
    CHECK(Lines(text, 1 << 20) == GetLines(text));
  }
}

TEST_CASE("a line over the limit is read to its end but only its start is kept") {
  using V = std::vector<std::string>;
  CHECK(Lines("abcdef\nxy\n", 3) == V{"!abc", "xy"});
  CHECK(Lines("abc\nabcd", 3) == V{"abc", "!abc"});
  const std::string long_line(50000, 'x');
  const V lines = Lines("a\n" + long_line + "\nb\n", 100);
  REQUIRE(lines.size() == 3);
  CHECK(lines[1] == "!" + std::string(100, 'x'));
  CHECK(lines[2] == "b");
}

}  // namespace wijzij
