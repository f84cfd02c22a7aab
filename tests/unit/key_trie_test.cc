#include "key_trie.h"

#include <doctest/doctest.h>

#include <cstddef>
#include <string>
#include <vector>

namespace wijzij {

namespace {

// Values of `kind` met walking `text` from the root, in walk order.
std::vector<uint32_t> Walk(const KeyTrie& trie, std::string_view text, KeyTrie::Kind kind) {
  std::vector<uint32_t> out;
  uint32_t node = KeyTrie::kRoot;
  for (char byte : text) {
    node = trie.Step(node, byte);
    if (node == KeyTrie::kNone) return out;
    const auto& values = trie.Values(node, kind);
    out.insert(out.end(), values.begin(), values.end());
  }
  return out;
}

}  // namespace

TEST_CASE("a trie finds every key along a walk, by kind, with or without room reserved") {
  for (const size_t reserved : {size_t{0}, size_t{64}}) {
    CAPTURE(reserved);
    KeyTrie trie;
    trie.Reserve(reserved);
    CHECK(trie.empty());
    trie.Add("schaam", 1, KeyTrie::kStart);
    trie.Add("schaamteloos", 2, KeyTrie::kWhole);
    trie.Add("schaamte", 3, KeyTrie::kStart);
    trie.Add("schaam", 4, KeyTrie::kStart);
    CHECK_FALSE(trie.empty());
    CHECK(Walk(trie, "schaamteloos", KeyTrie::kStart) == std::vector<uint32_t>{1, 4, 3});
    CHECK(Walk(trie, "schaamteloos", KeyTrie::kWhole) == std::vector<uint32_t>{2});
    CHECK(Walk(trie, "schamen", KeyTrie::kStart).empty());
    CHECK(trie.Step(KeyTrie::kRoot, 'x') == KeyTrie::kNone);
  }
}

TEST_CASE("a node with many edges finds every one of them") {
  // "de " followed by 40 second words: the node after the space gets a
  // table when it passes a dozen edges; every edge must survive that.
  KeyTrie trie;
  std::vector<std::string> words;
  for (char first = 'a'; first <= 'z'; ++first) words.push_back(std::string(1, first) + "x");
  for (char first = '0'; first <= '9'; ++first) words.push_back(std::string(1, first) + "y");
  words.push_back("\xC3\xA9lite");
  for (uint32_t i = 0; i < words.size(); ++i) trie.Add("de " + words[i], i, KeyTrie::kWhole);
  for (uint32_t i = 0; i < words.size(); ++i) {
    CAPTURE(words[i]);
    CHECK(Walk(trie, "de " + words[i], KeyTrie::kWhole) == std::vector<uint32_t>{i});
  }
  CHECK(Walk(trie, "de zz", KeyTrie::kWhole).empty());
}

}  // namespace wijzij
