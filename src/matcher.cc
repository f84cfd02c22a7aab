#include "matcher.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <cstring>
#include <numeric>
#include <unordered_map>
#include <stdexcept>

#include "image.h"

namespace wijzij {

namespace {

// Keeps, per category, the earliest and then longest of overlapping matches.
void ResolveOverlaps(const LexiconSet& set, std::vector<Match>* matches) {
  auto category = [&](const Match& m) { return set.entries[m.entry].category; };
  std::sort(matches->begin(), matches->end(), [&](const Match& a, const Match& b) {
    if (category(a) != category(b)) return category(a) < category(b);
    if (a.first_token != b.first_token) return a.first_token < b.first_token;
    if (a.last_token != b.last_token) return a.last_token > b.last_token;
    return a.entry < b.entry;
  });
  std::vector<Match> kept;
  for (const Match& m : *matches) {
    if (!kept.empty() && category(kept.back()) == category(m) &&
        m.first_token <= kept.back().last_token) {
      continue;
    }
    kept.push_back(m);
  }
  std::sort(kept.begin(), kept.end(), [&](const Match& a, const Match& b) {
    if (a.first_token != b.first_token) return a.first_token < b.first_token;
    return category(a) < category(b);
  });
  *matches = std::move(kept);
}

}  // namespace

namespace {
std::atomic<uint64_t> next_matcher_id{0};
}  // namespace

Matcher::Matcher(const LexiconSet& set, size_t pattern_set_from_bytes,
                 std::string_view index_image)
    : set_(set), id_(next_matcher_id.fetch_add(1)), pattern_set_from_bytes_(pattern_set_from_bytes) {
  if (!LoadIndex(index_image)) BuildIndex();
  if (pattern_set_from_bytes_ == kPatternSetWhenItPays) {
    pattern_set_from_bytes_ = unfiltered_patterns_.size() >= kPatternSetFromUnfiltered
                                  ? kPatternSetFromBytes
                                  : SIZE_MAX;
  }
}

void Matcher::BuildIndex() {
  // Every key is at most its entry's words and the spaces between them.
  size_t word_bytes = 0, required_bytes = 0;
  for (const Entry& entry : set_.entries) {
    for (const WordPattern& word : entry.words) word_bytes += word.text.size() + 1;
    for (const std::vector<std::string>& clause : entry.required)
      for (const std::string& text : clause) required_bytes += text.size();
  }
  for (KeyTrie* trie : {&front_, &back_, &infix_}) trie->Reserve(word_bytes);
  required_trie_.Reserve(required_bytes);
  for (uint32_t i = 0; i < set_.entries.size(); ++i) IndexEntry(i);
  IndexPatterns();
}

Matcher::~Matcher() = default;

namespace {

// Bump when the index's layout or meaning changes.
constexpr std::string_view kIndexMagic = "wijzij matcher index 2\n";

// A 64-bit hash of everything of the entries that IndexEntry and
// IndexPatterns read, so that an image is used only for entries it was
// built from. Eight bytes a step (a multiply and a shift): a byte at a
// time (FNV-1a) it took 6% of a one-byte start's instructions, this 4%.
class Fingerprint {
 public:
  void Add(std::string_view text) {
    Number(static_cast<uint32_t>(text.size()));
    size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
      uint64_t word = 0;
      std::memcpy(&word, text.data() + i, 8);
      Mix(word);
    }
    uint64_t rest = 0;
    if (i < text.size()) std::memcpy(&rest, text.data() + i, text.size() - i);
    Mix(rest);
  }
  void Number(uint32_t value) { Mix(value); }
  uint64_t value() const { return hash_; }

 private:
  void Mix(uint64_t word) {
    hash_ = (hash_ ^ word) * 0x9E3779B97F4A7C15ULL;
    hash_ ^= hash_ >> 31;
  }
  uint64_t hash_ = 0xcbf29ce484222325ULL;
};

uint64_t IndexFingerprint(const LexiconSet& set) {
  Fingerprint f;
  f.Number(static_cast<uint32_t>(set.entries.size()));
  for (const Entry& entry : set.entries) {
    f.Number(entry.IsPattern() ? 1 : 0);
    f.Number(static_cast<uint32_t>(entry.words.size()));
    for (const WordPattern& word : entry.words) {
      f.Number(static_cast<uint32_t>(word.match));
      f.Add(word.text);
    }
    f.Number(static_cast<uint32_t>(entry.required.size()));
    for (const std::vector<std::string>& clause : entry.required) {
      f.Number(static_cast<uint32_t>(clause.size()));
      for (const std::string& text : clause) f.Add(text);
    }
  }
  return f.value();
}

// Whether every value of `values` is below `size`.
bool AllBelow(const std::vector<uint32_t>& values, size_t size) {
  return std::all_of(values.begin(), values.end(), [size](uint32_t v) { return v < size; });
}

}  // namespace

