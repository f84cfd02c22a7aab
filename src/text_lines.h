#pragma once
// Line-oriented helpers shared by the lexicon and model parsers, whose files
// follow the same conventions: one item per line, # starts a comment when
// it opens the line or follows white space.

#include <functional>
#include <string_view>

namespace wijzij {

/// `text` without leading and trailing spaces, tabs and carriage returns.
std::string_view Trim(std::string_view text);

/// `line` up to a '#' that opens it or follows white space.
std::string_view StripComment(std::string_view line);

/// Calls `visit(line_number, line)` for every line of `content` (1-based,
/// without the line end).
void ForEachLine(std::string_view content,
                 const std::function<void(int, std::string_view)>& visit);

}  // namespace wijzij
