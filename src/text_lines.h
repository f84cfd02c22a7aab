#pragma once
// Line-oriented helpers shared by the lexicon and model parsers, whose files
// follow the same conventions: one item per line, # starts a comment when
// it opens the line or follows white space; and a line reader for streams
// whose lines may be longer than memory allows (JSON Lines).

#include <functional>
#include <istream>
#include <string>
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

/// What ReadLineUpTo found.
enum class LineRead { kLine, kTooLong, kEnd };

/// Reads the next line of `in` into `line` (without its '\n'). A line of
/// more than `limit` bytes is read to its end but not kept: kTooLong, and
/// `line` holds only its first `limit` bytes, so memory stays bounded
/// whatever the stream holds. kEnd when no line is left.
LineRead ReadLineUpTo(std::istream& in, size_t limit, std::string* line);

}  // namespace wijzij
