#include "negation.h"

#include <array>
#include <cstdint>
#include <string_view>
#include <unordered_map>

namespace wijzij {

namespace {

constexpr std::array<std::string_view, 11> kNegations = {
    "allerminst", "evenmin", "geen", "geenszins", "nergens", "niemand",
    "niet",       "niets",   "niks", "noch",      "nooit"};

constexpr std::array<std::string_view, 11> kClauseConjunctions = {
    "aangezien", "doch",   "dus",     "hoewel", "maar", "ofschoon",
    "omdat",     "tenzij", "terwijl", "want",   "zodat"};

// A clause opened by one of these is a condition ("wie zich niet aan het
// noodbevel houdt, ..."): its negation describes who is meant, it does not
// take back the words of the clause.
constexpr std::array<std::string_view, 5> kConditionOpeners = {"als", "indien", "wanneer",
                                                               "wie", "zodra"};

// Words that let a negation reach into the dat-clause after them: one who
// does not think, say or find it true "dat het tuig is" denies the word.
// After any other verb the dat-clause is the speaker's own claim: "wij
// accepteren nooit dat idioten de stad slopen" calls them idioten.
constexpr std::array<std::string_view, 22> kDenyingThatClause = {
    "beweer",  "beweert", "beweren", "denk",   "denken", "denkt", "geloof", "gelooft",
    "geloven", "kloppen", "klopt",   "meen",   "meent",  "menen", "vind",   "vinden",
    "vindt",   "waar",    "zeg",     "zeggen", "zegt",   "zo"};

// What a word does in a clause, from the lists above: one look-up per
// token instead of a search of each list (13 string comparisons a token,
// 7% of a long text's time).
enum Role : uint8_t {
  kNegation = 1,
  kConjunction = 2,
  kConditionOpener = 4,
  kDenyingThat = 8,
};

uint8_t RolesOf(std::string_view word) {
  static const auto* const kRoles = [] {
    auto* roles = new std::unordered_map<std::string_view, uint8_t>;
    auto add = [&](const auto& words, Role role) {
      for (std::string_view w : words) (*roles)[w] |= role;
    };
    add(kNegations, kNegation);
    add(kClauseConjunctions, kConjunction);
    add(kConditionOpeners, kConditionOpener);
    add(kDenyingThatClause, kDenyingThat);
    return roles;
  }();
  const auto it = kRoles->find(word);
  return it == kRoles->end() ? 0 : it->second;
}

// Set expressions that open with a negation word and affirm: "niet alleen
// ... maar ook" adds, "laat er geen misverstand over bestaan" insists, "geen
// woorden voor dit vandalisme" condemns, "geen gehoor geven aan het
// noodbevel" disobeys it, "nooit weer fascisme" names what it rejects.
constexpr std::string_view kAffirming[][4] = {
    {"niet", "alleen"},        {"niet", "enkel"},       {"niet", "slechts"},
    {"geen", "misverstand"},   {"geen", "twijfel"},     {"geen", "enkele", "twijfel"},
    {"niet", "klaar", "met"},  {"niets", "anders"},     {"niks", "anders"},
    {"niet", "voor", "niets"}, {"geen", "wonder"},      {"geen", "moment"},
    {"nooit", "vergeten"},     {"geen", "woorden", "voor"}, {"geen", "gehoor"},
    {"nooit", "weer"},         {"nooit", "meer"},       {"niks", "meer", "of", "minder"},
    {"niets", "meer", "of", "minder"}};

bool IsAffirming(const TokenizedText& text, uint32_t t) {
  for (const auto& phrase : kAffirming) {
    bool match = true;
    for (size_t w = 0; w < 4 && match && !phrase[w].empty(); ++w) {
      match = t + w < text.tokens.size() && text.tokens[t + w].folded == phrase[w];
    }
    if (match) return true;
  }
  return false;
}

// Inside someone else's words; a word in scare quotes stays in its clause.
bool InSpeech(const Token& token) { return token.quoted && !token.scare_quoted; }

bool StartsClause(std::string_view bytes, const TokenizedText& text, uint32_t t,
                  uint8_t roles) {
  const Token& token = text.tokens[t];
  if (t == 0 || token.clause_start) return true;
  if (text.tokens[t - 1].sentence != token.sentence) return true;
  // A quotation is a clause of its own: '"Geen geweld" riep het tuig' does
  // not negate tuig.
  if (InSpeech(token) != InSpeech(text.tokens[t - 1])) return true;
  if (roles & kConjunction) return true;
  const Token& previous = text.tokens[t - 1];
  const size_t gap_begin = previous.offset + previous.length;
  return bytes.substr(gap_begin, token.offset - gap_begin).find(',') !=
         std::string_view::npos;
}

}  // namespace

bool IsNegationWord(std::string_view folded) { return (RolesOf(folded) & kNegation) != 0; }

NegationScope::NegationScope(std::string_view bytes, const TokenizedText& text) {
  clause_of_token_.reserve(text.tokens.size());
  bool condition = false;    // the current clause states a condition
  bool denies_that = false;  // the current clause may deny a dat-clause
  for (uint32_t t = 0; t < text.tokens.size(); ++t) {
    const std::string& word = text.tokens[t].folded;
    const uint8_t roles = RolesOf(word);
    const bool that_clause =
        t > 0 && word == "dat" && first_negator_.back() != kNone && !denies_that;
    if (t == 0 || that_clause || StartsClause(bytes, text, t, roles)) {
      first_negator_.push_back(kNone);
      condition = (roles & kConditionOpener) != 0;
      denies_that = false;
    }
    denies_that = denies_that || (roles & kDenyingThat) != 0;
    clause_of_token_.push_back(static_cast<uint32_t>(first_negator_.size() - 1));
    if (!condition && first_negator_.back() == kNone && (roles & kNegation) &&
        !IsAffirming(text, t)) {
      first_negator_.back() = t;
    }
  }
}

bool NegationScope::IsNegated(uint32_t first) const {
  if (first >= clause_of_token_.size()) return false;
  return first_negator_[clause_of_token_[first]] < first;
}

}  // namespace wijzij
