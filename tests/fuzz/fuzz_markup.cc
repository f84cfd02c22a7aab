// Fuzz target: any valid UTF-8 as Markdown and as HTML, with and without
// the page's furniture. Every prose byte must map inside the original input,
// in order for plain runs, and the tokens of the prose must land inside the
// original too. The highlights of the HTML report must nest and cover the
// prose exactly, and every finding's readable context must be valid UTF-8.

#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "analysis.h"
#include "markup.h"
#include "readable_context.h"
#include "report/highlight.h"
#include "shipped.h"
#include "source.h"
#include "text_position.h"
#include "tokenizer.h"

namespace {

void Check(std::string_view bytes, size_t start, const wijzij::ProseText& prose) {
  if (prose.prose.size() != prose.origin.size()) abort();
  for (size_t offset : prose.origin) {
    if (offset > bytes.size()) abort();
  }
  if (wijzij::FindInvalidUtf8(prose.prose) != std::string_view::npos) return;
  const wijzij::TokenizedText text = wijzij::Tokenize(bytes, start, &prose);
  for (const wijzij::Token& token : text.tokens) {
    if (token.offset + token.length > bytes.size() || token.line == 0) abort();
  }
}

// Opens and closes balance like brackets; the text pieces are the prose.
void CheckHighlights(const wijzij::DocumentReport& report) {
  const wijzij::HighlightedText h = wijzij::HighlightFindings(report);
  std::vector<uint32_t> open;
  std::string text;
  for (const wijzij::TextPiece& p : h.pieces) {
    if (p.kind == wijzij::TextPiece::Kind::kText) text += p.text;
    if (p.kind == wijzij::TextPiece::Kind::kOpen) open.push_back(p.finding);
    if (p.kind == wijzij::TextPiece::Kind::kClose) {
      if (open.empty() || open.back() != p.finding) abort();
      open.pop_back();
    }
  }
  if (!open.empty() || text != h.text) abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const wijzij::Analyzer& analyzer = wijzij::fuzz::ShippedAnalyzer();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const wijzij::EncodingCheck check = wijzij::CheckEncoding("fuzz", bytes);
  if (check.problem != wijzij::SourceProblem::kNone) return 0;
  Check(bytes, check.text_start, wijzij::ExtractMarkdown(bytes, check.text_start));
  Check(bytes, check.text_start, wijzij::ExtractHtml(bytes, check.text_start));
  Check(bytes, check.text_start,
        wijzij::ExtractHtml(bytes, check.text_start, 0, wijzij::HtmlScope::kAll));
  for (wijzij::InputFormat format : {wijzij::InputFormat::kMarkdown, wijzij::InputFormat::kHtml})
    if (wijzij::FindInvalidUtf8(wijzij::ReadableContext(bytes, format)) != std::string_view::npos)
      abort();
  for (wijzij::InputFormat format :
       {wijzij::InputFormat::kMarkdown, wijzij::InputFormat::kHtml}) {
    wijzij::SourceText source;
    source.path = "fuzz";
    source.bytes = std::string(bytes);
    source.text_start = check.text_start;
    source.format = format;
    const wijzij::DocumentReport report = analyzer.Analyze(source);
    // Positions read from the report's marks equal a count from the start.
    wijzij::PositionReader positions = report.Positions();
    for (const wijzij::Finding& f : report.findings) {
      if (f.offset + report.LengthOf(f) > size) abort();
      const wijzij::TextPosition at = positions.At(f.offset);
      const wijzij::TextPosition counted = wijzij::PositionOf(bytes, f.offset, check.text_start);
      if (at.line != counted.line || at.column != counted.column) abort();
    }
    CheckHighlights(report);
    for (const wijzij::Finding& f : report.findings)
      if (wijzij::FindInvalidUtf8(report.ContextOf(f)) != std::string_view::npos) abort();
  }
  return 0;
}
