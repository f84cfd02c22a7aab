#include "key_trie.h"

namespace wijzij {

KeyTrie::KeyTrie() : nodes_(1) { root_.fill(kNone); }

void KeyTrie::Add(std::string_view key, uint32_t value, Kind kind) {
  uint32_t node = kRoot;
  for (char byte : key) {
    uint32_t next = Step(node, byte);
    if (next == kNone) {
      next = static_cast<uint32_t>(nodes_.size());
      nodes_.emplace_back();
      const auto b = static_cast<unsigned char>(byte);
      if (node == kRoot) {
        root_[b] = next;
      } else {
        nodes_[node].edges.push_back({b, next});
      }
    }
    node = next;
  }
  nodes_[node].values[kind].push_back(value);
}

}  // namespace wijzij
