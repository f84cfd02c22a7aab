#include "word_memo.h"

#include <functional>

namespace wijzij {

namespace {

// The table doubles from kFirstSlots to twice kMaxWords slots; the probe
// masks a hash with the slot count less one, so both must be powers of two.
constexpr size_t kFirstSlots = 1024;
constexpr bool IsPowerOfTwo(size_t n) { return n != 0 && (n & (n - 1)) == 0; }
static_assert(IsPowerOfTwo(kFirstSlots) && IsPowerOfTwo(WordMemo::kMaxWords) &&
                  kFirstSlots <= 2 * WordMemo::kMaxWords,
              "the memo's table must double from kFirstSlots to 2 * kMaxWords");

uint64_t HashOf(std::string_view word) { return std::hash<std::string_view>{}(word); }

}  // namespace

WordMemo::WordMemo() : slots_(kFirstSlots) {}

size_t WordMemo::SlotOf(std::string_view word, uint64_t hash) const {
  const size_t mask = slots_.size() - 1;
  size_t at = hash & mask;
  for (size_t probe = 0; probe < kMaxProbes; ++probe, at = (at + 1) & mask) {
    const Slot& slot = slots_[at];
    if (slot.word_size == 0) return at;
    if (slot.hash == hash && slot.word_size == word.size() + 1 &&
        std::string_view(words_).substr(slot.word_begin, word.size()) == word)
      return at;
  }
  return kNoSlot;
}

const WordMemo::Known* WordMemo::Find(std::string_view word) const {
  if (word.size() > kMaxWordBytes) return nullptr;
  const size_t at = SlotOf(word, HashOf(word));
  return at == kNoSlot || slots_[at].word_size == 0 ? nullptr : &slots_[at].known;
}

bool WordMemo::Add(std::string_view word, uint32_t node,
                   std::span<const uint32_t> entries) {
  if (words_kept_ == kMaxWords) Clear();
  if (2 * (words_kept_ + 1) > slots_.size()) Grow();
  const uint64_t hash = HashOf(word);
  const size_t at = SlotOf(word, hash);
  if (at == kNoSlot) return false;
  Slot& slot = slots_[at];
  slot.hash = hash;
  slot.word_begin = static_cast<uint32_t>(words_.size());
  slot.word_size = static_cast<uint32_t>(word.size() + 1);
  slot.known = {node, static_cast<uint32_t>(entries_.size()),
                static_cast<uint32_t>(entries.size())};
  words_.append(word);
  entries_.insert(entries_.end(), entries.begin(), entries.end());
  ++words_kept_;
  return true;
}

void WordMemo::Grow() {
  std::vector<Slot> old(2 * slots_.size());
  old.swap(slots_);
  for (const Slot& slot : old) {
    if (slot.word_size == 0) continue;
    const std::string_view word =
        std::string_view(words_).substr(slot.word_begin, slot.word_size - 1);
    // A word with no slot within reach in the larger table is forgotten.
    const size_t at = SlotOf(word, slot.hash);
    if (at != kNoSlot)
      slots_[at] = slot;
    else
      --words_kept_;
  }
}

void WordMemo::Clear() {
  slots_.assign(kFirstSlots, Slot{});
  words_.clear();
  entries_.clear();
  words_kept_ = 0;
}

}  // namespace wijzij
