#pragma once
// Writing JSON values straight into a string, for the parts of a report
// that are too many to build as a JSON tree first (one object per finding:
// millions in an archive run). For valid UTF-8 the output is what
// nlohmann::json's dump() writes for the same values (ensure_ascii off), so
// both paths give one format; json_text_test.cc checks that. An invalid
// sequence becomes U+FFFD.
//
//   AppendJsonString("zo\"n", &out);  // "zo\"n" with the quote escaped
//   AppendJsonNumber(0.75, &out);      // 0.75; 1.0 stays 1.0

#include <string>
#include <string_view>

namespace wijzij {

/// `text` as a quoted JSON string.
void AppendJsonString(std::string_view text, std::string* out);

/// `value` as a JSON number: shortest round-trip form, always with a
/// fraction or exponent (1.0), as nlohmann::json writes a double.
void AppendJsonNumber(double value, std::string* out);

}  // namespace wijzij
