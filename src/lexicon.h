#pragma once
// Lexicons: categories of Dutch vocabulary and the entries that evidence
// them. One lexicon file holds one category (see lexicon_parser.h for the
// format). A LexiconSet is what the matcher is built from: the shipped
// lexicons, then user directories, a later category replacing an earlier one
// with the same id.
//
//   LexiconSet set;
//   std::vector<Diagnostic> diags;
//   if (!LoadLexiconSet({.builtin = true, .dirs = {"mijn-lexicons"}}, &set, &diags))
//     ...  // every problem is in diags as file:line: message

#include <re2/re2.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"

namespace wijzij {

/// How one word of an entry matches a folded token.
enum class WordMatch {
  kExact,   ///< idioten
  kPrefix,  ///< schaam*   (schaamteloos, schamen is another entry)
  kSuffix,  ///< *verraders (volksverraders)
  kInfix,   ///< *elite*   (elitepolitiek, anti-elitair)
};

/// One word of an entry, folded, without its wildcards.
struct WordPattern {
  WordMatch match = WordMatch::kExact;
  std::string text;
};

/// Options every lexicon pattern is compiled with: quiet, and with bounded
/// memory whatever the pattern. Case-sensitive: see MatchablePattern.
re2::RE2::Options LexiconPatternOptions();

/// `pattern` as the matcher compiles it. Patterns match folded, lower-case
/// text, so a pattern without upper-case or non-ASCII letters of its own
/// (escapes such as \S and \W aside) and without a \p class matches the
/// same case-sensitively, which RE2 compiles several times faster; any
/// other pattern keeps case-insensitive matching as (?i:pattern). Only for a
/// pattern that parses (the wrapping could balance unbalanced parentheses).
std::string MatchablePattern(std::string_view pattern);

/// What a folded sentence must hold for `pattern` to match it: for each
/// clause, at least one of its strings (from RE2's prefilter of the
/// matchable pattern: "(zou|had) … moeten" needs " moeten" and one of
/// "zou", "had"). The matcher runs a pattern only on sentences that meet
/// every clause, and compiles it only when one comes. Empty when the
/// pattern could match anywhere (`^.* !$`, or alternatives shorter than
/// three bytes). Only for a pattern that parses.
using RequiredStrings = std::vector<std::vector<std::string>>;
RequiredStrings PatternRequires(std::string_view pattern);

/// True when `folded` (a folded token) matches `pattern`.
bool Matches(const WordPattern& pattern, std::string_view folded);

/// When an entry counts, beyond its words matching (lexicon_parser.h).
enum class ConditionKind : uint8_t {
  kClauseStart,  ///< ^houd, {clause-start}: only as the first word of a clause
  kReader,       ///< {reader}: the sentence speaks to the reader (u, je, …) or
                 ///< the entry opens a clause (an imperative)
  kNotAfter,     ///< {not-after op in}: not right after one of these words
  kOwn,          ///< {own}: not inside a quotation
  kWith,         ///< {with zij_elite …}: a finding of one of these categories
                 ///< stands in the same sentence
  kScareQuote,   ///< {scare-quote}: inside a quotation of a few words, a word
                 ///< the writer holds at a distance ('de dictatuur')
  kQuoted,       ///< {quoted}: inside a quotation (someone else's words)
  kNotBefore,    ///< {not-before zich}: not right before one of these words
  kWithout,      ///< {without vraag_lezer …}: no finding of these categories
                 ///< stands in the same sentence
  kDateline,     ///< {dateline}: a news dateline ("AMSTERDAM - "), token.h
};

/// The last kind, for readers of serialised entries.
inline constexpr ConditionKind kLastConditionKind = ConditionKind::kDateline;

/// One condition on an entry: its kind and the words it names, if any.
struct Condition {
  ConditionKind kind = ConditionKind::kClauseStart;
  std::vector<std::string> arguments;

