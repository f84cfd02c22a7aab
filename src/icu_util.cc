#include "icu_util.h"

#include <fmt/format.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace wijzij {

void CheckIcu(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) {
    throw IcuError(fmt::format("ICU failed in {}: {}", what, u_errorName(status)));
  }
}

Utf8Text::Utf8Text(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  text_ =
      utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  CheckIcu(status, "utext_openUTF8");
}

Utf8Text::~Utf8Text() { utext_close(text_); }

std::string Uppercase(std::string_view utf8) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())))
      .toUpper(icu::Locale("nl"))
      .toUTF8String(out);
  return out;
}

std::string Capitalize(std::string_view utf8) {
  int32_t end = 0;
  UChar32 first = 0;
  // ICU's macro narrows an int to uint8_t inside; the warning is about it.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
  U8_NEXT(utf8.data(), end, static_cast<int32_t>(utf8.size()), first);
#pragma GCC diagnostic pop
  if (first < 0) return std::string(utf8);
  return Uppercase(utf8.substr(0, static_cast<size_t>(end))) +
         std::string(utf8.substr(static_cast<size_t>(end)));
}

}  // namespace wijzij
