#include "key_trie.h"

#include <algorithm>

namespace wijzij {

const std::vector<uint32_t> KeyTrie::kNoValues;

KeyTrie::KeyTrie(size_t max_table_entries) : nodes_(1), max_table_entries_(max_table_entries) {
  nodes_[kRoot].table = 0;
  tables_.emplace_back().fill(kNone);
}

void KeyTrie::Reserve(size_t bytes) {
  nodes_.reserve(nodes_.size() + bytes);
  edges_.reserve(edges_.size() + bytes);
}

template <typename F>
void KeyTrie::ForEachChild(uint32_t node, F f) const {
  const Node& n = nodes_[node];
  if (n.table != kNone) {
    for (unsigned byte = 0; byte < 256; ++byte)
      if (tables_[n.table][byte] != kNone) f(static_cast<char>(byte), tables_[n.table][byte]);
    return;
  }
  for (uint32_t e = n.first_edge; e != kNone; e = edges_[e].next)
    f(static_cast<char>(edges_[e].byte), edges_[e].to);
}

void KeyTrie::Seal() const {
  const std::lock_guard<std::mutex> lock(seal_mutex_);
  if (sealed()) return;
  std::vector<uint32_t> suffix(nodes_.size(), kRoot);
  for (std::vector<uint32_t>& link : suffix_with_values_) link.assign(nodes_.size(), kNone);
  // Breadth first, so a node's suffix, which is shorter, is linked before it.
  std::vector<uint32_t> queue = {kRoot};
  for (size_t next = 0; next < queue.size(); ++next) {
    const uint32_t parent = queue[next];
    ForEachChild(parent, [&](char byte, uint32_t child) {
      queue.push_back(child);
      if (parent == kRoot) return;  // a one-byte key's suffix is the root
      uint32_t s = suffix[parent];
      while (s != kRoot && Step(s, byte) == kNone) s = suffix[s];
      const uint32_t to = Step(s, byte);
      suffix[child] = to == kNone ? kRoot : to;
    });
    if (parent == kRoot) continue;
    const uint32_t s = suffix[parent];
    for (size_t kind = 0; kind < suffix_with_values_.size(); ++kind) {
      suffix_with_values_[kind][parent] =
          nodes_[s].values[kind] != kNone ? s : suffix_with_values_[kind][s];
    }
  }
  ClassifyBytes();
  if (nodes_.size() <= kNodeMask && nodes_.size() * classes_ <= max_table_entries_) {
    BuildTable(queue, suffix);
    suffix_.clear();
  } else {
    next_.clear();
    suffix_ = std::move(suffix);
  }
  sealed_.store(true, std::memory_order_release);
}

void KeyTrie::ClassifyBytes() const {
  byte_class_.fill(0);
  classes_ = 1;
  for (uint32_t node = 0; node < nodes_.size(); ++node) {
    ForEachChild(node, [&](char byte, uint32_t) {
      uint16_t& cls = byte_class_[static_cast<unsigned char>(byte)];
      if (cls == 0) cls = static_cast<uint16_t>(classes_++);
    });
  }
}

void KeyTrie::BuildTable(const std::vector<uint32_t>& breadth_first,
                         const std::vector<uint32_t>& suffix) const {
  next_.assign(nodes_.size() * classes_, kRoot);
  // A node's row: its suffix's row, which breadth-first order has filled
  // already (a suffix is shorter), overwritten by its own edges.
  for (const uint32_t node : breadth_first) {
    uint32_t* row = &next_[size_t{node} * classes_];
    if (node != kRoot) std::copy_n(&next_[size_t{suffix[node]} * classes_], classes_, row);
    ForEachChild(node, [&](char byte, uint32_t child) {
      row[byte_class_[static_cast<unsigned char>(byte)]] = child | KeysEndingAt(child);
    });
  }
}

uint32_t KeyTrie::KeysEndingAt(uint32_t node) const {
  uint32_t flags = 0;
  for (const Kind kind : {kWhole, kStart}) {
    if (nodes_[node].values[kind] != kNone || suffix_with_values_[kind][node] != kNone)
      flags |= kEndsFlag[kind];
  }
  return flags;
}

void KeyTrie::AppendValues(uint32_t node, Kind kind, std::vector<uint32_t>* out) const {
  const std::vector<uint32_t>& values = Values(node, kind);
  out->insert(out->end(), values.begin(), values.end());
}

void KeyTrie::AppendEndingAt(uint32_t node, Kind kind, std::vector<uint32_t>* out) const {
  for (uint32_t at = node; at != kNone && at != kRoot; at = suffix_with_values_[kind][at])
    AppendValues(at, kind, out);
}

void KeyTrie::AppendWalkingFromEveryByte(std::string_view text, Kind kind,
                                         std::vector<uint32_t>* out) const {
  for (size_t start = 0; start < text.size(); ++start) {
    uint32_t node = kRoot;
    for (size_t i = start; i < text.size(); ++i) {
      node = Step(node, text[i]);
      if (node == kNone) break;
      AppendValues(node, kind, out);
    }
  }
}

void KeyTrie::AppendFollowingSuffixes(std::string_view text, Kind kind,
                                      std::vector<uint32_t>* out) const {
  uint32_t node = kRoot;
  for (char byte : text) {
    // The longest key prefix ending here: fall back along suffixes until
    // one continues with this byte.
    while (node != kRoot && Step(node, byte) == kNone) node = suffix_[node];
    const uint32_t next = Step(node, byte);
    node = next == kNone ? kRoot : next;
    AppendEndingAt(node, kind, out);
  }
}

void KeyTrie::AppendOccurring(std::string_view text, Kind kind,
                              std::vector<uint32_t>* out) const {
  if (!sealed()) {
    if (searched_bytes_.fetch_add(text.size(), std::memory_order_relaxed) < kSealAfterBytes)
      return AppendWalkingFromEveryByte(text, kind, out);
    Seal();
  }
  if (next_.empty()) return AppendFollowingSuffixes(text, kind, out);
  uint32_t node = kRoot;
  for (char byte : text) {
    // The longest key prefix ending here, and whether keys of a kind do.
    const uint32_t next =
        next_[size_t{node} * classes_ + byte_class_[static_cast<unsigned char>(byte)]];
    node = next & kNodeMask;
    if ((next & kEndsFlag[kind]) == 0) continue;
    AppendEndingAt(node, kind, out);
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
  sealed_.store(false, std::memory_order_relaxed);
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
