#include "key_trie.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <random>
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

std::vector<uint32_t> Occurring(const KeyTrie& trie, std::string_view text, KeyTrie::Kind kind) {
  std::vector<uint32_t> out;
  trie.AppendOccurring(text, kind, &out);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("a sealed trie finds every key occurring in a text in one pass") {
  KeyTrie trie;
  trie.Add("he", 1, KeyTrie::kStart);
  trie.Add("she", 2, KeyTrie::kStart);
  trie.Add("his", 3, KeyTrie::kStart);
  trie.Add("hers", 4, KeyTrie::kStart);
  trie.Add("ers", 5, KeyTrie::kWhole);
  const std::vector<uint32_t> walked = Occurring(trie, "ushers", KeyTrie::kStart);
  CHECK(walked == std::vector<uint32_t>{1, 2, 4});
  trie.Seal();
  CHECK(Occurring(trie, "ushers", KeyTrie::kStart) == walked);
  CHECK(Occurring(trie, "ushers", KeyTrie::kWhole) == std::vector<uint32_t>{5});
  CHECK(Occurring(trie, "", KeyTrie::kStart).empty());
  // A key added after sealing is found too.
  trie.Add("us", 6, KeyTrie::kStart);
  CHECK(Occurring(trie, "ushers", KeyTrie::kStart) == std::vector<uint32_t>{1, 2, 4, 6});
}

TEST_CASE("sealed and unsealed tries find the same keys in any text") {
  // Overlapping keys over a small alphabet, enough of them that some nodes
  // get tables, and texts that hit them at every offset.
  std::mt19937 random(7);
  const std::string alphabet = "abcde \xC3\xA9";
  auto pick = [&](size_t max_length) {
    std::string out(1 + random() % max_length, ' ');
    for (char& c : out) c = alphabet[random() % alphabet.size()];
    return out;
  };
  // One sealed trie searches with its table; one too large for a table
  // (at most 0 entries) follows suffix links.
  KeyTrie unsealed, sealed, sealed_without_table(0);
  for (uint32_t i = 0; i < 300; ++i) {
    const std::string key = pick(5);
    const auto kind = i % 3 ? KeyTrie::kStart : KeyTrie::kWhole;
    unsealed.Add(key, i, kind);
    sealed.Add(key, i, kind);
    sealed_without_table.Add(key, i, kind);
  }
  sealed.Seal();
  sealed_without_table.Seal();
  for (int t = 0; t < 500; ++t) {
    const std::string text = pick(60);
    CAPTURE(text);
    for (const auto kind : {KeyTrie::kStart, KeyTrie::kWhole}) {
      CHECK(Occurring(sealed, text, kind) == Occurring(unsealed, text, kind));
      CHECK(Occurring(sealed_without_table, text, kind) == Occurring(unsealed, text, kind));
    }
  }
  // Still walking from every byte: it had too little to search to link.
  CHECK_FALSE(unsealed.sealed());
  CHECK(sealed.sealed());
}

TEST_CASE("a trie of more nodes than its table can number finds the same keys") {
  // The table names rows in 16 bits: a trie of more than 65,536 nodes
  // searches by following suffix links instead, and must find the same.
  std::mt19937 random(13);
  auto pick = [&](size_t length) {
    std::string out(length, ' ');
    for (char& c : out) c = static_cast<char>('a' + random() % 26);
    return out;
  };
  KeyTrie unsealed, sealed;
  std::vector<std::string> keys;
  for (uint32_t i = 0; i < 12000; ++i) {
    keys.push_back(pick(8));
    unsealed.Add(keys.back(), i, KeyTrie::kStart);
    sealed.Add(keys.back(), i, KeyTrie::kStart);
  }
  sealed.Seal();
  for (int t = 0; t < 200; ++t) {
    // Texts that hold keys, and random letters between them.
    const std::string text = pick(20) + keys[random() % keys.size()] + pick(30) +
                             keys[random() % keys.size()].substr(0, 5) + pick(10);
    CHECK(Occurring(sealed, text, KeyTrie::kStart) == Occurring(unsealed, text, KeyTrie::kStart));
  }
}

TEST_CASE("a sealed trie searches texts of any bytes, with keys that use every byte") {
  // Every byte value in some key: the search table then has a class for
  // each of the 256, and bytes such as NUL and 0xFF must still find keys.
  std::mt19937 random(11);
  auto pick = [&](size_t max_length) {
    std::string out(1 + random() % max_length, ' ');
    for (char& c : out) c = static_cast<char>(random() % 256);
    return out;
  };
  KeyTrie unsealed, sealed;
  for (uint32_t byte = 0; byte < 256; ++byte) {
    const std::string key = std::string(1, static_cast<char>(byte)) + pick(2);
    unsealed.Add(key, byte, KeyTrie::kStart);
    sealed.Add(key, byte, KeyTrie::kStart);
  }
  sealed.Seal();
  for (int t = 0; t < 300; ++t) {
    const std::string text = pick(40);
    CHECK(Occurring(sealed, text, KeyTrie::kStart) == Occurring(unsealed, text, KeyTrie::kStart));
  }
}

TEST_CASE("a trie links itself once it has searched enough text, and finds the same") {
  KeyTrie trie;
  trie.Add("he", 1, KeyTrie::kStart);
  trie.Add("she", 2, KeyTrie::kStart);
  trie.Add("hers", 3, KeyTrie::kStart);
  const std::string text = "ushers " + std::string(KeyTrie::kSealAfterBytes, 'x');
  const std::vector<uint32_t> walked = Occurring(trie, text, KeyTrie::kStart);
  CHECK(walked == std::vector<uint32_t>{1, 2, 3});
  CHECK_FALSE(trie.sealed());  // this search still walked
  CHECK(Occurring(trie, text, KeyTrie::kStart) == walked);
  CHECK(trie.sealed());
  // An Add unlinks it; the new key is found either way.
  trie.Add("xx", 4, KeyTrie::kStart);
  CHECK_FALSE(trie.sealed());
  CHECK(Occurring(trie, "ushers xx", KeyTrie::kStart) == std::vector<uint32_t>{1, 2, 3, 4});
}

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

namespace wijzij {

TEST_CASE("a saved trie reads back where it lies, finds the same, and grows by copying") {
  KeyTrie trie;
  const std::vector<std::string> keys = {"schaam", "schaamteloos", "elite", "lite",
                                         "verraders", "de elite", "alle"};
  for (uint32_t i = 0; i < keys.size(); ++i)
    trie.Add(keys[i], i, i % 2 ? KeyTrie::kWhole : KeyTrie::kStart);
  trie.Add("schaam", 99, KeyTrie::kStart);  // a second value on one key
  ImageWriter out("trie\n");
  trie.Save(&out);
  const std::string image = out.Take();

  KeyTrie read;
  ImageReader in(image);
  REQUIRE(in.Magic("trie\n"));
  REQUIRE(read.Load(&in, true));
  CHECK(in.AtEnd());
  const std::string text = "De schaamteloze elite en alle verraders, de elite.";
  for (const KeyTrie::Kind kind : {KeyTrie::kWhole, KeyTrie::kStart}) {
    CHECK(Walk(read, "schaamteloos", kind) == Walk(trie, "schaamteloos", kind));
    CHECK(Occurring(read, text, kind) == Occurring(trie, text, kind));
  }
  CHECK(Walk(read, "schaam", KeyTrie::kStart) == std::vector<uint32_t>{0, 99});
  // Adding to a trie read from an image copies it first; the image is untouched.
  read.Add("elitair", 7, KeyTrie::kWhole);
  CHECK(Walk(read, "elitair", KeyTrie::kWhole) == std::vector<uint32_t>{7});
  CHECK(Walk(read, "schaam", KeyTrie::kStart) == std::vector<uint32_t>{0, 99});
  ImageWriter again("trie\n");
  trie.Save(&again);
  CHECK(again.Take() == image);
}

TEST_CASE("a checked trie image that no Add could have built is refused") {
  KeyTrie trie;
  trie.Add("abc", 1, KeyTrie::kWhole);
  trie.Add("abd", 2, KeyTrie::kWhole);
  ImageWriter out("");
  trie.Save(&out);
  const std::string image = out.Take();
  size_t refused = 0;
  // Every byte changed in turn: refused, or a trie whose every walk stays in bounds.
  for (size_t at = 0; at < image.size(); ++at) {
    std::string damaged = image;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x41);
    KeyTrie read;
    ImageReader in(damaged);
    if (!read.Load(&in, true)) {
      ++refused;
      CHECK(read.empty());
      continue;
    }
    std::vector<uint32_t> found;
    read.AppendOccurring("xabcabdab", KeyTrie::kWhole, &found);
    read.Seal();
    read.AppendOccurring("xabcabdab", KeyTrie::kWhole, &found);
  }
  CHECK(refused > image.size() / 4);
}

}  // namespace wijzij
