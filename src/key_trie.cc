#include "key_trie.h"

namespace wijzij {

const std::vector<uint32_t> KeyTrie::kNoValues;

KeyTrie::KeyTrie() : nodes_(1) {
  nodes_[kRoot].table = 0;
  tables_.emplace_back().fill(kNone);
}

void KeyTrie::Reserve(size_t bytes) {
  nodes_.reserve(nodes_.size() + bytes);
  edges_.reserve(edges_.size() + bytes);
}

void KeyTrie::AppendOccurring(std::string_view text, Kind kind,
                              std::vector<uint32_t>* out) const {
  for (size_t start = 0; start < text.size(); ++start) {
    uint32_t node = kRoot;
    for (size_t i = start; i < text.size(); ++i) {
      node = Step(node, text[i]);
      if (node == kNone) break;
      const std::vector<uint32_t>& values = Values(node, kind);
      out->insert(out->end(), values.begin(), values.end());
    }
  }
}

void KeyTrie::Link(uint32_t from, unsigned char byte, uint32_t to) {
  Node& node = nodes_[from];
  if (node.table == kNone && node.edge_count + 1 >= kTableFrom) {
    node.table = static_cast<uint32_t>(tables_.size());
    Table& table = tables_.emplace_back();
    table.fill(kNone);
    for (uint32_t e = node.first_edge; e != kNone; e = edges_[e].next) {
      table[edges_[e].byte] = edges_[e].to;
    }
  }
  if (node.table != kNone) {
    tables_[node.table][byte] = to;
    return;
  }
  edges_.push_back({byte, to, node.first_edge});
  node.first_edge = static_cast<uint32_t>(edges_.size() - 1);
  ++node.edge_count;
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
  uint32_t& list = nodes_[node].values[kind];
  if (list == kNone) {
    list = static_cast<uint32_t>(value_lists_.size());
    value_lists_.emplace_back();
  }
  value_lists_[list].push_back(value);
}

}  // namespace wijzij