std::string Matcher::SaveIndex() const {
  ImageWriter out(kIndexMagic);
  const uint64_t fingerprint = IndexFingerprint(set_);
  out.Number(static_cast<uint32_t>(fingerprint));
  out.Number(static_cast<uint32_t>(fingerprint >> 32));
  for (const KeyTrie* trie : {&front_, &back_, &infix_, &required_trie_}) trie->Save(&out);
  for (const std::vector<uint32_t>* list : FlatLists(this)) out.Array(*list);
  return out.Take();
}

bool Matcher::LoadIndex(std::string_view image) {
  ImageReader in(image);
  uint32_t low = 0, high = 0;
  if (image.empty() || !in.Magic(kIndexMagic) || !in.Number(&low) || !in.Number(&high) ||
      ((uint64_t{high} << 32) | low) != IndexFingerprint(set_))
    return false;
  // The image built into wijzij is trusted as its code is; any other is
  // checked through.
  const bool check = image.data() != BuiltinMatcherIndex().data();
  if (ReadIndex(&in, check) && IndexPointsInside(check)) return index_from_image_ = true;
  // Start again from nothing and build.
  for (KeyTrie* trie : {&front_, &back_, &infix_, &required_trie_}) trie->Clear();
  for (std::vector<uint32_t>* list : FlatLists(this)) list->clear();
  for (std::vector<uint32_t>* offsets : {&requiring_of_, &clauses_of_, &strings_of_})
    offsets->push_back(0);
  return false;
}

bool Matcher::ReadIndex(ImageReader* in, bool check) {
  bool ok = front_.Load(in, check) && back_.Load(in, check) && infix_.Load(in, check) &&
            required_trie_.Load(in, check);
  for (std::vector<uint32_t>* list : FlatLists(this)) ok = ok && in->Array(list);
  return ok && in->AtEnd();
}

// Whether every index points into what it indexes, so that a damaged image
// cannot make a search read out of bounds.
bool Matcher::IndexPointsInside(bool check) const {
  const size_t patterns = pattern_entries_.size();
  const auto entries = static_cast<uint32_t>(set_.entries.size());
  const uint32_t strings = required_string_count();
  return !requiring_of_.empty() && AllBelow(pattern_entries_, entries) &&
         AllBelow(unfiltered_patterns_, patterns) && AllBelow(patterns_requiring_, patterns) &&
         AllBelow(requiring_of_, patterns_requiring_.size() + 1) &&
         AllBelow(clause_strings_, strings) &&
         AllBelow(strings_of_, clause_strings_.size() + 1) &&
         AllBelow(clauses_of_, strings_of_.size()) && clauses_of_.size() == patterns + 1 &&
         (!check || (front_.ValuesBelow(entries) && back_.ValuesBelow(entries) &&
                     infix_.ValuesBelow(entries) && required_trie_.ValuesBelow(strings)));
}

void Matcher::IndexEntry(uint32_t entry_index) {
  const Entry& entry = set_.entries[entry_index];
  if (entry.IsPattern()) {
    pattern_entries_.push_back(entry_index);
    return;
  }
  const WordPattern& first = entry.words.front();
  if (entry.words.size() >= 2 && first.match == WordMatch::kExact &&
      entry.words[1].match == WordMatch::kExact) {
    return front_.Add(first.text + ' ' + entry.words[1].text, entry_index, KeyTrie::kWhole);
  }
  switch (first.match) {
    case WordMatch::kExact:
      return front_.Add(first.text, entry_index, KeyTrie::kWhole);
    case WordMatch::kPrefix:
      return front_.Add(first.text, entry_index, KeyTrie::kStart);
    case WordMatch::kSuffix:
      return back_.Add(std::string(first.text.rbegin(), first.text.rend()), entry_index,
                       KeyTrie::kStart);
    case WordMatch::kInfix:
      return infix_.Add(first.text, entry_index, KeyTrie::kStart);
  }
}

