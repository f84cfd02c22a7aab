#include "tally.h"

namespace wijzij {

std::array<float, 2> FindingWeights(Discounts discounts, double entry_weight, bool negated,
                                    bool quoted, bool quotation_discounts) {
  const double base = entry_weight * (negated ? discounts.negated : 1);
  const bool discounted = quoted && quotation_discounts;
  // A text that is mostly quotation speaks in its quotations: no discount.
  return {static_cast<float>(base * (discounted ? discounts.quoted : 1)),
          static_cast<float>(base * 1)};
}

TallyRules::TallyRules(const Model& model, size_t categories)
    : schemes_(model.schemes.size()),
      sides_(categories * model.schemes.size()),
      any_side_(categories),
      strong_label_(model.weights.strong_label),
      relayed_scheme_(model.weights.relayed_scheme) {
  for (uint32_t c = 0; c < categories; ++c) {
    for (size_t s = 0; s < schemes_; ++s) {
      const SchemeModel& scheme = model.schemes[s];
      const uint8_t bits = (scheme.wij.Has(c) ? kSchemeWij : 0) |
                           (scheme.zij.Has(c) ? kSchemeZij : 0) |
                           (model.wij_markers.Has(c) ? kGenericWij : 0) |
                           (model.zij_markers.Has(c) ? kGenericZij : 0);
      sides_[c * schemes_ + s] = bits;
      any_side_[c] |= bits;
    }
  }
}

Tally::Tally(const TallyRules& rules)
    : categories_(rules.categories()),
      oppositions_(rules.schemes(), Counts{}),
      sides_(rules.schemes(), Cases{}) {}

void Tally::Add(const TallyRules& rules, const Finding& f, uint32_t category,
                std::array<float, 2> weights) {
  CategoryTally& c = categories_[category];
  ++c.findings;
  c.affirmed += f.negated ? 0 : 1;
  c.plain += f.negated || f.quoted ? 0 : 1;
  c.affirmed_quoted += !f.negated && f.quoted ? 1 : 0;
  c.weight[0] += weights[0];
  c.weight[1] += weights[1];
  if (f.sentence != sentence_) {
    CloseSentence();
    sentence_ = f.sentence;
  }
  if (f.negated || !rules.AnySide(category)) return;
  for (int quoted_majority = 0; quoted_majority < 2; ++quoted_majority) {
    if (f.quoted && !quoted_majority) continue;  // not the speaker's own words
    for (int relays = 0; relays < 2; ++relays) {
      // Everyday words (politie, de overheid: a low entry weight) are weak
      // evidence on their own and make no opposition.
      if (weights[quoted_majority] * rules.relay_factor(relays) < rules.strong_label()) continue;
      for (size_t s = 0; s < sides_.size(); ++s)
        sides_[s][quoted_majority][relays] |= rules.SidesOf(category, s);
    }
  }
}

// A scheme's wij label meets its zij label or a generic zij marker, or its
// zij label meets a generic wij marker.
bool Opposed(uint8_t sides) {
  const bool scheme_wij = sides & TallyRules::kSchemeWij;
  const bool scheme_zij = sides & TallyRules::kSchemeZij;
  return (scheme_wij && (scheme_zij || (sides & TallyRules::kGenericZij))) ||
         (scheme_zij && (sides & TallyRules::kGenericWij));
}

void Tally::CloseSentence() {
  for (size_t s = 0; s < sides_.size(); ++s) {
    for (int q = 0; q < 2; ++q) {
      for (int r = 0; r < 2; ++r) {
        oppositions_[s][q][r] += Opposed(sides_[s][q][r]) ? 1 : 0;
        sides_[s][q][r] = 0;
      }
    }
  }
}

}  // namespace wijzij
