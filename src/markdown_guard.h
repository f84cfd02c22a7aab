#pragma once
// Bounding what the Markdown parser sees, as html_guard.h does for HTML.
// md4c keeps a container for every block marker at the start of a line
// ("> > > …", "- - - …") and a mark for every bracket, asterisk and entity
// of a block, so one line of a hundred thousand markers costs some forty
// times its size. One linear pass:
//
//  - keeps at most kMaxMarkdownNesting container markers at the start of a
//    line: the marker after them becomes a backslash, which makes the rest
//    of the line text;
//  - cuts the document into windows of about kMarkdownWindowBytes: at a
//    blank line before a line that starts a block at the left margin,
//    outside fenced code and HTML comments; a block longer than two windows
//    is cut at a line start, then at a space, then between two marks of
//    ASCII punctuation, so a window's marks stay bounded.
//
// The guarded text has the input's length: every offset is the input's.
//
//   ForEachMarkdownWindow(text, start, [&](std::string_view guarded,
//                                          size_t begin, size_t end) { … });

#include <cstddef>
#include <functional>
#include <string_view>

namespace wijzij {

inline constexpr size_t kMaxMarkdownNesting = 32;
inline constexpr size_t kMarkdownWindowBytes = 16 * 1024;

/// Calls `parse` with the guarded text and each window [begin, end) of it,
/// from `start` on, in order; linear in the size of `text`. Windows are cut
/// after `window_bytes` (tests vary it).
void ForEachMarkdownWindow(
    std::string_view text, size_t start,
    const std::function<void(std::string_view guarded, size_t begin, size_t end)>& parse,
    size_t window_bytes = kMarkdownWindowBytes);

}  // namespace wijzij
