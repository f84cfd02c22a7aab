// Reading a large plain-text file a window at a time (-f counts): which
// files are streamed, and that a streamed analysis gives the whole one's report.

#include "streamed_file.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "analysis.h"
#include "test_util.h"

namespace wijzij {

namespace {

std::string WriteTemp(const std::string& name, const std::string& bytes) {
  const std::filesystem::path path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path.string();
}

bool Streamable(const std::string& bytes) {
  StreamedFile file;
  const std::string path = WriteTemp("wijzij_streamable.txt", bytes);
  const bool open = file.Open(path, size_t{1} << 30);
  std::filesystem::remove(path);
  return open;
}

// The report's verdicts and counts, as -f counts shows them.
void CheckSame(const DocumentReport& streamed, const DocumentReport& whole) {
  CHECK(streamed.words == whole.words);
  CHECK(streamed.sentences == whole.sentences);
  CHECK(streamed.mostly_quoted == whole.mostly_quoted);
  CHECK(streamed.scheme.id == whole.scheme.id);
  CHECK(streamed.scheme.score == whole.scheme.score);
  CHECK(streamed.column.id == whole.column.id);
  CHECK(streamed.column.left_evidence == whole.column.left_evidence);
  REQUIRE(streamed.dimensions.size() == whole.dimensions.size());
  for (size_t d = 0; d < whole.dimensions.size(); ++d)
    CHECK(streamed.dimensions[d].Choice() == whole.dimensions[d].Choice());
  for (size_t c = 0; c < whole.categories.size(); ++c) {
    CAPTURE(c);
    CHECK(streamed.categories[c].count == whole.categories[c].count);
  }
}

}  // namespace

TEST_CASE("only plain UTF-8 text without markers is streamed; the rest is read whole") {
  CHECK(Streamable("Deze idioten moeten zich schamen.\n"));
  CHECK(Streamable("\xEF\xBB\xBFMet een byte-order mark."));
  CHECK_FALSE(Streamable(""));
  CHECK_FALSE(Streamable("\xFF\xFEU\0T\0F\0"));
  CHECK_FALSE(Streamable(std::string("een NUL\0erin", 12)));
  CHECK_FALSE(Streamable("kapot \xC3 UTF-8"));
  CHECK_FALSE(Streamable("Tekst. <!-- wijzij-disable-line moraliserend -->\n"));
  // A sequence or a marker across two of the chunks it is checked in.
  const std::string before((size_t{1} << 20) - 1, 'a');
  CHECK(Streamable(before + "\xC3\xA9 en verder"));
  CHECK_FALSE(Streamable(before + "\xC3 en verder"));
  CHECK_FALSE(Streamable(before.substr(3) + "wijzij-enable\n"));
  StreamedFile missing;
  CHECK_FALSE(missing.Open("/nonexistent/wijzij.txt", 100));
}

TEST_CASE("a streamed analysis gives the report of the whole text") {
  const test::Shipped shipped;
  std::string text = "\xEF\xBB\xBF";
  for (const std::string& file : test::CorpusTexts()) text += file + "\n\n";
  // A run of spaces and a word longer than the read-ahead: where a part
  // ends is decided only once more is read.
  text += "Een lange witruimte:\n" + std::string(200000, ' ') + "\n\nEn een lang woord: " +
          std::string(150000, 'w') + " wij tegen zij.\n";
  for (const std::string& file : test::CorpusTexts()) text += file + " ";
  const std::string path = WriteTemp("wijzij_streamed.txt", text);
  for (const size_t part_bytes : {size_t{512}, size_t{16} << 10}) {
    CAPTURE(part_bytes);
    const Analyzer analyzer(shipped.set, shipped.model, part_bytes, false);
    SourceText source;
    source.path = path;
    source.bytes = text;
    source.text_start = 3;
    const DocumentReport whole = analyzer.Analyze(source);
    StreamedFile file;
    REQUIRE(file.Open(path, text.size()));
    CHECK(file.text_start() == 3);
    DocumentReport streamed;
    std::string error;
    REQUIRE(analyzer.AnalyzeStreamed(&file, path, "", &streamed, &error));
    CHECK(error.empty());
    CheckSame(streamed, whole);
  }
  std::filesystem::remove(path);
}

}  // namespace wijzij
