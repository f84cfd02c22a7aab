#include "config.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace wijzij {

namespace {

std::vector<std::string> Problems(const std::string& text,
                                  std::vector<ConfigEntry>* entries) {
  std::vector<Diagnostic> diags;
  ParseConfigText("w.ini", text, entries, &diags);
  std::vector<std::string> out;
  for (const auto& d : diags) out.push_back(FormatDiagnostic(d));
  return out;
}

}  // namespace

TEST_CASE("config entries keep their lines; comments start at any #") {
  std::vector<ConfigEntry> entries;
  CHECK(Problems("# kop\nformat = line  # opmerking\n\n[severity]\nstrijd = error\n",
                 &entries)
            .empty());
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].key == "format");
  CHECK(entries[0].value == "line");
  CHECK(entries[0].line == 2);
  CHECK(entries[1].key == "severity.strijd");
  CHECK(entries[1].line == 5);
}

TEST_CASE("config problems name their line") {
  std::vector<ConfigEntry> entries;
  // ';' starts no comment for Boost.Program_options, so it is part of a key.
  CHECK(Problems(";kleur = rood\n", &entries) ==
        std::vector<std::string>{"w.ini:1: error: unknown key ';kleur'"});
  CHECK(Problems("format = line\n[opmaak]\n", &entries) ==
        std::vector<std::string>{
            "w.ini:2: error: unknown section [opmaak]; only [severity]"});
  CHECK(Problems("geen instelling\n", &entries) ==
        std::vector<std::string>{"w.ini:1: error: expected 'key = value'"});
}

}  // namespace wijzij
