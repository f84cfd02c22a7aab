#pragma once
// Finding lexicon entries in tokenized text. Built once per LexiconSet and
// then shared (read-only) by every document.
//
// Cost per token does not grow with the number of entries: exact words,
// prefixes, suffixes and infixes are keys of byte tries (key_trie.h), so a
// token is looked up by walking its bytes once from the front and once from
// the back, and infixes by a walk from each byte of tokens up to
// kMaxInfixTokenBytes long; what a word gave is kept per thread (WordMemo),
// so a word met again costs one hash look-up. Phrases are indexed by their first word and
// checked word by word; a phrase that starts with two exact words is indexed
// by that pair (the walk goes on through a space into the next token), so
// common first words (de, het, we) do not make every token try dozens of
// phrases. RE2 pattern entries run per sentence over the sentence's folded
// words joined by single spaces, so ^ and $ in a pattern are the sentence's
// start and end. A sentence that ends in ! or ? gets that mark as a last
// word ("ga weg !"), so patterns can find exclamations and questions. A
// pattern runs only on a sentence that holds the strings it requires
// (PatternRequires, found in one byte trie: walked from each byte at first,
// in one Aho-Corasick pass once it has searched 64 KB; a pattern is tried
// only when its rarest clause is met), and is
// compiled when the first such sentence comes; the shipped lexicons'
// required strings are worked out at build time, so start-up compiles no
// pattern. Patterns that require nothing run on every sentence as one
// RE2::Set first, and each on its own only where the set found it.
// When many patterns require nothing,
// a thread that has matched kPatternSetFromBytes of sentences compiles the
// patterns into one RE2::Set, whose single pass per sentence is then
// cheaper than running each candidate; both ways find the same matches.
//
//   Matcher matcher(set);
//   for (const Match& m : matcher.FindAll(tokens)) Use(set.entries[m.entry]);

#include <re2/re2.h>
#include <re2/set.h>

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "key_trie.h"
#include "lexicon.h"
#include "lexicon_snapshot.h"
#include "token.h"
#include "word_memo.h"

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

/// What conditions look at besides the tokens: per sentence, the categories
/// found there by entries without a {with} condition of their own.
struct ConditionContext {
  const TokenizedText& text;
  /// Per sentence: it holds a word that speaks to the reader (u, je, …).
  const std::vector<bool>& addresses_reader;
  /// Per sentence, sorted and unique; nullptr until the other matches are in.
  const std::vector<std::vector<uint16_t>>* sentence_categories = nullptr;
};

/// True when every condition of `entry` holds for `match`: the one place
/// where lexicon conditions ({clause-start}, {reader}, …) are checked. Before
/// the sentence categories are known (nullptr), {with} is taken to hold.
bool ConditionsHold(const Entry& entry, const LexiconSet& set, const ConditionContext& context,
                    const Match& match);

class Matcher {
 public:
  /// A thread that builds a set does so after this many bytes of sentences:
  /// compiling the shipped patterns into one set cost about as much as
  /// matching 3 MB candidate by candidate saved (callgrind over the bench's
  /// 3 KB files, measured before the candidates' search became a table).
  static constexpr size_t kPatternSetFromBytes = size_t{3} << 20;
  /// The set pays only when this many patterns require no string: a
  /// sentence then runs them all one by one. Over 20 MB, with the shipped
  /// patterns (5 require nothing) the set took as much time or up to 7%
  /// more, and 15 MB more memory, than the candidates; with 15 such
  /// patterns 10% more time, with 35 a quarter less (measured before
  /// the patterns that require nothing ran as a set of their own).
  static constexpr size_t kPatternSetFromUnfiltered = 24;
  /// From this many, the patterns that require no string (and so would
  /// run on every sentence) run as one set first, and one by one only
  /// where the set finds them: a sentence then costs one pass, not one per
  /// pattern. Over the shipped lexicons 5 such patterns took four in five
  /// of all pattern runs, and 94% of all runs found nothing.
  static constexpr size_t kUnfilteredSetFrom = 2;
  /// For the constructor: the set after kPatternSetFromBytes when at least
  /// kPatternSetFromUnfiltered patterns require nothing, else never.
  static constexpr size_t kPatternSetWhenItPays = SIZE_MAX - 1;