namespace {

// The clause a pattern is tried for: a pattern can match only where every
// clause has a string present, so it need be tried only when one clause
// has. The clause whose shortest string is longest is the one least often
// met by chance ("de " is in most sentences, "minister-president" in few),
// which spares trying many patterns on every sentence.
size_t AnchorClause(const RequiredStrings& required) {
  size_t anchor = 0, anchor_shortest = 0;
  for (size_t c = 0; c < required.size(); ++c) {
    size_t shortest = SIZE_MAX;
    for (const std::string& text : required[c]) shortest = std::min(shortest, text.size());
    if (shortest > anchor_shortest) {
      anchor = c;
      anchor_shortest = shortest;
    }
  }
  return anchor;
}

}  // namespace

void Matcher::IndexPatterns() {
  // Views of the entries' own strings, which live as long as the matcher.
  std::unordered_map<std::string_view, uint32_t> string_index;
  std::vector<std::vector<uint32_t>> requiring;  // per string, flattened below
  for (uint32_t p = 0; p < pattern_entries_.size(); ++p) {
    const Entry& entry = set_.entries[pattern_entries_[p]];
    if (entry.required.empty()) unfiltered_patterns_.push_back(p);
    const size_t anchor = AnchorClause(entry.required);
    for (size_t c = 0; c < entry.required.size(); ++c) {
      for (const std::string& text : entry.required[c]) {
        auto [it, added] = string_index.emplace(text, static_cast<uint32_t>(string_index.size()));
        if (added) {
          required_trie_.Add(text, it->second, KeyTrie::kStart);
          requiring.emplace_back();
        }
        std::vector<uint32_t>& patterns = requiring[it->second];
        if (c == anchor && (patterns.empty() || patterns.back() != p)) patterns.push_back(p);
        clause_strings_.push_back(it->second);
      }
      strings_of_.push_back(static_cast<uint32_t>(clause_strings_.size()));
    }
    clauses_of_.push_back(static_cast<uint32_t>(strings_of_.size() - 1));
  }
  for (const std::vector<uint32_t>& patterns : requiring) {
    patterns_requiring_.insert(patterns_requiring_.end(), patterns.begin(), patterns.end());
    requiring_of_.push_back(static_cast<uint32_t>(patterns_requiring_.size()));
  }
}

bool Matcher::MatchSet(const re2::RE2::Set& set, std::string_view joined,
                       std::vector<int>* hits) {
  re2::RE2::Set::ErrorInfo error;
  if (set.Match(re2::StringPiece(joined.data(), joined.size()), hits, &error)) {
    std::sort(hits->begin(), hits->end());
    return true;
  }
  // No match, or the set's automaton ran out of memory on this sentence.
  return error.kind == re2::RE2::Set::kNoError;
}

void Matcher::UnfilteredHits(std::string_view joined, PatternScratch* scratch,
                             std::vector<uint32_t>* out) const {
  if (unfiltered_patterns_.size() >= kUnfilteredSetFrom) {
    std::unique_ptr<re2::RE2::Set>& set = scratch->mine->unfiltered_set;
    if (!set) set = CompileSet(unfiltered_patterns_);
    std::vector<int>& hits = scratch->set_hits;
    if (MatchSet(*set, joined, &hits)) {
      out->clear();
      for (int hit : hits) out->push_back(unfiltered_patterns_[static_cast<size_t>(hit)]);
      return;
    }
  }
  // Too few for a set, or the set could not say: each runs on its own.
  out->assign(unfiltered_patterns_.begin(), unfiltered_patterns_.end());
}

