#pragma once
// A byte trie over the folded keys of lexicon entries, so that a token is
// looked up by walking its bytes once, whatever the number of entries and
// whatever their lengths: each node reached on the way holds the entries
// whose key ends there. That replaces a hash look-up per distinct wildcard
// length per token (hashing the same bytes again and again).
//
//   KeyTrie trie;
//   trie.Add("schaam", 7, KeyTrie::kStart);  // schaam*: any word starting so
//   for (uint32_t node = KeyTrie::kRoot, i = 0; i < word.size(); ++i) {
//     node = trie.Step(node, word[i]);
//     if (node == KeyTrie::kNone) break;
//     Use(trie.Values(node, KeyTrie::kStart));
//   }
//
// Nodes, edges and value lists live in flat vectors, or in an image of them
// saved at build time: the shipped lexicons' tries are read where they lie
// in the program instead of being built at every start-up (matcher.h).

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <span>
#include <string_view>
#include <vector>

#include "image.h"

namespace wijzij {

class KeyTrie {
 public:
  static constexpr uint32_t kRoot = 0;
  static constexpr uint32_t kNone = UINT32_MAX;

  /// What a key ending at a node stands for: the whole of what was walked
  /// (a word, or "word word" for a phrase's first two words), or any text
  /// that starts with it.
  enum Kind { kWhole, kStart };

  /// The largest search table Seal builds, in entries of 4 bytes (64 MB):
  /// a trie whose table would be larger (a user lexicon of a million
  /// infixes) is searched by following suffix links instead.
  static constexpr size_t kMaxTableEntries = size_t{16} << 20;

  explicit KeyTrie(size_t max_table_entries = kMaxTableEntries);

  /// Adds `value` under `key` as `kind`.
  void Add(std::string_view key, uint32_t value, Kind kind);

  /// Room for keys of `bytes` bytes in all, so that adding them never moves
  /// the nodes: a start-up then touches only the memory the trie uses.
  void Reserve(size_t bytes);

  /// The node after `byte` from `node`, or kNone.
  uint32_t Step(uint32_t node, char byte) const {
    const auto b = static_cast<unsigned char>(byte);
    const Node& n = nodes_[node];
    if (n.table != kNone) return tables_[n.table][b];
    for (uint32_t e = n.first_edge; e != kNone; e = edges_[e].next) {
      if (edges_[e].byte == b) return edges_[e].to;
    }
    return kNone;
  }

  /// The values of keys of `kind` ending at `node`.
  std::span<const uint32_t> Values(uint32_t node, Kind kind) const {
    const uint32_t list = nodes_[node].values[kind];
    return list == kNone ? std::span<const uint32_t>() : ValuesOfList(list);
  }

  /// Appends the values of keys of `kind` that occur anywhere in `text`, in
  /// no particular order and possibly repeated. Safe from several threads.
  /// A walk from every byte at first; once kSealAfterBytes have been
  /// searched, the trie seals itself and reads each text once.
  void AppendOccurring(std::string_view text, Kind kind, std::vector<uint32_t>* out) const;

  /// Links each node to the node of the longest proper suffix of its key
  /// that the trie also holds (Aho-Corasick) and builds the search table
  /// from those links. For the shipped lexicons that costs 7 million
  /// instructions, about what walking 150 KB of text from every byte
  /// costs, so AppendOccurring waits for kSealAfterBytes of searching
  /// (waiting longer cost more over 1,000 small files); an Add undoes it.
  void Seal() const;
  bool sealed() const { return sealed_.load(std::memory_order_acquire); }

  static constexpr size_t kSealAfterBytes = size_t{64} << 10;

  bool empty() const { return nodes_.size() == 1; }

  /// Writes the trie as built by Add (not what Seal adds, which is
  /// rebuilt when needed), so that a start-up can read it instead of adding
  /// every key again (matcher.h).
  void Save(ImageWriter* out) const;
  /// Takes what Save wrote as this trie, where it lies in the image (which
  /// must outlive the trie; an Add copies it first). With `check`, false,
  /// and the trie left empty, unless the image is one Add could have built
  /// (an image built into wijzij with its code is trusted as its code is).
  bool Load(ImageReader* in, bool check);
  /// Whether every value is below `limit` (for a checked image's values).
  bool ValuesBelow(uint32_t limit) const;
  /// Back to the root alone.
  void Clear();

