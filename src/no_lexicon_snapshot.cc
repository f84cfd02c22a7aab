// For the snapshot tool itself, which parses the shipped lexicon texts.
#include "lexicon_snapshot.h"

namespace wijzij {

std::string_view BuiltinLexiconSnapshot() { return {}; }
std::string_view BuiltinMatcherIndex() { return {}; }

}  // namespace wijzij
