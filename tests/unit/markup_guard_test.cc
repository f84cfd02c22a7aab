// The guards in front of the HTML and Markdown parsers (html_guard.h,
// markdown_guard.h): blanking keeps every offset, the limits hold, the
// windows cover the document, and reading a long ordinary document in small
// windows gives exactly the prose of reading it whole.

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "html_guard.h"
#include "markdown_guard.h"
#include "markup.h"

namespace wijzij {

namespace {

std::vector<HtmlWindow> Windows(std::string_view html, size_t window_bytes = kWindowBytes) {
  std::vector<HtmlWindow> windows;
  ForEachHtmlWindow(html, [&](const HtmlWindow& w) { windows.push_back(w); }, window_bytes);
  return windows;
}

// The guarded document: the windows without the tags that re-open elements.
std::string Guarded(const std::vector<HtmlWindow>& windows) {
  std::string out;
  for (const HtmlWindow& w : windows) out += w.bytes.substr(w.prefix);
  return out;
}

size_t Count(std::string_view text, std::string_view piece) {
  size_t n = 0;
  for (size_t at = text.find(piece); at != std::string_view::npos;
       at = text.find(piece, at + 1))
    ++n;
  return n;
}

std::string Repeat(std::string_view piece, size_t times) {
  std::string out;
  for (size_t i = 0; i < times; ++i) out += piece;
  return out;
}

// The example corpus as one long document, in `paragraph` shape.
std::string LongDocument(const std::string& open, const std::string& close) {
  std::string out;
  const std::filesystem::path corpus = std::filesystem::path(WIJZIJ_SOURCE_DIR) / "examples/corpus";
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(corpus))
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    std::ifstream in(file);
    const std::string text((std::istreambuf_iterator<char>(in)), {});
    out += open + text + close;
  }
  return out;
}

}  // namespace

TEST_CASE("an ordinary HTML document is one window, unchanged") {
  const std::string html = "<p>Dank aan <b>alle</b> vrijwilligers.</p>\n<ul><li>een<li>twee</ul>";
  const std::vector<HtmlWindow> windows = Windows(html);
  REQUIRE(windows.size() == 1);
  CHECK(windows[0].bytes == html);
  CHECK(windows[0].prefix == 0);
  CHECK(windows[0].offset == 0);
}

TEST_CASE("nesting past the limit is blanked, keeping every offset and line end") {
  const std::string html = Repeat("<div>\n", 600) + "tekst" + Repeat("</div>", 600);
  const std::string guarded = Guarded(Windows(html));
  REQUIRE(guarded.size() == html.size());
  CHECK(Count(guarded, "<div>") == kMaxDepth);
  CHECK(Count(guarded, "</div>") == kMaxDepth);
  CHECK(Count(guarded, "\n") == 600);
  CHECK(guarded.find("tekst") == html.find("tekst"));
}

TEST_CASE("lists, tables and paragraphs whose end tags are left out do not count as nesting") {
  const std::string html = "<ul>" + Repeat("<li>punt", 2000) + "</ul><table>" +
                           Repeat("<tr><td>a<td>b", 2000) + "</table>" + Repeat("<p>alinea", 2000);
  const bool unchanged = Guarded(Windows(html)) == html;
  CHECK(unchanged);
}

TEST_CASE("a list in a list, a table in a table: nested, and capped") {
  // Past the limit the lists are blanked; their items then follow each
  // other, as the parser will read them.
  const std::string lists = Repeat("<ul><li>", 1000) + "tekst";
  CHECK(Count(Guarded(Windows(lists)), "<ul>") == kMaxDepth / 2);
  const std::string tables = Repeat("<table><tr><td>", 1000) + "tekst";
  CHECK(Count(Guarded(Windows(tables)), "<table>") == (kMaxDepth + 2) / 3);
}

TEST_CASE("open formatting elements are capped, blocks are not") {
  const std::string html = Repeat("<b>", 20) + Repeat("<p>x</p>", 10);
  const std::string guarded = Guarded(Windows(html));
  CHECK(Count(guarded, "<b>") == kMaxFormatting);
  CHECK(Count(guarded, "<p>") == 10);
}

TEST_CASE("attributes past the limit are blanked") {
  std::string tag = "<a";
  for (size_t i = 0; i < 100; ++i) tag += " a" + std::to_string(i) + "=\"x>y\"";
  const std::string html = tag + ">link</a>";
  const std::string guarded = Guarded(Windows(html));
  REQUIRE(guarded.size() == html.size());
  CHECK(guarded.find(" a63=") != std::string::npos);
  CHECK(guarded.find(" a64=") == std::string::npos);
  CHECK(guarded.ends_with(">link</a>"));
}

