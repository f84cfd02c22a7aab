#include "negation.h"

#include <algorithm>
#include <array>

namespace wijzij {

namespace {

constexpr std::array<std::string_view, 11> kNegations = {
    "allerminst", "evenmin", "geen", "geenszins", "nergens", "niemand",
    "niet",       "niets",   "niks", "noch",      "nooit"};
static_assert(std::is_sorted(kNegations.begin(), kNegations.end()));

constexpr std::array<std::string_view, 11> kClauseConjunctions = {
    "aangezien", "doch",   "dus",     "hoewel", "maar", "ofschoon",
    "omdat",     "tenzij", "terwijl", "want",   "zodat"};
static_assert(std::is_sorted(kClauseConjunctions.begin(), kClauseConjunctions.end()));

// A clause opened by one of these is a condition ("wie zich niet aan het
// noodbevel houdt, ..."): its negation describes who is meant, it does not
// take back the words of the clause.
constexpr std::array<std::string_view, 5> kConditionOpeners = {"als", "indien", "wanneer",
                                                               "wie", "zodra"};
static_assert(std::is_sorted(kConditionOpeners.begin(), kConditionOpeners.end()));

bool Contains(const auto& sorted, std::string_view word) {
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

// "niet alleen ... maar ook" adds rather than negates.
bool IsAdditive(const TokenizedText& text, uint32_t t) {
  if (text.tokens[t].folded != "niet" || t + 1 >= text.tokens.size()) return false;
  const std::string_view next = text.tokens[t + 1].folded;
  return next == "alleen" || next == "enkel" || next == "slechts";
}

bool StartsClause(std::string_view bytes, const TokenizedText& text, uint32_t t) {
  const Token& token = text.tokens[t];
  if (t == 0 || token.clause_start) return true;
  if (text.tokens[t - 1].sentence != token.sentence) return true;
  if (Contains(kClauseConjunctions, token.folded)) return true;
  const Token& previous = text.tokens[t - 1];
  const size_t gap_begin = previous.offset + previous.length;
  return bytes.substr(gap_begin, token.offset - gap_begin).find(',') !=
         std::string_view::npos;
}

}  // namespace

bool IsNegationWord(std::string_view folded) { return Contains(kNegations, folded); }

NegationScope::NegationScope(std::string_view bytes, const TokenizedText& text) {
  clause_of_token_.reserve(text.tokens.size());
  bool condition = false;  // the current clause states a condition
  for (uint32_t t = 0; t < text.tokens.size(); ++t) {
    const std::string& word = text.tokens[t].folded;
    if (t == 0 || StartsClause(bytes, text, t)) {
      negators_.emplace_back();
      condition = Contains(kConditionOpeners, word);
    }
    clause_of_token_.push_back(static_cast<uint32_t>(negators_.size() - 1));
    if (!condition && IsNegationWord(word) && !IsAdditive(text, t)) {
      negators_.back().push_back({t, word == "geen"});
    }
  }
}

bool NegationScope::IsNegated(uint32_t first, uint32_t last, bool before_only) const {
  if (first >= clause_of_token_.size()) return false;
  for (const Negator& n : negators_[clause_of_token_[first]]) {
    if (n.token < first || (n.token > last && !n.forward_only && !before_only))
      return true;
  }
  return false;
}

}  // namespace wijzij
