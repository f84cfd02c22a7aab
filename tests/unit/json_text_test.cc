#include "report/json_text.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

namespace wijzij {

namespace {

std::string Nlohmann(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

TEST_CASE("strings are written as nlohmann::json writes them") {
  std::string every_ascii;
  for (int c = 1; c < 128; ++c) every_ascii += static_cast<char>(c);
  for (std::string text :
       {std::string(), std::string("zo'n \"idioten\" \\ / \t\r\n\b\f"), every_ascii,
        std::string("caf\xC3\xA9 \xE2\x80\x9Cwij\xE2\x80\x9D \xF0\x9F\x91\x8D"),
        std::string("nul\0byte", 8)}) {
    CAPTURE(text);
    std::string ours;
    AppendJsonString(text, &ours);
    CHECK(ours == Nlohmann(text));
  }
}

TEST_CASE("invalid UTF-8 becomes U+FFFD and never breaks the JSON") {
  std::string ours;
  AppendJsonString("a\xC3(b\xFF", &ours);
  CHECK(ours == "\"a\xEF\xBF\xBD(b\xEF\xBF\xBD\"");
  CHECK(nlohmann::json::parse(ours).get<std::string>() == "a\xEF\xBF\xBD(b\xEF\xBF\xBD");
}

TEST_CASE("numbers are written as nlohmann::json writes a double") {
  for (double value : {0.0, 1.0, 0.75, 0.25, 1.5, 2.0, 0.3, 0.0001, 12.3456, 100.0, 1e-05}) {
    CAPTURE(value);
    std::string ours;
    AppendJsonNumber(value, &ours);
    CHECK(ours == Nlohmann(value));
  }
}

}  // namespace wijzij
