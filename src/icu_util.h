#pragma once
// Small helpers around ICU's C and C++ APIs: turning a failed UErrorCode into
// an exception at the one place it is checked, and RAII for UText.

#include <unicode/utext.h>
#include <unicode/utypes.h>

#include <stdexcept>
#include <string>
#include <string_view>

namespace wijzij {

/// Thrown when ICU reports a failure that no input can cause (missing data,
/// out of memory); main() turns it into exit code 2.
class IcuError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Throws IcuError naming `what` when `status` is a failure.
void CheckIcu(UErrorCode status, const char* what);

/// `utf8` in capitals, by the Dutch rules ("intimidatie" -> "INTIMIDATIE").
std::string Uppercase(std::string_view utf8);

/// `utf8` with its first letter a capital ("thema's" -> "Thema's").
std::string Capitalize(std::string_view utf8);

/// Owns a UText opened over UTF-8 bytes; the bytes must outlive it.
class Utf8Text {
 public:
  explicit Utf8Text(std::string_view utf8);
  ~Utf8Text();
  Utf8Text(const Utf8Text&) = delete;
  Utf8Text& operator=(const Utf8Text&) = delete;

  UText* get() { return text_; }

 private:
  UText* text_ = nullptr;
};

}  // namespace wijzij