  bool operator==(const Condition&) const = default;
};

/// The name of a condition kind in lexicon files: "clause-start".
std::string_view ConditionName(ConditionKind kind);

/// One lexicon entry: a word, a phrase of words, or an RE2 pattern.
struct Entry {
  std::string written;             ///< as written in the file, for reports
  std::vector<WordPattern> words;  ///< one or more words; empty for a pattern
  std::string pattern;             ///< RE2 pattern over folded words, or empty
  RequiredStrings required;       ///< PatternRequires(pattern); empty: run everywhere
  std::vector<Condition> conditions;  ///< all must hold for a match to count
  double weight = 1.0;
  uint32_t category = 0;  ///< index into LexiconSet::categories
  /// Its line in its category's file (LexiconSet::FileOf): one file
  /// defines a category, so the entry does not keep a copy of the name.
  int line = 0;

  bool IsPattern() const { return !pattern.empty(); }
  /// Whether it counts only by the categories found in its sentence
  /// ({with} or {without}), which are known once the other matches are in.
  bool DependsOnSentence() const {
    return Has(ConditionKind::kWith) || Has(ConditionKind::kWithout);
  }
  /// Whether one of its conditions is of `kind`.
  bool Has(ConditionKind kind) const {
    for (const Condition& c : conditions)
      if (c.kind == kind) return true;
    return false;
  }
};

/// A lexicon category: what it means. What it is evidence for is the
/// model's business (model.h).
struct Category {
  std::string id;
  std::string label_nl;
  std::string label_en;
  std::string description_nl;
  std::string description_en;
  Severity severity = Severity::kWarning;
  /// A negated finding weighs less ("geen idioten"); false for categories
  /// whose entries are negative by nature ("niemand luistert", "niet veilig").
  bool negation_discounts = true;
  /// A quoted finding weighs less (someone else's words); false for
  /// categories whose quotation is the point: a report that quotes a threat
  /// relays a threat (quotation = count).
  bool quotation_discounts = true;
  std::string file;
};

/// A category together with its entries, as one file defines it.
struct Lexicon {
  Category category;
  std::vector<Entry> entries;  ///< Entry::category is 0 until added to a set
};

/// All categories and entries the matcher uses.
struct LexiconSet {
  /// Category counts and model lists index categories in 16 bits.
  static constexpr size_t kMaxCategories = 65535;
  /// Findings store their entry in 30 bits (finding.h).
  static constexpr size_t kMaxEntries = size_t{1} << 30;

  std::vector<Category> categories;
  std::vector<Entry> entries;

  /// Index of the category with `id`, or -1.
  int FindCategory(std::string_view id) const;
  /// The category of entry `entry`.
  const Category& CategoryOfEntry(uint32_t entry) const {
    return categories[entries[entry].category];
  }
  /// The file that defines `entry` (its category's).
  const std::string& FileOf(const Entry& entry) const { return categories[entry.category].file; }
  /// Adds `lexicon`, replacing every entry of a category with the same id.
  void Add(Lexicon lexicon);
};

/// Where lexicons come from.
struct LexiconSources {
  bool builtin = true;            ///< the lexicons compiled into wijzij
  std::vector<std::string> dirs;  ///< *.lex files of each, in order
};

/// Loads all sources. Returns false, with every error in `diagnostics`,
/// when any file has an error; warnings (duplicates) do not fail the load.
bool LoadLexiconSet(const LexiconSources& sources, LexiconSet* set,
                    std::vector<Diagnostic>* diagnostics);

/// Parses the shipped lexicon texts (LoadLexiconSet reads them from the
/// build-time snapshot instead, lexicon_snapshot.h).
bool ParseBuiltinLexicons(std::vector<Lexicon>* lexicons,
                          std::vector<Diagnostic>* diagnostics);

/// Loads the lexicon files of one directory (sorted by name).
bool LoadLexiconDir(const std::string& dir, std::vector<Lexicon>* lexicons,
                    std::vector<Diagnostic>* diagnostics);

}  // namespace wijzij
