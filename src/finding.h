#pragma once
// The value every stage after matching passes on: a finding, one lexicon
// entry found in the text, and a category's count in a document. It sits at
// the bottom of the house: scoring, reading, advice, the fail policy and the
// reporters use it without knowing how it was found (analysis.h).

#include <cstdint>
#include <deque>

namespace wijzij {

/// One lexicon entry found in the text. Kept small (24 bytes): a large
/// document has millions, so the matched text, its context and its line and
/// column are read off the document's bytes when shown
/// (DocumentReport::TextOf, ContextOf and StartOf), not kept per finding.
struct Finding {
  uint32_t offset = 0;    ///< byte offset in the original input (kMaxDocumentBytes)
  uint32_t length = 0;    ///< bytes
  uint32_t entry = 0;     ///< index into LexiconSet::entries
  uint32_t sentence = 0;  ///< 0-based sentence index
  float weight = 1.0F;    ///< entry weight times the model's negated/quoted factors
  uint16_t category = 0;  ///< index into LexiconSet::categories (kMaxCategories)
  uint8_t context_before : 6 = 0;  ///< bytes of the sentence shown before (at most 53)
  bool negated : 1 = false;
  bool quoted : 1 = false;
  uint8_t context_after : 6 = 0;  ///< and after the finding
  bool context_cut_left : 1 = false;   ///< the sentence goes on before the context
  bool context_cut_right : 1 = false;  ///< and after it
};
static_assert(sizeof(Finding) == 24, "a finding is 24 bytes; millions are kept");

/// Findings in text order. A deque grows without copying what it holds, so
/// a document with millions of findings never needs twice their memory.
using Findings = std::deque<Finding>;

/// Count and density of one category in one document.
struct CategoryStat {
  uint32_t count = 0;
  double per_1000 = 0;  ///< findings per 1,000 words
};

}  // namespace wijzij
