#pragma once
// Bounding what the HTML parser sees, so that no document, however crafted,
// costs more than linear time and a bounded amount of memory. gumbo (the
// HTML5 parser, markup.h) builds deep trees in quadratic time, reconstructs
// every open formatting element for each new block, and keeps a tree node
// of some hundred bytes for every element; a file of a few megabytes of
// nested or unclosed tags took minutes or a crash. One linear pass over the
// document first:
//
//  - keeps at most kMaxDepth elements open, as browsers do: a deeper start
//    tag, and later its end tag, is blanked, so its text joins the element
//    around it;
//  - keeps at most kMaxFormatting formatting elements (b, i, a, font, …)
//    open, which bounds what the parser reconstructs per block;
//  - keeps the first kMaxAttributes attributes of a tag and blanks the rest
//    (attributes are never prose);
//  - cuts the document into windows of about kWindowBytes, between tags,
//    where the fewest elements are open and none whose text is skipped
//    (head, script, …); each window starts by re-opening the elements open
//    at the cut, so a table or list goes on as one.
//
// Blanking turns bytes into spaces (line ends kept), so every offset in a
// window is the offset in the input. Ordinary documents are never blanked
// and are one window when under kWindowBytes.
//
//   ForEachHtmlWindow(html, [&](const HtmlWindow& w) { parse w.bytes … });

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace wijzij {

inline constexpr size_t kMaxDepth = 512;
inline constexpr size_t kMaxFormatting = 4;
inline constexpr size_t kMaxAttributes = 64;
inline constexpr size_t kWindowBytes = 8 * 1024;

/// One window of a document for the parser: tags that re-open the elements
/// open at the cut, then a slice of the guarded document.
struct HtmlWindow {
  std::string bytes;
  size_t prefix = 0;  ///< bytes of `bytes` that re-open elements; they stand at `offset`
  size_t offset = 0;  ///< offset in the input of bytes[prefix]

  /// The offset in the input of byte `i` of `bytes`.
  size_t OriginOf(size_t i) const { return i < prefix ? offset : offset + i - prefix; }
};

/// Calls `parse` for each window of `html`, in order; linear in its size.
/// Windows are cut after `window_bytes` (tests vary it).
void ForEachHtmlWindow(std::string_view html,
                       const std::function<void(const HtmlWindow&)>& parse,
                       size_t window_bytes = kWindowBytes);

}  // namespace wijzij
