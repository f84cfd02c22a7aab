// Fuzz target: any bytes as a .wijzij.ini. Parsing never crashes, and every
// entry it accepts names a line of the input.

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "config.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string content(reinterpret_cast<const char*>(data), size);
  std::vector<wijzij::ConfigEntry> entries;
  std::vector<wijzij::Diagnostic> diags;
  if (!wijzij::ParseConfigText("fuzz.ini", content, &entries, &diags)) return 0;
  for (const wijzij::ConfigEntry& e : entries) {
    if (e.line < 1 || e.key.empty()) abort();
  }
  return 0;
}
