#include "lexicon.h"

#include <fmt/format.h>
#include <re2/filtered_re2.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "builtin_lexicons.h"
#include "lexicon_parser.h"
#include "lexicon_snapshot.h"
#include "liwc.h"
#include "source.h"

namespace wijzij {

namespace fs = std::filesystem;

re2::RE2::Options LexiconPatternOptions() {
  re2::RE2::Options options;
  options.set_case_sensitive(true);
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  return options;
}

std::string MatchablePattern(std::string_view pattern) {
  bool needs_folding = false;
  for (size_t i = 0; i < pattern.size() && !needs_folding; ++i) {
    const auto byte = static_cast<unsigned char>(pattern[i]);
    if (byte == '\\' && i + 1 < pattern.size()) {
      ++i;  // the escaped character: \S, \W, \B are classes, not letters
      needs_folding = pattern[i] == 'p' || pattern[i] == 'P';
    } else {
      needs_folding = (byte >= 'A' && byte <= 'Z') || byte >= 0x80;
    }
  }
  if (!needs_folding) return std::string(pattern);
  return "(?i:" + std::string(pattern) + ")";
}

namespace {

// True when a sentence holding only `atoms[i]` with `present[i]` could
// still match the one pattern of `filter`.
bool Passes(const re2::FilteredRE2& filter, const std::vector<bool>& present) {
  std::vector<int> atoms, passed;
  for (size_t i = 0; i < present.size(); ++i)
    if (present[i]) atoms.push_back(static_cast<int>(i));
  filter.AllPotentials(atoms, &passed);
  return !passed.empty();
}

// A smallest set of atoms whose absence rules the pattern out, found by
// putting atoms back one by one, starting after `first` (so that `first`
// is the last one tried): each such set is a clause "one of these".
std::vector<int> MinimalClause(const re2::FilteredRE2& filter, size_t atoms, size_t first) {
  std::vector<bool> present(atoms, false);
  for (size_t k = 1; k <= atoms; ++k) {
    const size_t atom = (first + k) % atoms;
    present[atom] = true;
    if (Passes(filter, present)) present[atom] = false;
  }
  std::vector<int> clause;
  for (size_t i = 0; i < atoms; ++i)
    if (!present[i]) clause.push_back(static_cast<int>(i));
  return clause;
}

}  // namespace

RequiredStrings PatternRequires(std::string_view pattern) {
  // Atoms shorter than this are in nearly every sentence ("de", "we").
  constexpr int kMinAtomBytes = 3;
  // Beyond this many atoms, "one of them" is clause enough.
  constexpr size_t kMostAtomsToSplit = 64;
  re2::FilteredRE2 filter(kMinAtomBytes);
  int id = 0;
  std::vector<std::string> atoms;
  RequiredStrings clauses;
  if (filter.Add(MatchablePattern(pattern), LexiconPatternOptions(), &id) != re2::RE2::NoError)
    return clauses;
  filter.Compile(&atoms);
  if (atoms.empty()) return clauses;
  if (atoms.size() > kMostAtomsToSplit) {
    std::sort(atoms.begin(), atoms.end());
    return {atoms};
  }
  // A clause found from one atom usually holds it: starting only from
  // atoms no clause holds yet finds the same few clauses with n probes
  // each, not n for every atom.
  std::set<std::vector<int>> seen;
  std::vector<bool> covered(atoms.size(), false);
  for (size_t first = 0; first < atoms.size(); ++first) {
    if (covered[first]) continue;
    std::vector<int> clause = MinimalClause(filter, atoms.size(), first);
    covered[first] = true;
    for (int atom : clause) covered[static_cast<size_t>(atom)] = true;
    if (!seen.insert(clause).second) continue;
    std::vector<std::string>& strings = clauses.emplace_back();
    for (int atom : clause) strings.push_back(atoms[static_cast<size_t>(atom)]);
    std::sort(strings.begin(), strings.end());
  }
  std::sort(clauses.begin(), clauses.end());
  return clauses;
}

bool Matches(const WordPattern& pattern, std::string_view folded) {
  switch (pattern.match) {
    case WordMatch::kExact:
      return folded == pattern.text;
    case WordMatch::kPrefix:
      return folded.starts_with(pattern.text);
    case WordMatch::kSuffix:
      return folded.ends_with(pattern.text);
    case WordMatch::kInfix:
      return folded.find(pattern.text) != std::string_view::npos;
  }
  return false;
}

std::string_view ConditionName(ConditionKind kind) {
  switch (kind) {
    case ConditionKind::kClauseStart:
      return "clause-start";
    case ConditionKind::kReader:
      return "reader";
    case ConditionKind::kNotAfter:
      return "not-after";
    case ConditionKind::kOwn:
      return "own";
    case ConditionKind::kWith:
      return "with";
    case ConditionKind::kScareQuote:
      return "scare-quote";
    case ConditionKind::kQuoted:
      return "quoted";
    case ConditionKind::kNotBefore:
      return "not-before";
    case ConditionKind::kWithout:
      return "without";
    case ConditionKind::kDateline:
      return "dateline";
  }
  return "";
}

int LexiconSet::FindCategory(std::string_view id) const {
  for (size_t i = 0; i < categories.size(); ++i) {
    if (categories[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

void LexiconSet::Add(Lexicon lexicon) {
  int index = FindCategory(lexicon.category.id);
  if (index < 0) {
    categories.push_back(std::move(lexicon.category));
    index = static_cast<int>(categories.size() - 1);
  } else {
    categories[index] = std::move(lexicon.category);
    std::erase_if(entries, [&](const Entry& e) {
      return e.category == static_cast<uint32_t>(index);
    });
  }
  for (Entry& entry : lexicon.entries) {
    entry.category = static_cast<uint32_t>(index);
    entries.push_back(std::move(entry));
  }
}

bool LoadLexiconDir(const std::string& dir, std::vector<Lexicon>* lexicons,
                    std::vector<Diagnostic>* diagnostics) {
  std::error_code ec;
  if (fs::path(dir).extension() == ".dic" && fs::is_regular_file(dir, ec)) {
    std::string content, error;
    if (!ReadAll(dir, &content, &error)) {
      diagnostics->push_back({dir, 0, Severity::kError, error});
      return false;
    }
    return ParseLiwcDictionary(dir, content, lexicons, diagnostics);
  }
  if (!fs::is_directory(dir, ec)) {
    diagnostics->push_back({dir, 0, Severity::kError, "not a directory or a .dic file"});
    return false;
  }
  std::vector<fs::path> files;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == ".lex") files.push_back(it->path());
  }
  if (ec) {
    diagnostics->push_back({dir, 0, Severity::kError, "cannot list: " + ec.message()});
    return false;
  }
  std::sort(files.begin(), files.end());
  bool ok = true;
  for (const fs::path& path : files) {
    std::string content, error;
    if (!ReadAll(path.string(), &content, &error)) {
      diagnostics->push_back({path.string(), 0, Severity::kError, error});
      ok = false;
      continue;
    }
    Lexicon lexicon;
    ok = ParseLexicon(path.string(), content, &lexicon, diagnostics) && ok;
    lexicons->push_back(std::move(lexicon));
  }
  if (files.empty()) {
    diagnostics->push_back(
        {dir, 0, Severity::kWarning, "no *.lex files in this directory"});
  }
  return ok;
}

bool ParseBuiltinLexicons(std::vector<Lexicon>* lexicons,
                          std::vector<Diagnostic>* diagnostics) {
  bool ok = true;
  for (const BuiltinLexicon& builtin : BuiltinLexicons()) {
    Lexicon lexicon;
    ok =
        ParseLexicon(std::string(builtin.name), builtin.content, &lexicon, diagnostics) &&
        ok;
    lexicons->push_back(std::move(lexicon));
  }
  return ok;
}

namespace {

// The image parsed at build time when this program has one (it always
// does, except the tool that makes it); else the texts.
// Within one source, two files may not define the same category.
bool CheckUniqueIds(const std::vector<Lexicon>& lexicons,
                    std::vector<Diagnostic>* diagnostics) {
  std::map<std::string, std::string> first_file;
  bool ok = true;
  for (const Lexicon& lexicon : lexicons) {
    const auto [it, inserted] =
        first_file.emplace(lexicon.category.id, lexicon.category.file);
    if (!inserted) {
      diagnostics->push_back({lexicon.category.file, 0, Severity::kError,
                              fmt::format("category '{}' is already defined in {}",
                                          lexicon.category.id, it->second)});
      ok = false;
    }
  }
  return ok;
}

}  // namespace

namespace {

// {with CATEGORY} and {without CATEGORY} name categories of the whole set:
// checked once all are in.
bool CheckConditionCategories(const LexiconSet& set, std::vector<Diagnostic>* diagnostics) {
  bool ok = true;
  for (const Entry& e : set.entries) {
    for (const Condition& c : e.conditions) {
      if (c.kind != ConditionKind::kWith && c.kind != ConditionKind::kWithout) continue;
      for (const std::string& id : c.arguments) {
        if (set.FindCategory(id) >= 0) continue;
        diagnostics->push_back({set.FileOf(e), e.line, Severity::kError,
                                fmt::format("{{{} {}}}: no category '{}' is loaded",
                                            ConditionName(c.kind), id, id)});
        ok = false;
      }
    }
  }
  return ok;
}

}  // namespace

bool LoadLexiconSet(const LexiconSources& sources, LexiconSet* set,
                    std::vector<Diagnostic>* diagnostics) {
  // The shipped lexicons come from the build-time snapshot, read straight
  // into a set; only a program without one parses their texts.
  LexiconSet builtin;
  std::vector<std::vector<Lexicon>> layers;
  bool ok = true;
  if (sources.builtin && !ReadLexiconSnapshot(BuiltinLexiconSnapshot(), &builtin)) {
    layers.emplace_back();
    ok = ParseBuiltinLexicons(&layers.back(), diagnostics);
  }
  for (const std::string& dir : sources.dirs) {
    layers.emplace_back();
    ok = LoadLexiconDir(dir, &layers.back(), diagnostics) && ok;
    ok = CheckUniqueIds(layers.back(), diagnostics) && ok;
  }
  if (!ok) return false;  // never half-loaded
  *set = std::move(builtin);
  // One allocation for all entries: growing the vector would move every
  // entry several times over, a good part of a start-up.
  size_t entries = set->entries.size();
  for (const auto& layer : layers)
    for (const Lexicon& lexicon : layer) entries += lexicon.entries.size();
  set->entries.reserve(entries);
  for (auto& layer : layers) {
    for (Lexicon& lexicon : layer) set->Add(std::move(lexicon));
  }
  // Categories are numbered in 16 bits, and findings number entries in 30.
  const auto too_many = [&](size_t count, size_t most, std::string_view what) {
    if (count <= most) return false;
    diagnostics->push_back(
        {sources.dirs.empty() ? std::string("lexicons") : sources.dirs.back(), 0,
         Severity::kError, fmt::format("{} {}; at most {} are supported", count, what, most)});
    return true;
  };
  if (too_many(set->categories.size(), LexiconSet::kMaxCategories, "categories") ||
      too_many(set->entries.size(), LexiconSet::kMaxEntries, "entries") ||
      !CheckConditionCategories(*set, diagnostics)) {
    *set = LexiconSet();
    return false;
  }
  return true;
}

}  // namespace wijzij
