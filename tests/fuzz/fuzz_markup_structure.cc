// Fuzz target for hostile structure: the input is a program that builds a
// large Markdown or HTML document from repeated pieces (deep nesting,
// unclosed and misnested tags, attribute and entity floods, open comments,
// tables, lists, quotes), so that a few bytes of input give megabytes of
// document. Extraction must stay linear: run with -timeout, a quadratic
// path shows as a hang. Every prose byte must map inside the document.

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "markup.h"

namespace {

constexpr std::string_view kPieces[] = {
    "<div>", "</div>", "<b>", "</b>", "<i>", "<a href=x>", "</a>", "<p>", "</p>",
    "<table>", "<tr>", "<td>", "</td>", "</table>", "<ul>", "<li>", "</ul>", "<ol>",
    "<blockquote>", "<span>", "<font>", "<select>", "<option>", "<svg>", "<g>",
    "<math>", "<template>", "<frameset>", "<script>", "</script>", "<style>", "<pre>",
    "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<br>", "<img src=x>",
    " a=1", " b=\"2\"", "&amp;", "&eacute;", "&#233;", "&", "<", ">", "\"", "'",
    "tekst ", "moeten ", "tuig ", "\n", "\n\n", "> ", "- ", "* ", "1. ", "**", "_",
    "`", "```\n", "[", "](u)", "|a|b|\n", "|-|-|\n", "    ", "#", "<x", "/>", "</"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  // Each pair of bytes: a piece and how often it repeats (1 to 4096).
  std::string document;
  constexpr size_t kPieceCount = sizeof(kPieces) / sizeof(kPieces[0]);
  for (size_t i = 1; i + 1 < size && document.size() < (size_t{4} << 20); i += 2) {
    const std::string_view piece = kPieces[data[i] % kPieceCount];
    const size_t repeat = size_t{1} << (data[i + 1] % 13);
    for (size_t r = 0; r < repeat; ++r) document += piece;
  }
  const bool html = data[0] & 1;
  const wijzij::ProseText prose =
      html ? wijzij::ExtractHtml(document, 0) : wijzij::ExtractMarkdown(document, 0);
  if (prose.prose.size() != prose.origin.size()) abort();
  for (size_t offset : prose.origin) {
    if (offset > document.size()) abort();
  }
  return 0;
}
