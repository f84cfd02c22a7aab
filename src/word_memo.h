#pragma once
// What the matcher found for a word, kept so that the word met again costs
// one hash look-up instead of three trie walks. Dutch prose repeats its
// words: a few thousand distinct ones make up most of any text, while each
// token walked the exact-word, suffix and infix tries anew (about a third
// of the matching instructions). One memo per thread and matcher; it
// forgets everything once it holds kMaxWords words, so its memory stays
// bounded however many distinct words an archive has.
//
//   WordMemo memo;
//   const WordMemo::Known* known = memo.Find(word);
//   if (known) Use(known->node, memo.EntriesOf(*known));
//   else memo.Add(word, node, entries);  // after looking them up

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace wijzij {

class WordMemo {
 public:
  /// Words kept before the memo starts over (its table then takes 2 MB).
  static constexpr size_t kMaxWords = size_t{1} << 15;
  /// Longer words are not kept: they are rare, and would fill the memo.
  static constexpr size_t kMaxWordBytes = 48;
  /// Slots a look-up passes at the most. Words whose hashes share a slot
  /// are found in the next free ones; a text crafted so that thousands do
  /// would otherwise make every look-up pass them all. A word with no slot
  /// within reach is not kept (its entries are looked up each time).
  static constexpr size_t kMaxProbes = 32;

  /// What was found for one word: a trie node and a list of entries.
  struct Known {
    uint32_t node = 0;
    uint32_t first_entry = 0;
    uint32_t entry_count = 0;
  };

  WordMemo();

  /// The word's entry, or nullptr when it is not kept.
  const Known* Find(std::string_view word) const;
  /// Keeps `node` and `entries` for `word` (not yet kept, at most
  /// kMaxWordBytes long); false when no slot within reach is free.
  bool Add(std::string_view word, uint32_t node, std::span<const uint32_t> entries);
  std::span<const uint32_t> EntriesOf(const Known& known) const {
    return std::span<const uint32_t>(entries_).subspan(known.first_entry,
                                                       known.entry_count);
  }
  size_t size() const { return words_kept_; }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t word_begin = 0;
    uint32_t word_size = 0;  ///< the word's bytes plus one; 0: an empty slot
    Known known;
  };
  static constexpr size_t kNoSlot = SIZE_MAX;
  /// The slot that holds `word`, or the empty slot where it would go, or
  /// kNoSlot when neither is within kMaxProbes slots.
  size_t SlotOf(std::string_view word, uint64_t hash) const;
  /// Twice the slots, every kept word moved to its new place.
  void Grow();
  void Clear();

  // Open addressing with linear probing, at most half the slots used, so a
  // probe seldom passes more than one other word. The table starts small
  // and doubles, so that a short text does not pay for a large one.
  std::vector<Slot> slots_;
  std::string words_;              ///< every kept word's bytes, one after another
  std::vector<uint32_t> entries_;  ///< every kept word's entries, one list after another
  size_t words_kept_ = 0;
};

}  // namespace wijzij
