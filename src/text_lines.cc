#include "text_lines.h"

#include <algorithm>

namespace wijzij {

std::string_view Trim(std::string_view text) {
  const size_t begin = text.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return {};
  return text.substr(begin, text.find_last_not_of(" \t\r") - begin + 1);
}

std::string_view StripComment(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
      return line.substr(0, i);
    }
  }
  return line;
}

void ForEachLine(std::string_view content,
                 const std::function<void(int, std::string_view)>& visit) {
  int line_number = 0;
  size_t begin = 0;
  while (begin <= content.size()) {
    size_t end = content.find('\n', begin);
    if (end == std::string_view::npos) end = content.size();
    visit(++line_number, content.substr(begin, end - begin));
    begin = end + 1;
  }
}

LineRead ReadLineUpTo(std::istream& in, size_t limit, std::string* line) {
  line->clear();
  if (in.peek() == std::char_traits<char>::eof()) return LineRead::kEnd;
  bool too_long = false;
  char chunk[4096];
  for (;;) {
    in.get(chunk, sizeof chunk, '\n');  // stops before the '\n'
    const auto got = static_cast<size_t>(in.gcount());
    if (!too_long) {
      const size_t room = limit - std::min(limit, line->size());
      line->append(chunk, std::min(got, room));
      too_long = got > room;
    }
    if (in.eof()) break;  // a last line without '\n'
    if (got == 0) in.clear();  // get() fails when it stands on the '\n'
    if (in.peek() == '\n') {
      in.ignore();
      break;
    }
  }
  return too_long ? LineRead::kTooLong : LineRead::kLine;
}

}  // namespace wijzij
