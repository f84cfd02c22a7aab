#pragma once
// The lexicon file format. One file is one category; it is plain UTF-8 text
// that a communication advisor can read and edit:
//
//   # Moraliserende taal: morele veroordeling en schelden.
//   id = moraliserend
//   label_nl = Moraliserend
//   label_en = Moralising
//   description_nl = Morele veroordeling, schelden, schaamte en afschuw.
//   description_en = Moral condemnation, name-calling, shame and disgust.
//   severity = warning              # info, warning or error (default warning)
//   negation = discount             # or ignore: a negated finding counts fully
//                                   # (narratives say "niemand luistert" by nature)
//
//   [entries]
//   idioten                 # exact word
//   schaam*                 # prefix wildcard: schaamteloos
//   *verraders              # suffix wildcard: volksverraders
//   *elite*                 # infix wildcard: elitepolitiek
//   een democratie onwaardig   # phrase; each word may carry wildcards
//   ^houd                   # only as the first word of a sentence or clause,
//   houd {clause-start}     # the same written as a condition (below)
//   wij-zij                 # hyphenated compound, matched as a whole
//   spint er garen bij | 2  # optional weight after |
//   /nu kan het( nog)?/     # RE2 pattern over the folded words, space-separated
//
// Conditions in braces after an entry's words (and before its weight) say
// when it counts; every one must hold:
//
//   {clause-start}          the entry's first word begins a sentence or clause
//   {reader}                the sentence speaks to the reader (u, je, jullie…)
//                           or the entry opens a clause (an imperative)
//   {not-after op in}       the word before it is none of these
//   {not-before zich}       the word after it is none of these
//   {own}                   it stands outside quotation marks
//   {with zij_elite …}      a finding of one of these categories is in the
//                           same sentence (checked against the loaded set)
//
// What a category is evidence for (a scheme, a side, a row of the
// communication table) is said in the model (model.h), not here.
// Comments start with # (for patterns: after the closing slash). Entries
// are folded like the text (fold.h), so case and NFC do not matter.

#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"
#include "lexicon.h"

namespace wijzij {

/// Parses one lexicon file named `file` (used in diagnostics and as each
/// entry's origin; its stem must equal the category id). Appends every
/// problem to `diagnostics`; returns false when any is an error.
bool ParseLexicon(const std::string& file, std::string_view content, Lexicon* lexicon,
                  std::vector<Diagnostic>* diagnostics);

}  // namespace wijzij
