#pragma once
// What scoring reads of a document's findings, summed as they are found:
// per category, how many and with what weight; per scheme, in how many
// sentences its two sides meet. Scoring, reading and the fail policy use
// only this, so a document's verdicts need no list of its findings and
// -f counts keeps none, however large the document.
//
// Two things are known only once the whole document is in: whether a
// quotation makes up most of it (quoted findings are then its own words
// and lose no weight) and whether its voice relays others (schemes weigh
// its findings by relayed_scheme). Every sum that depends on them is kept
// for each case, and the scorer picks the one that holds.
//
//   const TallyRules rules(model, lexicons.categories.size());  // once
//   Tally tally(rules);                                          // a document
//   for (const Finding& f : findings) tally.Add(rules, f, category, FindingWeights(...));
//   tally.Finish();

#include <array>
#include <cstdint>
#include <vector>

#include "finding.h"
#include "model.h"

namespace wijzij {

/// The model's factors for a negated finding and a quoted one.
struct Discounts {
  double negated = 1;
  double quoted = 1;
};

/// A finding's weight when its text is not mostly quotation ([0]) and when
/// it is ([1]): the entry weight times the factor for a negated finding
/// and, where the category discounts quotation, a quoted one.
std::array<float, 2> FindingWeights(Discounts discounts, double entry_weight, bool negated,
                                    bool quoted, bool quotation_discounts);

/// One category's findings in one document.
struct CategoryTally {
  uint32_t findings = 0;
  uint32_t affirmed = 0;         ///< not negated
  uint32_t plain = 0;            ///< neither negated nor quoted
  uint32_t affirmed_quoted = 0;  ///< not negated, in a quotation
  /// Summed weight, in text order, [mostly quoted]: as FindingWeights.
  std::array<double, 2> weight = {0, 0};

  /// Findings the speaker says of their own accord: quoted ones count as
  /// the speaker's when a quotation makes up most of the text.
  uint32_t OwnWords(bool mostly_quoted) const {
    return plain + (mostly_quoted ? affirmed_quoted : 0);
  }
};

/// What a tally needs of the model, worked out once for all documents:
/// which kinds of group word each category is for each scheme.
class TallyRules {
 public:
  TallyRules() = default;
  TallyRules(const Model& model, size_t categories);

  /// Bits of SideBit for `category` in scheme `scheme`.
  uint8_t SidesOf(uint32_t category, size_t scheme) const {
    return sides_[category * schemes_ + scheme];
  }
  /// Whether `category` is a group word of any kind in any scheme.
  bool AnySide(uint32_t category) const { return any_side_[category] != 0; }
  size_t schemes() const { return schemes_; }
  size_t categories() const { return any_side_.size(); }
  double strong_label() const { return strong_label_; }
  double relay_factor(bool relays) const { return relays ? relayed_scheme_ : 1; }

  enum SideBit : uint8_t { kSchemeWij = 1, kSchemeZij = 2, kGenericWij = 4, kGenericZij = 8 };

 private:
  size_t schemes_ = 0;
  std::vector<uint8_t> sides_;     ///< [category * schemes + scheme]
  std::vector<uint8_t> any_side_;  ///< per category
  double strong_label_ = 0;
  double relayed_scheme_ = 1;
};

class Tally {
 public:
  Tally() = default;
  explicit Tally(const TallyRules& rules);

  /// Adds one finding of `category`; findings come in text order.
  /// `weights` as FindingWeights gives them.
  void Add(const TallyRules& rules, const Finding& f, uint32_t category,
           std::array<float, 2> weights);
  /// Counts the last sentence's oppositions; call once, after every Add.
  void Finish() { CloseSentence(); }

  /// The findings of `category`; none for a category the tally does not know.
  const CategoryTally& Of(uint32_t category) const {
    static const CategoryTally kNone;
    return category < categories_.size() ? categories_[category] : kNone;
  }
  size_t categories() const { return categories_.size(); }
  /// Sentences in which scheme `scheme`'s two sides meet (scoring.h), in the
  /// text's own words.
  uint32_t Oppositions(size_t scheme, bool mostly_quoted, bool relays) const {
    return oppositions_[scheme][mostly_quoted][relays];
  }

 private:
  // Bits of TallyRules::SideBit the current sentence holds, for one scheme,
  // in each case of [mostly quoted][relays].
  using Cases = std::array<std::array<uint8_t, 2>, 2>;
  using Counts = std::array<std::array<uint32_t, 2>, 2>;

  void CloseSentence();

  std::vector<CategoryTally> categories_;
  std::vector<Counts> oppositions_;  ///< per scheme
  std::vector<Cases> sides_;         ///< per scheme, of the current sentence
  uint32_t sentence_ = 0;
};

}  // namespace wijzij
