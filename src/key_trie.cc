#include "key_trie.h"

namespace wijzij {

KeyTrie::KeyTrie() : nodes_(1) {
  nodes_[kRoot].table = 0;
  tables_.emplace_back().fill(kNone);
}

void KeyTrie::Link(uint32_t from, unsigned char byte, uint32_t to) {
  Node& node = nodes_[from];
  if (node.table == kNone && node.edges.size() + 1 >= kTableFrom) {
    node.table = static_cast<uint32_t>(tables_.size());
    Table& table = tables_.emplace_back();
    table.fill(kNone);
    for (const Edge& edge : node.edges) table[edge.byte] = edge.to;
    node.edges.clear();
    node.edges.shrink_to_fit();
  }
  if (node.table != kNone) {
    tables_[node.table][byte] = to;
  } else {
    node.edges.push_back({byte, to});
  }
}

void KeyTrie::Add(std::string_view key, uint32_t value, Kind kind) {
  uint32_t node = kRoot;
  for (char byte : key) {
    uint32_t next = Step(node, byte);
    if (next == kNone) {
      next = static_cast<uint32_t>(nodes_.size());
      nodes_.emplace_back();
      Link(node, static_cast<unsigned char>(byte), next);
    }
    node = next;
  }
  nodes_[node].values[kind].push_back(value);
}

}  // namespace wijzij