  /// Indexes the entries of `set`: reads the index from `index_image`
  /// when that was saved from entries the same in all that indexing reads
  /// (the shipped lexicons' index is built into wijzij at build time, which
  /// spares a start-up a third of its instructions), else builds it.
  /// `pattern_set_from_bytes`: a thread's sentence bytes before it runs the
  /// patterns as one set (SIZE_MAX: never).
  explicit Matcher(const LexiconSet& set, size_t pattern_set_from_bytes = kPatternSetWhenItPays,
                   std::string_view index_image = BuiltinMatcherIndex());
  ~Matcher();
  Matcher(const Matcher&) = delete;
  Matcher& operator=(const Matcher&) = delete;

  /// Every match in `text`, in token order. Within one category, matches
  /// never overlap: the earliest, then the longest, wins.
  std::vector<Match> FindAll(const TokenizedText& text) const;

  /// The index of this matcher's entries as an image (for index_image).
  std::string SaveIndex() const;
  /// Whether the index was read from the image rather than built.
  bool index_from_image() const { return index_from_image_; }
  /// A thread's sentence bytes before it runs the patterns as one set
  /// (SIZE_MAX: never).
  size_t pattern_set_from_bytes() const { return pattern_set_from_bytes_; }

 private:
  bool LoadIndex(std::string_view image);
  bool ReadIndex(ImageReader* in, bool check);
  bool IndexPointsInside(bool check) const;
  /// The index's flat vectors, in the order an image holds them (const
  /// when `m` is).
  template <typename Self>
  static auto FlatLists(Self* m) {
    return std::array{&m->pattern_entries_, &m->requiring_of_, &m->patterns_requiring_,
                      &m->clauses_of_,      &m->strings_of_,   &m->clause_strings_,
                      &m->unfiltered_patterns_};
  }
  uint32_t required_string_count() const {
    return static_cast<uint32_t>(requiring_of_.size() - 1);
  }
  void BuildIndex();
  void IndexEntry(uint32_t entry_index);
  void IndexPatterns();
  /// What one thread keeps of this matcher (Mine): the patterns it
  /// compiled, and the words it looked up.
  struct ThreadState {
    uint64_t matcher = 0;
    std::unique_ptr<re2::RE2::Set> set;
    std::unique_ptr<re2::RE2::Set> unfiltered_set;  ///< the patterns that require no string
    std::vector<std::unique_ptr<re2::RE2>> patterns;  ///< by place in pattern_entries_
    size_t bytes = 0;  ///< sentence bytes this thread matched one candidate at a time
    WordMemo words;    ///< per word: what WordCandidates gives
  };
  /// This thread's state, looked up once per MatchWords and MatchPatterns call.
  ThreadState& Mine() const;
  /// Scratch space of one MatchPatterns call, reused sentence after sentence.
  struct PatternScratch {
    ThreadState* mine = nullptr;
    std::vector<uint32_t> present;    ///< required strings found in the sentence
    std::vector<uint8_t> is_present;  ///< per required string: 1 while in `present`
    std::vector<uint8_t> tried;       ///< per pattern: 1 once its clauses were checked
    std::vector<int> set_hits;        ///< RE2::Set::Match's answer
  };
  /// The patterns (by their place in pattern_entries_) whose required
  /// strings `joined` holds, and those that require none.
  void PatternCandidates(std::string_view joined, PatternScratch* scratch,
                         std::vector<uint32_t>* out) const;
  /// The patterns that match somewhere in `joined`, or may (a superset).
  void PatternHits(std::string_view joined, PatternScratch* scratch,
                   std::vector<uint32_t>* out) const;
  /// The RE2::Set of all patterns, compiled on a thread's first call.
  const re2::RE2::Set& PatternSet(ThreadState* mine) const;
  /// The patterns at `places` (in pattern_entries_) as one set.
  std::unique_ptr<re2::RE2::Set> CompileSet(std::span<const uint32_t> places) const;
  /// Sets `hits` to the set's patterns that match `joined`, sorted; false
  /// when the set could not say (its automaton ran out of memory).
  static bool MatchSet(const re2::RE2::Set& set, std::string_view joined, std::vector<int>* hits);
  /// The patterns that require no string and may match `joined`.
  void UnfilteredHits(std::string_view joined, PatternScratch* scratch,
                      std::vector<uint32_t>* out) const;
  /// Adds the entries `folded` may match; returns its node in front_ (for
  /// PairCandidates), or KeyTrie::kNone.
  uint32_t Candidates(std::string_view folded, std::vector<uint32_t>* out) const;
  /// Adds the phrases whose first two words are token t and the next one;
  /// `pair` is the node in front_ after token t and a space.
  void PairCandidates(const TokenizedText& text, uint32_t t, uint32_t pair,
                      std::vector<uint32_t>* out) const;
  /// Adds the one-word entries the word matches without its apostrophe-s.
  void StemCandidates(std::string_view folded, std::vector<uint32_t>* scratch,
                      std::vector<uint32_t>* out) const;
  /// Sets `out` to the entries `folded` may match as a word of its own
  /// (Candidates and StemCandidates, sorted and unique) and returns the
  /// node in front_ after it and a space (for PairCandidates), or
  /// KeyTrie::kNone; from `memo` when the word was met before.
  uint32_t WordCandidates(std::string_view folded, WordMemo* memo, std::vector<uint32_t>* scratch,
                          std::vector<uint32_t>* out) const;
  void MatchWords(const TokenizedText& text, std::vector<Match>* out) const;
  void MatchCompounds(const TokenizedText& text, std::vector<Match>* out) const;
  void MatchPatterns(const TokenizedText& text, std::vector<Match>* out) const;
  bool PhraseMatches(const Entry& entry, const TokenizedText& text, uint32_t first) const;

