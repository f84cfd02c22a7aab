#pragma once
// Dutch negation scope. A finding is negated when a negation word (niet,
// geen, nooit, niets, niks, niemand, nergens, geenszins, allerminst,
// evenmin, noch) stands before it in the same clause: a negator governs what
// follows it ("dit heeft niets te maken met de strijd", "het is geen tuig"),
// not what came before ("een moeder vertelde dat haar dochter over niets
// anders praatte" does not take back "vertelde"). A clause ends at a
// sentence end, a comma, colon, semicolon, dash or bracket, before a
// clause-opening conjunction (maar, want, omdat, terwijl, hoewel, doch,
// zodat, aangezien, tenzij, dus), and where a quotation begins or ends.
// Set expressions that affirm negate nothing: "niet alleen", "niet enkel",
// "niet slechts", "geen misverstand over", "geen (enkele) twijfel", "niet
// klaar met", "niets anders dan", "niet voor niets", "geen wonder", "geen
// woorden voor", "geen gehoor", "nooit weer", "nooit meer", "niets meer of
// minder". Neither does a negation in a clause that states a condition
// (opened by wie, als, indien, wanneer or zodra): "wie zich niet aan het
// noodbevel houdt" names who is meant. A negated clause ends before "dat"
// too ("wij accepteren niet dat idioten ...") unless it denies a claim
// (denken, vinden, zeggen, geloven, menen, beweren, kloppen, waar, zo): "ik
// vind niet dat het tuig is".

#include <cstdint>
#include <string_view>
#include <vector>

#include "token.h"

namespace wijzij {

class NegationScope {
 public:
  /// `bytes` is the input the tokens were made from.
  NegationScope(std::string_view bytes, const TokenizedText& text);

  /// True when a negation word before token `first` shares its clause.
  bool IsNegated(uint32_t first) const;

  /// Clause index of each token (for tests).
  const std::vector<uint32_t>& clause_of_token() const { return clause_of_token_; }

 private:
  std::vector<uint32_t> clause_of_token_;
  /// Per clause, its first negation word, or kNone.
  std::vector<uint32_t> first_negator_;
  static constexpr uint32_t kNone = UINT32_MAX;
};

/// True when `folded` is a Dutch negation word.
bool IsNegationWord(std::string_view folded);

}  // namespace wijzij
