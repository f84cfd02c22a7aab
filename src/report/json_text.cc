#include "report/json_text.h"

#include <fmt/format.h>
#include <unicode/utf8.h>

#include <cmath>

namespace wijzij {

namespace {

// JSON's short escapes; other control characters become \u00xx.
char ShortEscape(unsigned char c) {
  switch (c) {
    case '"': return '"';
    case '\\': return '\\';
    case '\b': return 'b';
    case '\f': return 'f';
    case '\n': return 'n';
    case '\r': return 'r';
    case '\t': return 't';
    default: return 0;
  }
}

}  // namespace

void AppendJsonString(std::string_view text, std::string* out) {
  out->push_back('"');
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    const uint8_t byte = bytes[i];
    if (byte >= 0x80) {  // copy one whole, valid character or write U+FFFD
      const int32_t start = i;
      UChar32 c;
      U8_NEXT(bytes, i, length, c);
      if (c < 0) {
        out->append("\xEF\xBF\xBD");
      } else {
        out->append(text.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
      }
      continue;
    }
    ++i;
    if (const char escape = ShortEscape(byte)) {
      out->push_back('\\');
      out->push_back(escape);
    } else if (byte < 0x20) {
      fmt::format_to(std::back_inserter(*out), "\\u{:04x}", byte);
    } else {
      out->push_back(static_cast<char>(byte));
    }
  }
  out->push_back('"');
}

void AppendJsonNumber(double value, std::string* out) {
  if (!std::isfinite(value)) {  // JSON has no NaN or infinity
    out->append("null");
    return;
  }
  const size_t start = out->size();
  fmt::format_to(std::back_inserter(*out), "{}", value);
  if (out->find_first_of(".e", start) == std::string::npos) out->append(".0");
}

}  // namespace wijzij