  const LexiconSet& set_;
  KeyTrie front_;  ///< exact words, prefixes and "first second" of phrases
  KeyTrie back_;   ///< suffixes, reversed
  KeyTrie infix_;  ///< infixes
  std::vector<uint32_t> pattern_entries_;  ///< entry index of each pattern
  const re2::RE2& Pattern(ThreadState* mine, size_t hit) const;

  KeyTrie required_trie_;  ///< required string -> its index
  /// Per required string, the patterns that require it, flat as the
  /// clauses below (one vector each was 2,344 allocations a start-up):
  /// string t's are patterns_requiring_[requiring_of_[t], requiring_of_[t + 1]).
  std::vector<uint32_t> requiring_of_ = {0};
  std::vector<uint32_t> patterns_requiring_;
  /// Per pattern, its clauses as indexes of required strings, flat (one
  /// vector each would be some 8,000 allocations a start-up): pattern p's
  /// clauses are [clauses_of_[p], clauses_of_[p + 1]), clause c's strings
  /// clause_strings_[strings_of_[c], strings_of_[c + 1]).
  std::vector<uint32_t> clauses_of_ = {0};
  std::vector<uint32_t> strings_of_ = {0};
  std::vector<uint32_t> clause_strings_;
  std::vector<uint32_t> unfiltered_patterns_;  ///< run on every sentence
  const uint64_t id_;  ///< unique in the process, never reused: names this matcher's sets
  size_t pattern_set_from_bytes_;  ///< a thread's sentence bytes before its set
  bool index_from_image_ = false;
};

}  // namespace wijzij