void Matcher::PatternCandidates(std::string_view joined, PatternScratch* scratch,
                                std::vector<uint32_t>* out) const {
  UnfilteredHits(joined, scratch, out);
  if (required_trie_.empty()) return;
  std::vector<uint32_t>& present = scratch->present;
  present.clear();
  required_trie_.AppendOccurring(joined, KeyTrie::kStart, &present);
  // A flag per required string (all clear between calls) answers "is it
  // present" in one look-up, and drops repeats.
  std::vector<uint8_t>& is_present = scratch->is_present;
  is_present.resize(required_string_count());
  size_t distinct = 0;
  for (uint32_t text : present) {
    if (is_present[text]) continue;
    is_present[text] = 1;
    present[distinct++] = text;
  }
  present.resize(distinct);
  // Each pattern that requires a present string, once: kept when every
  // one of its clauses has a string present.
  auto has = [&](uint32_t text) { return is_present[text] != 0; };
  const auto strings = clause_strings_.begin();
  auto meets_every_clause = [&](uint32_t p) {
    for (uint32_t c = clauses_of_[p]; c < clauses_of_[p + 1]; ++c) {
      if (std::none_of(strings + strings_of_[c], strings + strings_of_[c + 1], has)) return false;
    }
    return true;
  };
  std::vector<uint8_t>& tried = scratch->tried;
  tried.resize(pattern_entries_.size());
  const size_t unfiltered = out->size();
  for (uint32_t text : present) {
    for (uint32_t i = requiring_of_[text]; i < requiring_of_[text + 1]; ++i) {
      const uint32_t p = patterns_requiring_[i];
      if (tried[p]) continue;
      tried[p] = 1;
      if (meets_every_clause(p)) out->push_back(p);
    }
  }
  std::sort(out->begin() + static_cast<std::ptrdiff_t>(unfiltered), out->end());
  for (uint32_t text : present) {
    for (uint32_t i = requiring_of_[text]; i < requiring_of_[text + 1]; ++i)
      tried[patterns_requiring_[i]] = 0;
  }
  for (uint32_t text : present) is_present[text] = 0;
}

std::unique_ptr<re2::RE2::Set> Matcher::CompileSet(std::span<const uint32_t> places) const {
  auto set = std::make_unique<re2::RE2::Set>(LexiconPatternOptions(), re2::RE2::UNANCHORED);
  for (uint32_t place : places) {
    std::string error;
    // The parser already parsed each pattern; a failure here is a bug.
    if (set->Add(MatchablePattern(set_.entries[pattern_entries_[place]].pattern), &error) < 0)
      throw std::logic_error(error);
  }
  if (!set->Compile()) throw std::runtime_error("RE2::Set::Compile ran out of memory");
  return set;
}

// RE2 guards a compiled automaton with a lock that all its users take:
// threads matching with shared patterns waited on each other, a context
// switch per sentence or so. Each thread compiles its own, kept for the few
// matchers it used last (a run has one), named by a process-unique id; its
// word memo is kept the same way, so it needs no lock either.
Matcher::ThreadState& Matcher::Mine() const {
  constexpr size_t kCachedMatchers = 4;
  thread_local std::vector<ThreadState> cache;
  for (ThreadState& mine : cache) {
    if (mine.matcher == id_) return mine;
  }
  if (cache.size() == kCachedMatchers) cache.erase(cache.begin());
  cache.emplace_back();
  cache.back().matcher = id_;
  cache.back().patterns.resize(pattern_entries_.size());
  return cache.back();
}

const re2::RE2::Set& Matcher::PatternSet(ThreadState* mine) const {
  if (!mine->set) {
    std::vector<uint32_t> every_place(pattern_entries_.size());
    std::iota(every_place.begin(), every_place.end(), 0);
    mine->set = CompileSet(every_place);
  }
  return *mine->set;
}

void Matcher::PatternHits(std::string_view joined, PatternScratch* scratch,
                          std::vector<uint32_t>* out) const {
  if (scratch->mine->bytes < pattern_set_from_bytes_) {
    scratch->mine->bytes += joined.size();
    return PatternCandidates(joined, scratch, out);
  }
  std::vector<int>& hits = scratch->set_hits;
  if (!MatchSet(PatternSet(scratch->mine), joined, &hits))
    return PatternCandidates(joined, scratch, out);
  out->clear();
  for (int hit : hits) out->push_back(static_cast<uint32_t>(hit));
}

// Most patterns never meet their required strings in a short document;
// compiling each only when it first does keeps start-up short.
const re2::RE2& Matcher::Pattern(ThreadState* mine, size_t hit) const {
  std::unique_ptr<re2::RE2>& re = mine->patterns[hit];
  if (!re) {
    re = std::make_unique<re2::RE2>(
        MatchablePattern(set_.entries[pattern_entries_[hit]].pattern), LexiconPatternOptions());
  }
  return *re;
}

