#include "readable_context.h"

#include <cstdint>
#include <utility>

namespace wijzij {

namespace {

// The named references a Dutch page uses; others are shown as written.
constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
    {"amp", "&"},      {"lt", "<"},       {"gt", ">"},       {"quot", "\""},
    {"apos", "'"},     {"nbsp", " "},     {"eacute", "é"},   {"egrave", "è"},
    {"euml", "ë"},     {"ecirc", "ê"},    {"aacute", "á"},   {"agrave", "à"},
    {"auml", "ä"},     {"iuml", "ï"},     {"iacute", "í"},   {"ouml", "ö"},
    {"oacute", "ó"},   {"uuml", "ü"},     {"uacute", "ú"},   {"ccedil", "ç"},
    {"Eacute", "É"},   {"hellip", "…"},   {"ndash", "–"},    {"mdash", "—"},
    {"lsquo", "‘"},    {"rsquo", "’"},    {"ldquo", "“"},    {"rdquo", "”"},
    {"bdquo", "„"},    {"euro", "€"},     {"copy", "©"},     {"shy", ""}};

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    *out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out += static_cast<char>(0xC0 | (cp >> 6));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out += static_cast<char>(0xE0 | (cp >> 12));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (cp >> 18));
    *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Decodes the reference at the start of `text` ("&eacute;", "&#233;",
// "&#xE9;") into `out`; returns its length, or 0 when it is none.
size_t DecodeReference(std::string_view text, std::string* out) {
  const size_t semicolon = text.find(';');
  if (semicolon == std::string_view::npos || semicolon < 2 || semicolon > 10) return 0;
  const std::string_view name = text.substr(1, semicolon - 1);
  if (name[0] == '#') {
    const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    const std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    uint32_t cp = 0;
    for (char c : digits) {
      const int v = c >= '0' && c <= '9'             ? c - '0'
                    : hex && c >= 'a' && c <= 'f'    ? c - 'a' + 10
                    : hex && c >= 'A' && c <= 'F'    ? c - 'A' + 10
                                                     : -1;
      if (v < 0) return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(v);
    }
    AppendUtf8(cp, out);
    return semicolon + 1;
  }
  for (const auto& [entity, decoded] : kNamed) {
    if (name == entity) {
      *out += decoded;
      return semicolon + 1;
    }
  }
  return 0;
}

bool IsMarkdownMarker(char c) { return c == '*' || c == '_' || c == '`' || c == '~'; }

bool IsWordByte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z');
}

}  // namespace

std::string ReadableContext(std::string_view raw, InputFormat format) {
  if (format == InputFormat::kText || format == InputFormat::kParagraphs)
    return std::string(raw);
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size();) {
    const char c = raw[i];
    if (c == '&') {
      if (const size_t used = DecodeReference(raw.substr(i), &out)) {
        i += used;
        continue;
      }
    } else if (c == '<') {
      // A tag: a letter or '/' after '<', up to its '>' within the context.
      const size_t close = raw.find('>', i);
      const bool tag = i + 1 < raw.size() && (raw[i + 1] == '/' || raw[i + 1] == '!' ||
                                              (IsWordByte(raw[i + 1]) && raw[i + 1] > '9'));
      if (tag && close != std::string_view::npos) {
        i = close + 1;
        continue;
      }
    } else if (format == InputFormat::kMarkdown && IsMarkdownMarker(c)) {
      // Emphasis and code markers, but not an underscore inside a word.
      const bool inside_word =
          c == '_' && i > 0 && i + 1 < raw.size() && IsWordByte(raw[i - 1]) && IsWordByte(raw[i + 1]);
      if (!inside_word) {
        ++i;
        continue;
      }
    }
    out += c;
    ++i;
  }
  return out;
}

}  // namespace wijzij
