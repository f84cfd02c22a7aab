#include "fold.h"

#include <doctest/doctest.h>

namespace wijzij {

TEST_CASE("FoldForMatching lowercases, composes and unifies apostrophes and hyphens") {
  CHECK(FoldForMatching("Schaamteloos") == "schaamteloos");
  CHECK(FoldForMatching("\xC3\x89LITE") == "\xC3\xA9lite");   // ÉLITE
  CHECK(FoldForMatching("e\xCC\x81lite") == "\xC3\xA9lite");  // e + combining acute
  CHECK(FoldForMatching("Zo\xE2\x80\x99n") == "zo'n");        // typographic apostrophe
  CHECK(FoldForMatching("wij\xE2\x80\x90zij") == "wij-zij");  // U+2010 hyphen
  CHECK(FoldForMatching("STRA\xC3\x9F"
                        "E") == "strasse");  // full case folding
}

}  // namespace wijzij