namespace {

void Append(std::span<const uint32_t> values, std::vector<uint32_t>* out) {
  out->insert(out->end(), values.begin(), values.end());
}

}  // namespace

uint32_t Matcher::Candidates(std::string_view folded, std::vector<uint32_t>* out) const {
  // Exact words and prefixes: one walk from the first byte.
  uint32_t front = KeyTrie::kRoot;
  for (char byte : folded) {
    front = front_.Step(front, byte);
    if (front == KeyTrie::kNone) break;
    Append(front_.Values(front, KeyTrie::kStart), out);
  }
  if (front != KeyTrie::kNone) Append(front_.Values(front, KeyTrie::kWhole), out);
  // Suffixes: one walk back from the last byte over the reversed keys.
  uint32_t back = KeyTrie::kRoot;
  for (auto byte = folded.rbegin(); byte != folded.rend(); ++byte) {
    back = back_.Step(back, *byte);
    if (back == KeyTrie::kNone) break;
    Append(back_.Values(back, KeyTrie::kStart), out);
  }
  // Infixes: a walk from every byte.
  if (infix_.empty() || folded.size() > kMaxInfixTokenBytes) return front;
  infix_.AppendOccurring(folded, KeyTrie::kStart, out);
  return front;
}

void Matcher::PairCandidates(const TokenizedText& text, uint32_t t, uint32_t pair,
                             std::vector<uint32_t>* out) const {
  if (pair == KeyTrie::kNone || t + 1 >= text.tokens.size()) return;
  if (text.tokens[t + 1].sentence != text.tokens[t].sentence) return;
  uint32_t node = pair;
  for (char byte : text.tokens[t + 1].folded) {
    if (node == KeyTrie::kNone) return;
    node = front_.Step(node, byte);
  }
  if (node != KeyTrie::kNone) Append(front_.Values(node, KeyTrie::kWhole), out);
}

bool Matcher::PhraseMatches(const Entry& entry, const TokenizedText& text,
                            uint32_t first) const {
  const uint32_t sentence = text.tokens[first].sentence;
  for (size_t w = 1; w < entry.words.size(); ++w) {
    const size_t t = first + w;
    if (t >= text.tokens.size() || text.tokens[t].sentence != sentence) return false;
    if (!Matches(entry.words[w], text.tokens[t].folded)) return false;
  }
  return true;
}

namespace {

// "auto's", "Rutte's": Dutch writes the plural of a word ending in a vowel,
// and the genitive of a name, with an apostrophe; the word is the same.
std::string_view ApostropheStem(std::string_view folded) {
  constexpr std::string_view kApostropheS = "'s";
  if (folded.size() <= kApostropheS.size() + 1 || !folded.ends_with(kApostropheS)) return {};
  return folded.substr(0, folded.size() - kApostropheS.size());
}

}  // namespace

void Matcher::StemCandidates(std::string_view folded, std::vector<uint32_t>* scratch,
                             std::vector<uint32_t>* out) const {
  const std::string_view stem = ApostropheStem(folded);
  if (stem.empty()) return;
  scratch->clear();
  Candidates(stem, scratch);
  for (uint32_t entry_index : *scratch)
    if (set_.entries[entry_index].words.size() == 1) out->push_back(entry_index);
}

uint32_t Matcher::WordCandidates(std::string_view folded, WordMemo* memo,
                                 std::vector<uint32_t>* scratch,
                                 std::vector<uint32_t>* out) const {
  if (const WordMemo::Known* known = memo->Find(folded)) {
    const std::span<const uint32_t> entries = memo->EntriesOf(*known);
    out->assign(entries.begin(), entries.end());
    return known->node;
  }
  out->clear();
  const uint32_t front = Candidates(folded, out);
  StemCandidates(folded, scratch, out);
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
  // Most words start no two-word phrase: for them the pair walk ends here.
  const uint32_t pair = front == KeyTrie::kNone ? KeyTrie::kNone : front_.Step(front, ' ');
  if (folded.size() <= WordMemo::kMaxWordBytes) memo->Add(folded, pair, *out);
  return pair;
}

