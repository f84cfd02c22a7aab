#include <doctest/doctest.h>

#include "test_util.h"

namespace wijzij {

using test::AddLexicon;
using test::AnalyzeText;
using test::Describe;

namespace {

std::string Run(const char* entries, const char* text) {
  LexiconSet set;
  AddLexicon(&set, "t", entries);
  return Describe(AnalyzeText(set, text));
}

}  // namespace

TEST_CASE("a negation governs what follows it in its clause") {
  CHECK(Run("strijd voor vrijheid\n",
            "Dit heeft niets te maken met de strijd voor vrijheid.") ==
        "strijd voor vrijheid@1:33!");
  CHECK(Run("idioten\n", "Het zijn geen idioten.") == "idioten@1:15!");
  CHECK(Run("verraad\n", "Dat is nooit verraad geweest.") == "verraad@1:14!");
}

TEST_CASE("a negation does not take back what came before it") {
  // The telling is not negated by what was told.
  CHECK(Run("vertelde\n", "Een buurman vertelde dat zijn zoon over niets anders sprak.") ==
        "vertelde@1:13");
  CHECK(Run("vertelde\n", "Een buurman vertelde dat het niet klopte.") == "vertelde@1:13");
  CHECK(Run("schamen\n", "Wij schamen ons niet.") == "schamen@1:5");
  CHECK(Run("wij\n", "Wij het volk zijn niet gek.") == "Wij@1:1");
}

TEST_CASE("set expressions that open with a negation word affirm") {
  CHECK(Run("tuig\n", "Laat er geen misverstand over bestaan wat wij van dat tuig vinden.") ==
        "tuig@1:55");
  CHECK(Run("establishment\n",
            "Hij is nog lang niet klaar met zijn strijd tegen het establishment.") ==
        "establishment@1:54");
  CHECK(Run("tuig\n", "Het is niets anders dan tuig.") == "tuig@1:25");
  CHECK(Run("verraad\n", "Er is geen enkele twijfel dat dit verraad is.") == "verraad@1:35");
  CHECK(Run("verraad\n", "Er is geen twijfel: dit is verraad.") == "verraad@1:28");
  CHECK(Run("vandalisme\n", "Wij hebben geen woorden voor dit vandalisme.") ==
        "vandalisme@1:34");
  CHECK(Run("noodbevel\n", "Zij gaven geen gehoor aan het noodbevel.") == "noodbevel@1:31");
  CHECK(Run("fascisme\n", "Nooit weer fascisme!") == "fascisme@1:12");
  CHECK(Run("complot\n", "Het is niks meer of minder dan een complot.") == "complot@1:36");
}

TEST_CASE("a negation does not reach into another clause") {
  CHECK(Run("idioten\n", "Wij zijn niet boos, maar het zijn idioten.") == "idioten@1:35");
  CHECK(Run("idioten\n", "Niemand twijfelt; het zijn idioten.") == "idioten@1:28");
  CHECK(Run("idioten\n", "Het klopt niet. Het zijn idioten.") == "idioten@1:26");
  // A quotation is a clause of its own; a word in scare quotes is not.
  CHECK(Run("tuig\n", "\"Geen geweld op straat\" riep het tuig op het plein.") ==
        "tuig@1:34");
  CHECK(Run("dictatuur\n", "Dit is geen 'dictatuur'.") == "dictatuur@1:14!\"");
}

TEST_CASE("a negation reaches into a dat-clause only when it denies a claim") {
  // Not accepting what idiots do still calls them idiots.
  CHECK(Run("idioten\n", "Wij accepteren nooit dat idioten onze stad slopen.") ==
        "idioten@1:26");
  CHECK(Run("tuig\n", "Wij willen niet dat tuig de wijk overneemt.") == "tuig@1:21");
  // Not finding, thinking or saying it denies it.
  CHECK(Run("tuig\n", "Ik vind niet dat het tuig is.") == "tuig@1:22!");
  CHECK(Run("idioten\n", "Het is niet zo dat het idioten zijn.") == "idioten@1:24!");
  CHECK(Run("tuig\n", "Wij denken niet dat zij tuig zijn.") == "tuig@1:25!");
}

TEST_CASE("a negation in a clause that states a condition takes nothing back") {
  CHECK(Run("noodbevel\n", "Wie zich niet aan het noodbevel houdt, wordt aangehouden.") ==
        "noodbevel@1:23");
  CHECK(Run("mondkapje\n", "Als u geen mondkapje draagt, krijgt u een boete.") ==
        "mondkapje@1:12");
  // The condition ends with its clause; a negation after it still counts.
  CHECK(Run("boete\n", "Wie twijfelt, krijgt geen boete.") == "boete@1:27!");
}

TEST_CASE("'geen' negates what follows it, not what comes before") {
  CHECK(Run("tuig\n", "Het is tuig en tuig verdient geen begrip.") ==
        "tuig@1:8 tuig@1:16");
  CHECK(Run("begrip\n", "Tuig verdient geen begrip.") == "begrip@1:20!");
}

TEST_CASE("'niet alleen' adds rather than negates") {
  CHECK(Run("uitschot\n", "Het is niet alleen dom maar ook uitschot.") ==
        "uitschot@1:33");
  CHECK(Run("uitschot\n", "Het is niet alleen uitschot.") == "uitschot@1:20");
}

TEST_CASE("a negation word inside the entry does not negate it") {
  CHECK(Run("mag niet\n", "Vuurwerk mag niet.") == "mag niet@1:10");
}

TEST_CASE("quoted findings are marked") {
  CHECK(Run("idioten\n", "De burgemeester noemde hen \xE2\x80\x9Cidioten\xE2\x80\x9D.") ==
        "idioten@1:29\"");
}

TEST_CASE("a scare-quote entry counts as the writer's own words") {
  // The quotation marks are the writer's act: not discounted as quoted.
  CHECK(Run("dictatuur {scare-quote}\n", "Zij vechten tegen 'de dictatuur'.") ==
        "dictatuur@1:23");
}

}  // namespace wijzij
