#pragma once
// Dutch negation scope. A finding is negated when a negation word (niet,
// geen, nooit, niets, niks, niemand, nergens, geenszins, allerminst,
// evenmin, noch) stands in the same clause, before or after it: Dutch word
// order puts "niet" on either side ("wij schamen ons niet", "dit heeft niets
// te maken met de strijd"). "geen" is a determiner and negates only what
// follows it ("tuig verdient geen begrip" does not negate "tuig"). A clause ends at a
// sentence end, a comma, colon, semicolon, dash or bracket, and before a clause-opening
// conjunction (maar, want, omdat, terwijl, hoewel, doch, zodat, aangezien, tenzij, dus).
// "niet alleen", "niet enkel" and "niet slechts" are not negations, and
// neither is a negation in a clause that states a condition (opened by wie,
// als, indien, wanneer or zodra): "wie zich niet aan het noodbevel houdt"
// names who is meant and takes nothing back.

#include <cstdint>
#include <string_view>
#include <vector>

#include "token.h"

namespace wijzij {

class NegationScope {
 public:
  /// `bytes` is the input the tokens were made from.
  NegationScope(std::string_view bytes, const TokenizedText& text);

  /// True when a negation word outside tokens [first, last] shares their
  /// clause. With `before_only`, only a negation before them counts: a group
  /// named as the subject ("wij het volk zijn niet gek") is not negated by
  /// the "niet" of its predicate.
  bool IsNegated(uint32_t first, uint32_t last, bool before_only = false) const;

  /// Clause index of each token (for tests).
  const std::vector<uint32_t>& clause_of_token() const { return clause_of_token_; }

 private:
  std::vector<uint32_t> clause_of_token_;
  struct Negator {
    uint32_t token;
    bool forward_only;  ///< "geen" negates only what follows it
  };
  std::vector<std::vector<Negator>> negators_;  ///< negation words per clause
};

/// True when `folded` is a Dutch negation word.
bool IsNegationWord(std::string_view folded);

}  // namespace wijzij
