#include "word_memo.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace wijzij {

namespace {

std::vector<uint32_t> EntriesFound(const WordMemo& memo, std::string_view word) {
  const WordMemo::Known* known = memo.Find(word);
  REQUIRE(known != nullptr);
  const auto entries = memo.EntriesOf(*known);
  return {entries.begin(), entries.end()};
}

}  // namespace

TEST_CASE("a word memo gives back what was kept for each word, and nothing for others") {
  WordMemo memo;
  CHECK(memo.Find("zij") == nullptr);
  memo.Add("zij", 7, std::vector<uint32_t>{3, 9});
  memo.Add("wij", 2, std::vector<uint32_t>{});
  memo.Add("zijn", 11, std::vector<uint32_t>{4});
  CHECK(memo.Find("zij")->node == 7);
  CHECK(EntriesFound(memo, "zij") == std::vector<uint32_t>{3, 9});
  CHECK(EntriesFound(memo, "wij").empty());
  CHECK(EntriesFound(memo, "zijn") == std::vector<uint32_t>{4});
  // Neither a prefix nor an extension of a kept word is that word.
  CHECK(memo.Find("zi") == nullptr);
  CHECK(memo.Find("zijnde") == nullptr);
  CHECK(memo.Find("") == nullptr);
  CHECK(memo.size() == 3);
}

TEST_CASE("a word memo keeps every word as it grows, and starts over when full") {
  WordMemo memo;
  auto word = [](size_t i) { return "woord" + std::to_string(i); };
  // Enough words to grow the table several times: each still found, with
  // its own entries (at most half full, a table holds a run of kMaxProbes
  // taken slots only for words crafted to share one).
  for (uint32_t i = 0; i < 5000; ++i)
    memo.Add(word(i), i, std::vector<uint32_t>{i, i + 1});
  for (uint32_t i = 0; i < 5000; ++i) {
    CAPTURE(i);
    CHECK(memo.Find(word(i))->node == i);
    CHECK(EntriesFound(memo, word(i)) == std::vector<uint32_t>{i, i + 1});
  }
  // Full, it forgets all it held before keeping the next word: its memory
  // does not grow with the number of distinct words.
  for (size_t i = 5000; i < WordMemo::kMaxWords; ++i) memo.Add(word(i), 1, {});
  CHECK(memo.size() == WordMemo::kMaxWords);
  memo.Add("nieuw", 5, std::vector<uint32_t>{1});
  CHECK(memo.size() == 1);
  CHECK(memo.Find(word(0)) == nullptr);
  CHECK(EntriesFound(memo, "nieuw") == std::vector<uint32_t>{1});
}

TEST_CASE(
    "words whose hashes share a slot fill only a few slots, so no look-up walks far") {
  // A crafted text could hold thousands of words whose hashes agree in the
  // bits that pick a slot (of any table size up to the largest); the memo
  // keeps at most kMaxProbes of them and looks the rest up each time.
  const size_t largest_table = 2 * WordMemo::kMaxWords;
  std::vector<std::string> colliding;
  const uint64_t slot = std::hash<std::string_view>{}("w0") & (largest_table - 1);
  for (size_t i = 0; colliding.size() < 40; ++i) {
    const std::string word = "w" + std::to_string(i);
    if ((std::hash<std::string_view>{}(word) & (largest_table - 1)) == slot)
      colliding.push_back(word);
  }
  WordMemo memo;
  size_t kept = 0;
  for (uint32_t i = 0; i < colliding.size(); ++i)
    kept += memo.Add(colliding[i], i, std::vector<uint32_t>{i});
  CHECK(kept == WordMemo::kMaxProbes);
  CHECK(memo.size() == WordMemo::kMaxProbes);
  for (uint32_t i = 0; i < colliding.size(); ++i) {
    CAPTURE(colliding[i]);
    const WordMemo::Known* known = memo.Find(colliding[i]);
    if (i < WordMemo::kMaxProbes) {
      REQUIRE(known != nullptr);
      CHECK(EntriesFound(memo, colliding[i]) == std::vector<uint32_t>{i});
    } else {
      CHECK(known == nullptr);
    }
  }
}

TEST_CASE("a word longer than a memo keeps is never found in it") {
  WordMemo memo;
  const std::string longest(WordMemo::kMaxWordBytes, 'a');
  memo.Add(longest, 1, {});
  CHECK(memo.Find(longest) != nullptr);
  CHECK(memo.Find(longest + "a") == nullptr);
}

}  // namespace wijzij
