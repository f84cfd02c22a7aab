// Fuzz target: any bytes as a lexicon file. Parsing never crashes; a lexicon
// that parses is matched against a fixed Dutch text.

#include <cstdint>
#include <string>
#include <vector>

#include "analysis.h"
#include "lexicon_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string content(reinterpret_cast<const char*>(data), size);
  wijzij::Lexicon lexicon;
  std::vector<wijzij::Diagnostic> diags;
  if (!wijzij::ParseLexicon("fuzz.lex", content, &lexicon, &diags)) return 0;
  wijzij::LexiconSet set;
  set.Add(std::move(lexicon));
  const wijzij::Model model;
  const wijzij::Analyzer analyzer(set, model);
  wijzij::SourceText source;
  source.path = "tekst";
  source.bytes =
      "Deze idioten moeten zich schamen! Wij, de politie, treden hard op tegen het tuig. "
      "'s Avonds zei dhr. Jansen: \"Hoe houdt u het vol?\" Het wij-zij denken groeit.";
  analyzer.Analyze(source);
  return 0;
}
