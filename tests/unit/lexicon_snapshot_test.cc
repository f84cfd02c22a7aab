#include "lexicon_snapshot.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "lexicon.h"

namespace wijzij {

namespace {

// Every field of every category and entry, one line each, in set order.
std::string Describe(const LexiconSet& set) {
  std::string out;
  for (const Category& c : set.categories) {
    out += c.id + '|' + c.label_nl + '|' + c.label_en + '|' + c.description_nl + '|' +
           c.description_en + '|' + c.file + '|' +
           std::to_string(static_cast<int>(c.severity)) + '|' +
           (c.negation_discounts ? "discount" : "ignore") + '|' +
           (c.quotation_discounts ? "discount" : "count") + '\n';
  }
  for (const Entry& e : set.entries) {
    std::string conditions;
    for (const Condition& cond : e.conditions) {
      conditions += std::string(ConditionName(cond.kind));
      for (const std::string& a : cond.arguments) conditions += ' ' + a;
      conditions += ';';
    }
    std::string atoms;
    for (const std::vector<std::string>& clause : e.required) {
      for (const std::string& text : clause) atoms += text + ',';
      atoms += ';';
    }
    out += "  " + e.written + '|' + e.pattern + '|' + atoms + '|' + conditions + '|' +
           std::to_string(e.weight) + '|' + std::to_string(e.category) + '|' +
           set.FileOf(e) + ':' + std::to_string(e.line) + '|';
    for (const WordPattern& w : e.words) {
      out += std::to_string(static_cast<int>(w.match)) + w.text + ' ';
    }
    out += '\n';
  }
  return out;
}

}  // namespace

// The set a fresh parse of the shipped lexicon texts makes, added in order.
LexiconSet ParsedSet(std::vector<Lexicon>* parsed) {
  std::vector<Diagnostic> diags;
  REQUIRE(ParseBuiltinLexicons(parsed, &diags));
  CHECK(diags.empty());
  LexiconSet set;
  for (const Lexicon& lexicon : *parsed) set.Add(lexicon);
  return set;
}

TEST_CASE("the built-in snapshot reads back as a fresh parse of the shipped lexicons") {
  std::vector<Lexicon> parsed;
  const LexiconSet expected = ParsedSet(&parsed);
  LexiconSet read;
  REQUIRE(ReadLexiconSnapshot(BuiltinLexiconSnapshot(), &read));
  CHECK(read.categories.size() == parsed.size());
  CHECK(read.entries.size() == expected.entries.size());
  CHECK(Describe(read) == Describe(expected));
}

TEST_CASE("a snapshot round-trips and a damaged one is refused whole") {
  std::vector<Lexicon> parsed;
  const LexiconSet expected = ParsedSet(&parsed);
  const std::string image = WriteLexiconSnapshot(parsed);
  LexiconSet read;
  REQUIRE(ReadLexiconSnapshot(image, &read));
  CHECK(Describe(read) == Describe(expected));

  LexiconSet untouched;
  untouched.categories.resize(1);
  for (size_t cut : {size_t{0}, size_t{5}, image.size() / 2, image.size() - 1}) {
    CAPTURE(cut);
    CHECK_FALSE(ReadLexiconSnapshot(std::string_view(image).substr(0, cut), &untouched));
  }
  CHECK_FALSE(ReadLexiconSnapshot(image + "x", &untouched));
  std::string other_version = image;
  const size_t version = other_version.find("snapshot ") + 9;  // in the magic line
  other_version[version] = other_version[version] == '1' ? '2' : '1';
  CHECK_FALSE(ReadLexiconSnapshot(other_version, &untouched));
  CHECK(untouched.categories.size() == 1);
}

}  // namespace wijzij
