#pragma once
// The readable text of a document with its findings marked, for reports
// that show the text itself (the HTML report). Plain text is shown as it is;
// Markdown and HTML as their prose (markup.h), each finding moved from its
// offset in the file to the prose that holds it.
//
// Findings may nest ("moeten zich schamen" holds "moeten") or overlap; the
// pieces always nest properly, so an overlapping finding is split into
// fragments that carry the same finding index.
//
//   for (const TextPiece& p : HighlightPieces(report)) Emit(p);

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analysis.h"

namespace wijzij {

struct TextPiece {
  enum class Kind { kText, kOpen, kClose };
  Kind kind = Kind::kText;
  std::string_view text;  ///< kText: the text; views into HighlightedText::text
  uint32_t finding = 0;   ///< kOpen and kClose: index into DocumentReport::findings
};

struct HighlightedText {
  std::string text;  ///< what the reader sees: the plain text or the prose
  std::vector<TextPiece> pieces;
};

/// The document's readable text split into text pieces and the opening and
/// closing of each finding's highlight.
HighlightedText HighlightFindings(const DocumentReport& report);

}  // namespace wijzij
