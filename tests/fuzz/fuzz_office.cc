// Fuzz target: Word and OpenDocument input. The first byte picks the kind
// and whether the rest is the archive or its text part (XML). Whatever the
// bytes, extraction ends with text or an error, never a crash, a hang or
// more text than the limit allows.

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "office.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  constexpr size_t kLimit = 1 << 20;
  const auto kind = (data[0] & 1) ? wijzij::OfficeKind::kOdt : wijzij::OfficeKind::kDocx;
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::string text, error;
  const bool ok = (data[0] & 2) ? wijzij::ExtractOfficeText(rest, kind, kLimit, &text, &error)
                                : wijzij::ExtractOfficeXml(std::string(rest), kind, kLimit,
                                                           &text, &error);
  if (ok && text.size() > kLimit) abort();
  if (!ok && error.empty()) abort();
  return 0;
}
