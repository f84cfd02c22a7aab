#pragma once
// The value every stage after matching passes on: a finding, one lexicon
// entry found in the text, and a category's count in a document. It sits at
// the bottom of the house: scoring, reading, advice, the fail policy and the
// reporters use it without knowing how it was found (analysis.h).

#include <cstdint>
#include <deque>

namespace wijzij {

/// One lexicon entry found in the text. Kept to 16 bytes: a large document
/// has millions. Its category and weight follow from its entry and the
/// document (DocumentReport::CategoryOf and WeightOf); its text, context,
/// line and column are read off the document's bytes when shown
/// (DocumentReport::TextOf, ContextOf and StartOf).
struct Finding {
  /// Lengths from this many bytes on (a pattern over a giant "word") are
  /// kept beside the findings (DocumentReport::LengthOf).
  static constexpr uint32_t kLongLength = (1U << 18) - 1;
  /// Entries are numbered in 30 bits (LexiconSet::kMaxEntries).
  static constexpr uint32_t kMaxEntry = (1U << 30) - 1;

  uint32_t offset = 0;      ///< byte offset in the original input (kMaxDocumentBytes)
  uint32_t sentence = 0;    ///< 0-based sentence index
  uint32_t entry : 30 = 0;  ///< index into LexiconSet::entries
  bool negated : 1 = false;
  bool quoted : 1 = false;
  uint32_t length : 18 = 0;        ///< bytes, below kLongLength
  uint32_t context_before : 6 = 0;  ///< bytes of the sentence shown before (at most 53)
  uint32_t context_after : 6 = 0;   ///< and after the finding
  bool context_cut_left : 1 = false;   ///< the sentence goes on before the context
  bool context_cut_right : 1 = false;  ///< and after it
};
static_assert(sizeof(Finding) == 16, "a finding is 16 bytes; millions are kept");

/// The length of a finding of Finding::kLongLength bytes or more.
struct LongLength {
  uint32_t offset = 0;
  uint32_t entry = 0;
  uint32_t length = 0;
};

/// Findings in text order. A deque grows without copying what it holds, so
/// a document with millions of findings never needs twice their memory.
using Findings = std::deque<Finding>;

/// Count and density of one category in one document.
struct CategoryStat {
  uint32_t count = 0;
  double per_1000 = 0;  ///< findings per 1,000 words
};

}  // namespace wijzij