TEST_CASE("tags inside a script are not tags") {
  const std::string html = "<script>" + Repeat("'<div>'", 1000) + "</SCRIPT ><p>tekst</p>";
  const bool unchanged = Guarded(Windows(html)) == html;
  CHECK(unchanged);
}

TEST_CASE("windows cover the document and re-open what is open at a cut") {
  const std::string html = "<article><section>" + Repeat("<p>Een alinea van tekst.</p>", 3000) +
                           "</section></article>";
  const std::vector<HtmlWindow> windows = Windows(html);
  REQUIRE(windows.size() > 3);
  const bool covered = Guarded(windows) == html;
  CHECK(covered);
  for (size_t i = 1; i < windows.size(); ++i) {
    CAPTURE(i);
    CHECK(windows[i].bytes.starts_with("<article><section><p>"));
    CHECK(windows[i].OriginOf(0) == windows[i].offset);
    CHECK(windows[i].OriginOf(windows[i].prefix) == windows[i].offset);
  }
}

TEST_CASE("a long HTML document read in small windows gives the prose read whole") {
  const std::string html =
      "<html><body><article>" + LongDocument("<p>", "</p>\n") + "</article></body></html>";
  const ProseText whole = ExtractHtml(html, 0, html.size() + 1);
  for (size_t window : {size_t{512}, size_t{4096}, kWindowBytes}) {
    CAPTURE(window);
    const ProseText windowed = ExtractHtml(html, 0, window);
    const bool same_prose = windowed.prose == whole.prose;
    const bool same_origin = windowed.origin == whole.origin;
    CHECK(same_prose);
    CHECK(same_origin);
  }
}

TEST_CASE("Markdown container markers past the limit become text") {
  const std::string md = Repeat("> ", 100) + "tekst\n";
  std::string guarded;
  ForEachMarkdownWindow(md, 0, [&](std::string_view g, size_t, size_t) { guarded = g; });
  REQUIRE(guarded.size() == md.size());
  CHECK(guarded[2 * kMaxMarkdownNesting] == '\\');
  CHECK(Count(guarded, ">") == 99);
  const ProseText prose = ExtractMarkdown(md, 0);
  CHECK(prose.prose.find("tekst") != std::string::npos);
}

TEST_CASE("Markdown windows end at blank lines before a block, outside code") {
  const std::string md = Repeat("Een alinea.\n\n", 3000) + "```\n" + Repeat("code\n\n", 3000) +
                         "```\n" + Repeat("[", 100000) + "\n";
  std::vector<std::pair<size_t, size_t>> windows;
  ForEachMarkdownWindow(md, 0, [&](std::string_view, size_t b, size_t e) {
    windows.emplace_back(b, e);
  });
  REQUIRE(windows.size() > 3);
  const size_t fence = md.find("```");
  const size_t fence_end = md.find("```", fence + 3);
  for (size_t i = 0; i + 1 < windows.size(); ++i) {
    CHECK(windows[i].second == windows[i + 1].first);
    const size_t cut = windows[i].second;
    CHECK_FALSE((cut > fence && cut <= fence_end));
    if (cut < fence) CHECK(md.compare(cut - 2, 2, "\n\n") == 0);
  }
  CHECK(windows.back().second == md.size());
  CHECK(windows.back().second - windows.back().first <= 2 * kMarkdownWindowBytes);
}

TEST_CASE("a long Markdown document read in small windows gives the prose read whole") {
  std::string md;
  const std::string text = LongDocument("", "\n");
  size_t n = 0;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(start, end - start);
    static const char* kShapes[] = {"# ", "", "- ", "> ", "1. ", ""};
    if (!line.empty()) md += kShapes[n++ % 6] + line + "\n\n";
    if (n % 7 == 0) md += "```\ncode die geen proza is\n\nnog meer code\n```\n\n";
    start = end + 1;
  }
  const ProseText whole = ExtractMarkdown(md, 0, md.size() + 1);
  for (size_t window : {size_t{512}, size_t{4096}, kMarkdownWindowBytes}) {
    CAPTURE(window);
    const ProseText windowed = ExtractMarkdown(md, 0, window);
    const bool same_prose = windowed.prose == whole.prose;
    const bool same_origin = windowed.origin == whole.origin;
    CHECK(same_prose);
    CHECK(same_origin);
  }
}

}  // namespace wijzij
