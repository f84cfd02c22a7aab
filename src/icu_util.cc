#include "icu_util.h"

#include <fmt/format.h>
#include <unicode/errorcode.h>

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

}  // namespace wijzij