 private:
  using Table = std::array<uint32_t, 256>;
  // Most nodes have a few edges, and a scan is fastest; a node with many
  // (the root, "de " before the second words of phrases) gets a table.
  static constexpr uint32_t kTableFrom = 12;
  struct Edge {
    uint32_t byte;  ///< a byte, held in 32 bits so that an edge has no padding to save
    uint32_t to;
    uint32_t next;  ///< the node's next edge, or kNone
  };
  struct Node {
    uint32_t first_edge = kNone;
    uint32_t edge_count = 0;
    uint32_t table = kNone;  ///< index into tables_ once the node has one
    std::array<uint32_t, 2> values{kNone, kNone};  ///< a value list (ValuesOfList)
  };
  void Link(uint32_t from, unsigned char byte, uint32_t to);
  /// Points the spans a search reads at the vectors Add builds.
  void Point();
  /// Makes an image-backed trie one that Add can extend, by copying it.
  void Own();
  std::span<const uint32_t> ValuesOfList(uint32_t list) const {
    if (list_starts_.empty()) return value_lists_[list];
    return list_values_.subspan(list_starts_[list], list_starts_[list + 1] - list_starts_[list]);
  }
  uint32_t list_count() const {
    return list_starts_.empty() ? static_cast<uint32_t>(value_lists_.size())
                                : static_cast<uint32_t>(list_starts_.size() - 1);
  }
  bool Consistent() const;
  /// Calls f(byte, child) for each edge out of `node`.
  template <typename F>
  void ForEachChild(uint32_t node, F f) const;
  void AppendWalkingFromEveryByte(std::string_view text, Kind kind,
                                  std::vector<uint32_t>* out) const;
  void AppendValues(uint32_t node, Kind kind, std::vector<uint32_t>* out) const;
  /// Appends the values of keys of `kind` ending at `node` of a sealed
  /// trie: the node's own and those along its suffix chain.
  void AppendEndingAt(uint32_t node, Kind kind, std::vector<uint32_t>* out) const;
  /// The search of a sealed trie without a table.
  void AppendFollowingSuffixes(std::string_view text, Kind kind,
                               std::vector<uint32_t>* out) const;
  /// Fills byte_class_ and classes_ from the edges (Seal).
  void ClassifyBytes() const;
  /// Fills next_ from the edges and each node's longest proper suffix in
  /// the trie (Seal).
  void BuildTable(const std::vector<uint32_t>& breadth_first,
                  const std::vector<uint32_t>& suffix) const;
  /// kEndsFlag bits for the keys ending at `node` (BuildTable).
  uint8_t KeysEndingAt(uint32_t node) const;

  // What a search reads: spans over the vectors below, or over an image
  // (Load), which costs no copy and touches only the pages a search reaches.
  std::span<const Node> nodes_;
  std::span<const Edge> edges_;
  std::span<const Table> tables_;
  // An image's value lists, one after another: list l is list_values_ from
  // list_starts_[l] to list_starts_[l + 1]. Empty when Add built the trie.
  std::span<const uint32_t> list_starts_;
  std::span<const uint32_t> list_values_;
  // What Add builds.
  std::vector<Node> built_nodes_;
  std::vector<Edge> built_edges_;
  std::vector<Table> built_tables_;
  std::vector<std::vector<uint32_t>> value_lists_;
  const size_t max_table_entries_;
  // Set once by Seal (a cache of what the nodes say, hence mutable), read
  // only after sealed_: per kind and node, the nearest node with values on
  // the chain of its proper suffixes in the trie.
  mutable std::mutex seal_mutex_;
  mutable std::atomic<bool> sealed_{false};
  mutable std::atomic<size_t> searched_bytes_{0};
  mutable std::array<std::vector<uint32_t>, 2> suffix_with_values_;
  // Per node its longest proper suffix in the trie, kept only when there
  // is no table.
  mutable std::vector<uint32_t> suffix_;
  // Also set by Seal: the whole automaton as a table, so that a sealed
  // search takes one look-up a byte instead of walking edge lists and
  // suffix links. Bytes that occur in no key share class 0 (back to the
  // root); the others get a class each, and a node's row holds its next
  // row for every class.
  // A search is bound by how long each look-up waits for memory, so the
  // table is kept small: an entry is a row number of 16 bits, and whether
  // keys of kWhole or kStart end at a row (there or along its suffixes)
  // stands beside, a byte a row, which stays in the nearest cache. A trie
  // of more than kMaxTableRows nodes has no table. Rows are in
  // breadth-first order: a text mostly stays near the root, and those
  // rows then share a few cache lines (the shipped patterns' table is
  // 1.3 MB, more than a core's nearest two caches hold); node_of_row_
  // leads back to the node.
  static constexpr size_t kMaxTableRows = size_t{1} << 16;
  static constexpr std::array<uint8_t, 2> kEndsFlag{1, 2};
  mutable std::array<uint16_t, 256> byte_class_{};
  mutable uint32_t classes_ = 1;
  mutable std::vector<uint16_t> next_;
  mutable std::vector<uint8_t> ends_at_row_;
  mutable std::vector<uint32_t> node_of_row_;
};

}  // namespace wijzij
