#include "key_trie.h"

#include <algorithm>

namespace wijzij {

KeyTrie::KeyTrie(size_t max_table_entries) : max_table_entries_(max_table_entries) { Clear(); }

void KeyTrie::Save(ImageWriter* out) const {
  out->Array(nodes_);
  out->Array(edges_);
  out->Array(tables_);
  // The value lists, flat.
  std::vector<uint32_t> starts = {0}, values;
  for (uint32_t list = 0; list < list_count(); ++list) {
    for (const uint32_t v : ValuesOfList(list)) values.push_back(v);
    starts.push_back(static_cast<uint32_t>(values.size()));
  }
  out->Array(starts);
  out->Array(values);
}

bool KeyTrie::Load(ImageReader* in, bool check) {
  sealed_.store(false, std::memory_order_relaxed);
  searched_bytes_.store(0, std::memory_order_relaxed);
  built_nodes_.clear();
  built_edges_.clear();
  built_tables_.clear();
  value_lists_.clear();
  const bool ok = in->View(&nodes_) && in->View(&edges_) && in->View(&tables_) &&
                  in->View(&list_starts_) && in->View(&list_values_) &&
                  !list_starts_.empty() && (!check || Consistent());
  if (!ok) Clear();
  return ok;
}

// Whether the trie is one Add could have built, as far as a search relies
// on it: every index points at something, and edges lead to later nodes
// and chain to earlier edges (as Add appends them), so that no walk of a
// damaged image reads out of bounds or goes round in circles.
bool KeyTrie::Consistent() const {
  auto fits = [](uint32_t index, size_t size) { return index == kNone || index < size; };
  if (nodes_.empty() || nodes_[kRoot].table == kNone) return false;
  if (!list_starts_.empty()) {
    if (list_starts_.front() != 0 || list_starts_.back() > list_values_.size() ||
        !std::is_sorted(list_starts_.begin(), list_starts_.end()))
      return false;
  }
  for (uint32_t e = 0; e < edges_.size(); ++e) {
    if (edges_[e].byte > 255 || (edges_[e].next != kNone && edges_[e].next >= e)) return false;
  }
  for (uint32_t node = 0; node < nodes_.size(); ++node) {
    const Node& n = nodes_[node];
    if (!fits(n.first_edge, edges_.size()) || !fits(n.table, tables_.size()) ||
        !fits(n.values[kWhole], list_count()) || !fits(n.values[kStart], list_count()))
      return false;
    bool forward = true;
    ForEachChild(node, [&](char, uint32_t child) {
      forward = forward && child > node && child < nodes_.size();
    });
    if (!forward) return false;
  }
  return true;
}

bool KeyTrie::ValuesBelow(uint32_t limit) const {
  for (uint32_t list = 0; list < list_count(); ++list) {
    for (const uint32_t v : ValuesOfList(list))
      if (v >= limit) return false;
  }
  return true;
}

void KeyTrie::Clear() {
  built_nodes_.assign(1, Node{});
  built_nodes_[kRoot].table = 0;
  built_edges_.clear();
  built_tables_.assign(1, Table{});
  built_tables_[0].fill(kNone);
  value_lists_.clear();
  list_starts_ = {};
  list_values_ = {};
  Point();
}

void KeyTrie::Point() {
  nodes_ = built_nodes_;
  edges_ = built_edges_;
  tables_ = built_tables_;
}

void KeyTrie::Own() {
  if (list_starts_.empty()) return;  // built by Add already
  built_nodes_.assign(nodes_.begin(), nodes_.end());
  built_edges_.assign(edges_.begin(), edges_.end());
  built_tables_.assign(tables_.begin(), tables_.end());
  for (uint32_t list = 0; list < list_count(); ++list) {
    const std::span<const uint32_t> values = ValuesOfList(list);
    value_lists_.emplace_back(values.begin(), values.end());
  }
  list_starts_ = {};
  list_values_ = {};
  Point();
}

void KeyTrie::Reserve(size_t bytes) {
  Own();
  built_nodes_.reserve(built_nodes_.size() + bytes);
  built_edges_.reserve(built_edges_.size() + bytes);
  Point();
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
  if (nodes_.size() <= kMaxTableRows && nodes_.size() * classes_ <= max_table_entries_) {
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
  // Row r is the r-th node breadth first; the root's row is 0.
  std::vector<uint32_t> row_of(nodes_.size(), 0);
  for (uint32_t r = 0; r < breadth_first.size(); ++r) row_of[breadth_first[r]] = r;
  node_of_row_ = breadth_first;
  next_.assign(nodes_.size() * classes_, static_cast<uint16_t>(row_of[kRoot]));
  ends_at_row_.assign(nodes_.size(), 0);
  // A node's row: its suffix's row, which breadth-first order has filled
  // already (a suffix is shorter), overwritten by its own edges.
  for (const uint32_t node : breadth_first) {
    uint16_t* row = &next_[size_t{row_of[node]} * classes_];
    ends_at_row_[row_of[node]] = KeysEndingAt(node);
    if (node != kRoot)
      std::copy_n(&next_[size_t{row_of[suffix[node]]} * classes_], classes_, row);
    ForEachChild(node, [&](char byte, uint32_t child) {
      row[byte_class_[static_cast<unsigned char>(byte)]] = static_cast<uint16_t>(row_of[child]);
    });
  }
}

uint8_t KeyTrie::KeysEndingAt(uint32_t node) const {
  uint8_t flags = 0;
  for (const Kind kind : {kWhole, kStart}) {
    if (nodes_[node].values[kind] != kNone || suffix_with_values_[kind][node] != kNone)
      flags |= kEndsFlag[kind];
  }
  return flags;
}

void KeyTrie::AppendValues(uint32_t node, Kind kind, std::vector<uint32_t>* out) const {
  const std::span<const uint32_t> values = Values(node, kind);
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
  // Locals, so that the loop need not read them again after each append.
  const uint16_t* next = next_.data();
  const uint8_t* ends_at_row = ends_at_row_.data();
  const size_t classes = classes_;
  const uint8_t ends = kEndsFlag[kind];
  size_t row = 0;  // the root's
  for (char byte : text) {
    // The longest key prefix ending here, and whether keys of a kind do.
    row = next[row * classes + byte_class_[static_cast<unsigned char>(byte)]];
    if ((ends_at_row[row] & ends) == 0) continue;
    AppendEndingAt(node_of_row_[row], kind, out);
  }
}

void KeyTrie::Link(uint32_t from, unsigned char byte, uint32_t to) {
  Node& node = built_nodes_[from];
  if (node.table == kNone && node.edge_count + 1 >= kTableFrom) {
    node.table = static_cast<uint32_t>(built_tables_.size());
    Table& table = built_tables_.emplace_back();
    table.fill(kNone);
    for (uint32_t e = node.first_edge; e != kNone; e = built_edges_[e].next) {
      table[built_edges_[e].byte] = built_edges_[e].to;
    }
  }
  if (node.table != kNone) {
    built_tables_[node.table][byte] = to;
  } else {
    built_edges_.push_back({byte, to, node.first_edge});
    node.first_edge = static_cast<uint32_t>(built_edges_.size() - 1);
    ++node.edge_count;
  }
  Point();
}

void KeyTrie::Add(std::string_view key, uint32_t value, Kind kind) {
  Own();
  sealed_.store(false, std::memory_order_relaxed);
  uint32_t node = kRoot;
  for (char byte : key) {
    uint32_t next = Step(node, byte);
    if (next == kNone) {
      next = static_cast<uint32_t>(built_nodes_.size());
      built_nodes_.emplace_back();
      Link(node, static_cast<unsigned char>(byte), next);
    }
    node = next;
  }
  uint32_t& list = built_nodes_[node].values[kind];
  if (list == kNone) {
    list = static_cast<uint32_t>(value_lists_.size());
    value_lists_.emplace_back();
  }
  value_lists_[list].push_back(value);
}

}  // namespace wijzij
