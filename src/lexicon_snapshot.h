#pragma once
// The shipped lexicons parsed once, at build time: a compact binary image of
// the parsed lexicons that the program reads at start-up instead of parsing
// some 2,800 entries again (which was a third of the time for one short
// file). tools/lexicon_snapshot.cc writes it; a build with lexicon errors
// fails there, with the errors at file:line.
//
//   LexiconSet set;
//   if (!ReadLexiconSnapshot(BuiltinLexiconSnapshot(), &set)) ...  // parse
//
// The image holds exactly what the parser produces (every field of every
// category and entry); tests/unit/lexicon_snapshot_test.cc checks that it
// reads back equal to a fresh parse of the shipped files.

#include <string>
#include <string_view>
#include <vector>

#include "lexicon.h"

namespace wijzij {

/// The binary image of `lexicons`.
std::string WriteLexiconSnapshot(const std::vector<Lexicon>& lexicons);

/// Reads an image written by WriteLexiconSnapshot into `set`, as adding
/// each of its lexicons to an empty set would; false (and `set` untouched)
/// when `image` is empty, of another format version, or damaged.
bool ReadLexiconSnapshot(std::string_view image, LexiconSet* set);

/// The image built into this program, or empty when it has none (the
/// snapshot tool itself); then the shipped lexicon texts are parsed.
std::string_view BuiltinLexiconSnapshot();

/// The matcher's index of the shipped lexicons (Matcher::SaveIndex), built
/// into this program with the snapshot; empty in the snapshot tool.
std::string_view BuiltinMatcherIndex();

}  // namespace wijzij
