#pragma once
// Markdown and HTML input: only prose is analysed, and every position still
// points into the original file. The extractors return the prose the
// tokenizer reads plus, for each prose byte, where it came from.
//
//   Markdown (md4c, CommonMark with tables): headings, paragraphs, lists,
//   tables, quotes, emphasis and link texts are prose, and so is the text
//   inside raw HTML blocks (parsed as HTML below); code blocks, inline code,
//   HTML tags, autolinked URLs and YAML front matter are not.
//   HTML (gumbo, HTML5): text nodes are prose, with entities decoded;
//   script, style, template, noscript, head metadata and comments are not,
//   and by default neither is the page's furniture: navigation, the page's
//   header and footer (an article's own are kept), asides, search boxes,
//   ARIA landmarks of those kinds and cookie banners (HtmlScope::kAll reads
//   them too).
//
// Block ends become blank lines in the prose, so a heading or list item is a
// sentence of its own.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wijzij {

/// kParagraphs: text with one paragraph a line, each line its own block (the
/// text of a Word or OpenDocument draft, office.h).
enum class InputFormat { kText, kMarkdown, kHtml, kParagraphs };

/// How much of an HTML page is read: its content without the furniture
/// around it (the default), or all of its text (--html-all).
enum class HtmlScope { kMainContent, kAll };

/// The prose of a marked-up document and the original offset of each byte.
struct ProseText {
  std::string prose;
  /// origin[i]: offset in the original of prose[i]; 32 bits, as documents
  /// are smaller than 4 GiB (source.h), to keep the map at four bytes a byte.
  std::vector<uint32_t> origin;

  /// Appends `text`, which stands at `offset` in the original.
  void Append(std::string_view text, size_t offset);
  /// Appends `text` decoded from the original bytes [begin, end).
  void AppendDecoded(std::string_view text, size_t begin, size_t end);
  /// Appends a blank line (a sentence boundary) standing at `offset`.
  void Break(size_t offset);
};

/// By extension: .md and .markdown are Markdown, .html and .htm HTML, the
/// rest plain text. `forced` ("markdown", "html", "text") overrides it.
InputFormat FormatFor(std::string_view path, std::optional<InputFormat> forced);

/// Name of a format, for messages and JSON ("text", "markdown", "html").
const char* FormatName(InputFormat format);

/// The prose of a document, read in bounded windows (html_guard.h,
/// markdown_guard.h); `window_bytes` 0 takes the guards' default.
ProseText ExtractMarkdown(std::string_view original, size_t text_start,
                          size_t window_bytes = 0);
ProseText ExtractHtml(std::string_view original, size_t text_start,
                      size_t window_bytes = 0, HtmlScope scope = HtmlScope::kMainContent);

/// Each line of `original` as a block of its own, so that a sentence ends
/// with its paragraph; every byte keeps its offset.
ProseText ExtractParagraphs(std::string_view original, size_t text_start);

}  // namespace wijzij
