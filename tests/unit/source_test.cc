#include "source.h"

#include <doctest/doctest.h>

#include <string>

namespace wijzij {

TEST_CASE("FindInvalidUtf8 accepts well-formed and rejects ill-formed sequences") {
  struct Case {
    std::string bytes;
    size_t invalid;
  };
  const size_t ok = std::string_view::npos;
  const Case cases[] = {
      {"", ok},
      {"gewone tekst", ok},
      {"caf\xC3\xA9 \xE2\x80\x9Cquote\xE2\x80\x9D \xF0\x9F\x98\x80", ok},
      {"abc\xFF", 3},                   // never valid
      {"\xC0\xAF", 0},                  // overlong '/'
      {"ab\xE0\x80\xAF", 2},            // overlong in three bytes
      {"\xED\xA0\x80", 0},              // lone surrogate U+D800
      {"\xF4\x90\x80\x80", 0},          // above U+10FFFF
      {"abcdefghij\xC3", 10},           // truncated at the end
      {"abcdefghijklmnop\x80qrs", 16},  // lone continuation after a long ASCII run
  };
  for (const Case& c : cases) {
    CAPTURE(c.bytes);
    CHECK(FindInvalidUtf8(c.bytes) == c.invalid);
  }
}

TEST_CASE("CheckEncoding names the byte, line and column of invalid UTF-8") {
  const EncodingCheck check = CheckEncoding("brief.txt", "Beste heer,\nDank u w\xE9l.\n");
  CHECK(check.problem == SourceProblem::kInvalidUtf8);
  CHECK(check.message == "brief.txt: invalid UTF-8 at byte 20 (line 2, column 9)");
}

TEST_CASE("CheckEncoding skips a UTF-8 byte-order mark") {
  const EncodingCheck check = CheckEncoding("a.txt", "\xEF\xBB\xBFHallo");
  CHECK(check.problem == SourceProblem::kNone);
  CHECK(check.text_start == 3);
}

TEST_CASE("CheckEncoding refuses UTF-16 and binary input with a reason") {
  CHECK(CheckEncoding("u16.txt", std::string("\xFF\xFEH\0a\0", 6)).message ==
        "u16.txt: UTF-16 text (byte-order mark at byte 0) is not supported; convert it "
        "to UTF-8");
  const EncodingCheck binary =
      CheckEncoding("logo.png", std::string("\x89PNG\r\n\x1A\n\0\0", 10));
  CHECK(binary.problem == SourceProblem::kBinary);
  CHECK(binary.message == "logo.png: binary file (NUL byte at byte 8), skipped");
}

TEST_CASE("ReadSource reports a missing file with its path") {
  SourceText source;
  std::string error;
  SourceProblem problem = SourceProblem::kNone;
  CHECK_FALSE(ReadSource("/nonexistent/wijzij/x.txt", &source, &error, &problem));
  CHECK(problem == SourceProblem::kUnreadable);
  CHECK(error == "/nonexistent/wijzij/x.txt: cannot open: No such file or directory");
}

TEST_CASE("ParseByteSize reads counts with k, M and G suffixes") {
  size_t bytes = 0;
  CHECK(ParseByteSize("300", &bytes));
  CHECK(bytes == 300);
  CHECK(ParseByteSize("64k", &bytes));
  CHECK(bytes == 65536);
  CHECK(ParseByteSize("2G", &bytes));
  CHECK(bytes == (size_t{2} << 30));
  for (const char* bad : {"", "k", "12q", "1.5M", "-3", "99999999999999999999999"}) {
    CAPTURE(std::string(bad));
    CHECK_FALSE(ParseByteSize(bad, &bytes));
  }
}

TEST_CASE("ReadAll refuses an input over the size limit") {
  std::string bytes, error;
  CHECK_FALSE(ReadAll(WIJZIJ_SOURCE_DIR "/README.md", &bytes, &error, 100));
  CHECK(error.find("larger than --max-file-size (100 bytes)") != std::string::npos);
  CHECK(bytes.empty());
}

}  // namespace wijzij