void Matcher::MatchWords(const TokenizedText& text, std::vector<Match>* out) const {
  std::vector<uint32_t> candidates, scratch;
  WordMemo& memo = Mine().words;
  for (uint32_t t = 0; t < text.tokens.size(); ++t) {
    const uint32_t pair = WordCandidates(text.tokens[t].folded, &memo, &scratch, &candidates);
    const size_t own = candidates.size();
    PairCandidates(text, t, pair, &candidates);
    if (candidates.size() > own) {
      std::sort(candidates.begin(), candidates.end());
      candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    }
    for (uint32_t entry_index : candidates) {
      const Entry& entry = set_.entries[entry_index];
      if (!PhraseMatches(entry, text, t)) continue;
      out->push_back({entry_index, t, static_cast<uint32_t>(t + entry.words.size() - 1)});
    }
  }
}

void Matcher::MatchCompounds(const TokenizedText& text, std::vector<Match>* out) const {
  std::vector<uint32_t> candidates;
  for (const Compound& compound : text.compounds) {
    candidates.clear();
    Candidates(compound.folded, &candidates);
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    for (uint32_t entry_index : candidates) {
      const Entry& entry = set_.entries[entry_index];
      if (entry.words.size() != 1) continue;
      out->push_back({entry_index, compound.first, compound.last});
    }
  }
}

void Matcher::MatchPatterns(const TokenizedText& text, std::vector<Match>* out) const {
  if (pattern_entries_.empty()) return;
  std::string joined;
  std::vector<size_t> starts;
  std::vector<uint32_t> hits;
  PatternScratch scratch;
  // Nothing else in this call asks for this thread's patterns, so the
  // reference stays valid to its end.
  scratch.mine = &Mine();
  for (const Sentence& sentence : text.sentences) {
    joined.clear();
    starts.clear();
    for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
      if (!joined.empty()) joined += ' ';
      starts.push_back(joined.size());
      joined += text.tokens[t].folded;
    }
    if (sentence.final_mark != 0) {
      joined += ' ';
      joined += sentence.final_mark;
    }
    PatternHits(joined, &scratch, &hits);
    const bool opens_with_dateline = text.tokens[sentence.first_token].dateline;
    for (uint32_t hit : hits) {
      // A dateline is rare and its pattern matches any sentence's first word:
      // tried only where there is one, as a required string would spare it.
      if (!opens_with_dateline &&
          set_.entries[pattern_entries_[hit]].Has(ConditionKind::kDateline))
        continue;
      const re2::RE2& re = Pattern(scratch.mine, hit);
      re2::StringPiece input(joined), found;
      size_t pos = 0;
      while (pos <= joined.size() &&
             re.Match(input, pos, joined.size(), re2::RE2::UNANCHORED, &found, 1)) {
        const size_t begin = static_cast<size_t>(found.data() - joined.data());
        const size_t end = begin + found.size();
        pos = end > begin ? end : begin + 1;
        if (end == begin) continue;  // an empty match covers no word
        // Tokens overlapping [begin, end) of the joined sentence.
        const auto first =
            std::upper_bound(starts.begin(), starts.end(), begin) - starts.begin() - 1;
        const auto last =
            std::lower_bound(starts.begin(), starts.end(), end) - starts.begin() - 1;
        out->push_back({pattern_entries_[hit],
                        static_cast<uint32_t>(sentence.first_token + first),
                        static_cast<uint32_t>(sentence.first_token + last)});
      }
    }
  }
}

