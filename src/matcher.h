#pragma once
// Finding lexicon entries in tokenized text. Built once per LexiconSet and
// then shared (read-only) by every document.
//
// Cost per token is a fixed number of hash look-ups, one per distinct
// wildcard length, whatever the number of entries: exact words and each
// prefix/suffix length are keys of hash maps; infixes are looked up at every
// position of tokens up to kMaxInfixTokenBytes long. Phrases are indexed by
// their first word and checked word by word; a phrase that starts with two
// exact words is indexed by that pair, so common first words (de, het, we)
// do not make every token try dozens of phrases. RE2 pattern entries run as one
// RE2::Set per sentence over the sentence's folded words joined by single
// spaces, so ^ and $ in a pattern are the sentence's start and end. A
// sentence that ends in ! or ? gets that mark as a last word ("ga weg !"),
// so patterns can find exclamations and questions.
//
//   Matcher matcher(set);
//   for (const Match& m : matcher.FindAll(tokens)) Use(set.entries[m.entry]);

#include <re2/re2.h>
#include <re2/set.h>

#include <bitset>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon.h"
#include "token.h"

namespace wijzij {

/// One entry that fired on tokens [first_token, last_token].
struct Match {
  uint32_t entry = 0;  ///< index into LexiconSet::entries
  uint32_t first_token = 0;
  uint32_t last_token = 0;  ///< inclusive
};

/// Tokens longer than this are not searched for infix entries (no Dutch
/// word is this long; it keeps a 1 MB "word" from costing seconds).
inline constexpr size_t kMaxInfixTokenBytes = 96;

class Matcher {
 public:
  explicit Matcher(const LexiconSet& set);
  ~Matcher();
  Matcher(const Matcher&) = delete;
  Matcher& operator=(const Matcher&) = delete;

  /// Every match in `text`, in token order. Within one category, matches
  /// never overlap: the earliest, then the longest, wins.
  std::vector<Match> FindAll(const TokenizedText& text) const;

 private:
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const {
      return std::hash<std::string_view>{}(s);
    }
  };
  // The first two bytes of every key of two or more bytes, as one bit each:
  // most tokens (and infix positions) fail this test before any string is
  // hashed.
  class PairGate {
   public:
    void Add(std::string_view key) {
      if (key.size() >= 2) bits_.set(Bit(key));
    }
    bool Open(std::string_view text) const { return text.size() >= 2 && bits_.test(Bit(text)); }

   private:
    static size_t Bit(std::string_view text) {
      return static_cast<unsigned char>(text[0]) << 8 | static_cast<unsigned char>(text[1]);
    }
    std::bitset<65536> bits_;
  };

  using Index =
      std::unordered_map<std::string, std::vector<uint32_t>, StringHash, std::equal_to<>>;

  void IndexEntry(uint32_t entry_index);
  void AddKey(Index* index, std::vector<size_t>* lengths, const std::string& key,
              uint32_t entry_index);
  void CompilePatterns();
  void Candidates(std::string_view folded, std::vector<uint32_t>* out) const;
  void PairCandidates(const TokenizedText& text, uint32_t t, std::string* key,
                      std::vector<uint32_t>* out) const;
  void MatchWords(const TokenizedText& text, std::vector<Match>* out) const;
  void MatchCompounds(const TokenizedText& text, std::vector<Match>* out) const;
  void MatchPatterns(const TokenizedText& text, std::vector<Match>* out) const;
  bool PhraseMatches(const Entry& entry, const TokenizedText& text, uint32_t first) const;

  const LexiconSet& set_;
  Index exact_, prefix_, suffix_, infix_;
  Index pairs_;  ///< "first second" of phrases starting with two exact words
  std::vector<size_t> prefix_lengths_, suffix_lengths_, infix_lengths_;
  PairGate prefix_gate_, infix_gate_;
  PairGate suffix_gate_;  ///< of the last two bytes of suffix keys
  std::vector<uint32_t> pattern_entries_;  ///< entry index of each Set pattern
  struct LazyPattern {
    std::once_flag once;
    std::unique_ptr<re2::RE2> re;
  };
  const re2::RE2& Pattern(size_t hit) const;

  std::vector<std::unique_ptr<LazyPattern>> patterns_;  ///< compiled when first hit
  std::unique_ptr<re2::RE2::Set> pattern_set_;
};

}  // namespace wijzij