namespace {

bool Addresses(std::string_view folded) {
  for (std::string_view you : {"u", "uw", "je", "jij", "jou", "jouw", "jullie", "ge"})
    if (folded == you) return true;
  return false;
}

// Per sentence, whether it holds a word for the reader: one pass over the
// tokens, so a condition costs the same however long its sentence.
std::vector<bool> SentencesToReader(const TokenizedText& text) {
  std::vector<bool> out(text.sentences.size(), false);
  for (const Token& token : text.tokens)
    if (token.sentence < out.size() && Addresses(token.folded)) out[token.sentence] = true;
  return out;
}

// The sentence speaks to the reader, or the match opens a clause (an
// imperative: "Houd afstand").
bool ToReader(const ConditionContext& context, const Match& match) {
  const Token& first = context.text.tokens[match.first_token];
  if (first.clause_start) return true;
  return first.sentence < context.addresses_reader.size() &&
         context.addresses_reader[first.sentence];
}

// Whether the word right before (or right after) the match, in its
// sentence, is one of `words`.
bool NextWordIsOneOf(const TokenizedText& text, const Match& match, bool before,
                     const std::vector<std::string>& words) {
  const uint32_t edge = before ? match.first_token : match.last_token;
  if (before ? edge == 0 : edge + 1 >= text.tokens.size()) return false;
  const Token& next = text.tokens[before ? edge - 1 : edge + 1];
  if (next.sentence != text.tokens[edge].sentence) return false;
  return std::find(words.begin(), words.end(), next.folded) != words.end();
}

bool WithOneOf(const LexiconSet& set, const ConditionContext& context, const Match& match,
               const std::vector<std::string>& ids) {
  if (!context.sentence_categories) return true;
  const uint32_t sentence = context.text.tokens[match.first_token].sentence;
  if (sentence >= context.sentence_categories->size()) return false;
  const std::vector<uint16_t>& found = (*context.sentence_categories)[sentence];
  for (const std::string& id : ids) {
    const int c = set.FindCategory(id);
    if (c >= 0 && std::binary_search(found.begin(), found.end(), static_cast<uint16_t>(c)))
      return true;
  }
  return false;
}

}  // namespace

bool ConditionsHold(const Entry& entry, const LexiconSet& set, const ConditionContext& context,
                    const Match& match) {
  const TokenizedText& text = context.text;
  for (const Condition& condition : entry.conditions) {
    bool holds = true;
    switch (condition.kind) {
      case ConditionKind::kClauseStart:
        holds = text.tokens[match.first_token].clause_start;
        break;
      case ConditionKind::kReader:
        holds = ToReader(context, match);
        break;
      case ConditionKind::kNotAfter:
        holds = !NextWordIsOneOf(text, match, true, condition.arguments);
        break;
      case ConditionKind::kNotBefore:
        holds = !NextWordIsOneOf(text, match, false, condition.arguments);
        break;
      case ConditionKind::kOwn:
        holds = !text.tokens[match.first_token].quoted;
        break;
      case ConditionKind::kWith:
        holds = WithOneOf(set, context, match, condition.arguments);
        break;
      case ConditionKind::kWithout:
        // Undecided until the sentence's categories are known: kept so far.
        holds = !context.sentence_categories ||
                !WithOneOf(set, context, match, condition.arguments);
        break;
      case ConditionKind::kScareQuote:
        holds = text.tokens[match.first_token].scare_quoted;
        break;
      case ConditionKind::kQuoted:
        holds = text.tokens[match.first_token].quoted;
        break;
      case ConditionKind::kDateline:
        // The dateline's first word: one finding however many words it has.
        holds = text.tokens[match.first_token].dateline &&
                (match.first_token == 0 || !text.tokens[match.first_token - 1].dateline);
        break;
    }
    if (!holds) return false;
  }
  return true;
}

std::vector<Match> Matcher::FindAll(const TokenizedText& text) const {
  std::vector<Match> matches;
  MatchWords(text, &matches);
  MatchCompounds(text, &matches);
  MatchPatterns(text, &matches);
  // Conditions on the words first; then {with} and {without}, against the
  // categories the other matches of each sentence found.
  const std::vector<bool> to_reader = SentencesToReader(text);
  std::erase_if(matches, [&](const Match& m) {
    return !ConditionsHold(set_.entries[m.entry], set_, {text, to_reader}, m);
  });
  std::vector<std::vector<uint16_t>> found(text.sentences.size());
  bool any_deferred = false;
  for (const Match& m : matches) {
    const Entry& entry = set_.entries[m.entry];
    if (entry.DependsOnSentence()) {
      any_deferred = true;
      continue;
    }
    const uint32_t sentence = text.tokens[m.first_token].sentence;
    if (sentence < found.size()) found[sentence].push_back(static_cast<uint16_t>(entry.category));
  }
  if (any_deferred) {
    for (auto& categories : found) {
      std::sort(categories.begin(), categories.end());
      categories.erase(std::unique(categories.begin(), categories.end()), categories.end());
    }
    std::erase_if(matches, [&](const Match& m) {
      return !ConditionsHold(set_.entries[m.entry], set_, {text, to_reader, &found}, m);
    });
  }
  ResolveOverlaps(set_, &matches);
  return matches;
}

}  // namespace wijzij
