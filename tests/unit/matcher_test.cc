#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon_snapshot.h"
#include "matcher.h"
#include "test_util.h"
#include "tokenizer.h"

namespace wijzij {

using test::AddLexicon;
using test::AnalyzeText;
using test::Describe;

TEST_CASE("each entry kind fires on the words it describes") {
  struct Case {
    const char* entries;
    const char* text;
    const char* findings;
  };
  const Case cases[] = {
      {"idioten\n", "Deze IDIOTEN, die idioot.", "IDIOTEN@1:6"},
      {"schaam*\n", "Schaamteloos en beschaamd.", "Schaamteloos@1:1"},
      {"*verraders\n", "Volksverraders! Verraders.", "Volksverraders@1:1 Verraders@1:17"},
      {"*elite*\n", "De elitepolitiek van de anti-elite.",
       "elitepolitiek@1:4 anti-elite@1:25"},
      {"een democratie onwaardig\n", "Het is een democratie onwaardig.",
       "een democratie onwaardig@1:8"},
      {"spin* er garen bij\n", "Hij spint er garen bij.", "spint er garen bij@1:5"},
      {"^houd\n", "Houd afstand. Ik houd van jou.", "Houd@1:1"},
      {"wij-zij\n", "Het wij-zij denken, wij en zij.", "wij-zij@1:5"},
      {"/nu kan het( nog)?/\n", "Het is tijd, want nu kan het nog!",
       "nu kan het nog@1:19"},
      {"/^ga\\b/\n", "Ga weg. Ik ga niet.", "Ga@1:1"},
      {"zo'n\n", "Zo\xE2\x80\x99n gedoe.", "Zo\xE2\x80\x99n@1:1"},
      // A plural or genitive with apostrophe-s is the word itself; the
      // clitic 's of "'s avonds" is not a word "s".
      {"dienstauto\nrutte\ns\n", "Dienstauto's, Rutte\xE2\x80\x99s plan, 's avonds.",
       "Dienstauto's@1:1 Rutte\xE2\x80\x99s@1:15"},
      {"\xC3\xA9lite\n", "De E\xCC\x81LITE.", "E\xCC\x81LITE@1:4"},
      // Patterns written with capitals or accents still match any case.
      {"/Gemeente (IS|was) dicht/\n", "De GEMEENTE is dicht.", "GEMEENTE is dicht@1:4"},
      {"/\\S+ er\\Bvoor \\w+/\n", "Wij staan ervoor klaar.", "staan ervoor klaar@1:5"},
      {"/\xC3\x89\xC3\xA9n keer/\n", "\xC3\x89\xC3\xA9n keer.", "\xC3\x89\xC3\xA9n keer@1:1"},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    LexiconSet set;
    AddLexicon(&set, "t", c.entries);
    CHECK(Describe(AnalyzeText(set, c.text)) == c.findings);
  }
}

TEST_CASE("conditions say when an everyday word counts") {
  struct Case {
    const char* entries;
    const char* text;
    const char* findings;
  };
  const Case cases[] = {
      // Obligation counts when it is put to the reader, not when it describes.
      {"moeten {reader}\n", "U moeten wij helpen. Bewoners moeten maanden wachten.",
       "moeten@1:3"},
      {"moet {reader}\n", "Je moet thuis blijven. Hij moet wachten.", "moet@1:4"},
      {"houd {reader}\n", "Houd afstand. Hij houdt het vol.", "Houd@1:1"},
      // A place is not the group on the street.
      {"de straat {not-after op in naar}\n", "Op de straat lag glas. Wij zijn de straat.",
       "de straat@1:33"},
      // The verb "verzet zich" is not the noun "verzet".
      {"verzet {not-before zich}\n", "De wijk verzet zich. Dit is verzet.", "verzet@1:29"},
      // Quoted words are someone else's.
      {"tuig {own}\n", "Hij riep \"tuig\". Het is tuig.", "tuig@1:25"},
      // Only someone else's words.
      {"tuig {quoted}\n", "Hij riep \"tuig\". Het is tuig.", "tuig@1:11\""},
      // A word in scare quotes is held at a distance; in quoted speech it is not.
      {"dictatuur {scare-quote}\n",
       "Zij riepen \"weg met de dictatuur\". Ik lees over 'de dictatuur' en lach.",
       "dictatuur@1:53"},
      // "alle" is pusher language only beside a pole.
      {"alle {with pool}\npool\nrelschoppers\n",
       "Alle inwoners zijn welkom. Alle relschoppers gaan vast.",
       "Alle@1:28 relschoppers@1:33"},
      // A question is opinion, unless it is put to the reader.
      {"/^.* \\?$/ {without pool}\npool\n/\\bu\\b.* \\?$/\n",
       "Is dat nou nodig? Heeft u vragen?", "Is dat nou nodig@1:1 u vragen@1:25"},
      // A news report's dateline, one finding for its words; not the same
      // word elsewhere.
      {"/^\\S+/ {dateline}\n", "DEN HAAG - Het kabinet besluit. Den Haag wacht.",
       "DEN@1:1"},
      // A pattern's condition holds as a word's does.
      {"/nu kan het/ {own}\n", "Zij riepen \"nu kan het\". Nu kan het.", "Nu kan het@1:26"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.entries);
    CAPTURE(c.text);
    LexiconSet set;
    const std::string entries = c.entries;
    if (entries.find("\npool\n") != std::string::npos) {
      AddLexicon(&set, "duwer", entries.substr(0, entries.find('\n') + 1));
      AddLexicon(&set, "pool", entries.substr(entries.find("pool\n") + 5));
    } else {
      AddLexicon(&set, "t", c.entries);
    }
    CHECK(Describe(AnalyzeText(set, c.text)) == c.findings);
  }
}

TEST_CASE("a pattern is compiled case-sensitively only when that cannot change it") {
  CHECK(MatchablePattern("nu kan het( nog)?") == "nu kan het( nog)?");
  CHECK(MatchablePattern("\\S+ \\W \\B\\D") == "\\S+ \\W \\B\\D");
  CHECK(MatchablePattern("Gemeente") == "(?i:Gemeente)");
  CHECK(MatchablePattern("\xC3\xA9lite") == "(?i:\xC3\xA9lite)");
  CHECK(MatchablePattern("\\p{Lu}") == "(?i:\\p{Lu})");
  CHECK(MatchablePattern("\\QAB\\E") == "(?i:\\QAB\\E)");
}

TEST_CASE("a pattern requires the strings every match must hold") {
  using Clauses = RequiredStrings;
  // A sequence needs each part; an alternative needs one of its branches.
  CHECK(PatternRequires("\\b(zou|had)( \\S+){0,6} moeten\\b") ==
        Clauses{{" moeten"}, {"had", "zou"}});
  CHECK(PatternRequires("\\bhet (tolerante|redelijke) land\\b") ==
        Clauses{{"het redelijke land", "het tolerante land"}});
  // Capitals are folded, as the pattern is matched.
  CHECK(PatternRequires("Gemeente (IS|was) dicht") ==
        Clauses{{"gemeente is dicht", "gemeente was dicht"}});
  // Nothing to require: it may match any sentence.
  CHECK(PatternRequires("^.* !$").empty());
  CHECK(PatternRequires("\\b(sp|cda)\\b").empty());
}

TEST_CASE("patterns find the same matches before and after the pattern set is built") {
  // A thread runs each pattern whose required strings a sentence holds; when
  // many patterns require nothing, it runs one RE2::Set once it has matched
  // kPatternSetFromBytes of sentences. A text reads the same either way.
  const test::Shipped shipped;
  const Matcher one_by_one(shipped.set, SIZE_MAX);
  const Matcher by_set(shipped.set, 0);
  const std::string text =
      "Wij moeten nu echt doorpakken! Zij zouden eigenlijk moeten luisteren. "
      "Uw zorgen zijn terecht, en de vragen zijn begrijpelijk. Hoe houdt u het vol? "
      "Het tolerante Nederland bestaat nog. Ga weg! Dank u wel voor uw aandacht. "
      "Dit gaat ten koste van de inwoners. Laat er geen misverstand over bestaan.";
  const TokenizedText tokens = Tokenize(text);
  auto serialize = [](const std::vector<Match>& matches) {
    std::string out;
    for (const Match& m : matches)
      out += std::to_string(m.entry) + ":" + std::to_string(m.first_token) + "-" +
             std::to_string(m.last_token) + " ";
    return out;
  };
  const std::string expected = serialize(one_by_one.FindAll(tokens));
  CHECK(expected.size() > 40);  // many entries, patterns among them
  CHECK(serialize(by_set.FindAll(tokens)) == expected);
  // A matcher switches when the thread has matched its bytes.
  const Matcher switching(shipped.set, 100);
  for (int i = 0; i < 3; ++i) CHECK(serialize(switching.FindAll(tokens)) == expected);
}

namespace {

// Every match of every sentence of the example corpus, in one line each.
std::string MatchesOverCorpus(const Matcher& matcher) {
  std::string out;
  for (const std::string& text : test::CorpusTexts()) {
    for (const Match& m : matcher.FindAll(Tokenize(text)))
      out += std::to_string(m.entry) + ":" + std::to_string(m.first_token) + "-" +
             std::to_string(m.last_token) + " ";
    out += '\n';
  }
  return out;
}

// The words of each finding of `category` in `text`, read with the shipped
// lexicons and model, each followed by a space.
std::string FoundAs(const test::Shipped& shipped, std::string_view category,
                    std::string_view text) {
  std::string found;
  const DocumentReport report = AnalyzeText(shipped.set, text, shipped.model);
  for (const Finding& f : report.findings)
    if (shipped.set.CategoryOfEntry(f.entry).id == category)
      found += std::string(report.TextOf(f)) + " ";
  return found;
}

}  // namespace

TEST_CASE("patterns that require no string are found only where they match") {
  // Such patterns run on every sentence, first all at once as a set; each
  // is then run only on the sentences where the set found it.
  LexiconSet set;
  // (The first pattern requires "weet", so the others' places in the
  // lexicon are not their places in the set.)
  AddLexicon(&set, "t", "/\\bweet\\b/\n/^.* !$/\n/^.* \\?$/\n/\\b(ja|nee)\\b/\n/^wie\\b/\n");
  CHECK(Describe(AnalyzeText(set, "Ga weg! Wie doet dat? Nee. Ja, wie weet.")) ==
        "Ga weg@1:1 Wie doet dat@1:9 Nee@1:23 Ja@1:28 weet@1:36");
  // One such pattern runs alone.
  LexiconSet one;
  AddLexicon(&one, "t", "/\\b(ja|nee)\\b/\n");
  CHECK(Describe(AnalyzeText(one, "Nee. Ja, wie weet.")) == "Nee@1:1 Ja@1:6");
}

TEST_CASE("the pattern set is built only when many patterns require nothing") {
  // Run one by one, the shipped patterns (a few require nothing) took less
  // time and memory than the set; a lexicon of patterns that run on every
  // sentence makes the set pay, and it finds what running each would.
  const test::Shipped shipped;
  CHECK(Matcher(shipped.set).pattern_set_from_bytes() == SIZE_MAX);
  LexiconSet more = shipped.set;
  std::string everywhere;
  for (size_t n = 4; n < 4 + Matcher::kPatternSetFromUnfiltered; ++n)
    everywhere += "/\\b[a-z]{" + std::to_string(n) + "}\\b/\n";
  AddLexicon(&more, "lengte", everywhere);
  CHECK(Matcher(more).pattern_set_from_bytes() == Matcher::kPatternSetFromBytes);
  const Matcher one_by_one(more, SIZE_MAX);
  const Matcher by_set(more, 0);
  const std::string expected = MatchesOverCorpus(one_by_one);
  CHECK(MatchesOverCorpus(by_set) == expected);
  CHECK(expected.size() > MatchesOverCorpus(Matcher(shipped.set)).size());
}

TEST_CASE("the shipped lexicons' index is read from the program, as built, with the same matches") {
  const test::Shipped shipped;
  const Matcher built(shipped.set, Matcher::kPatternSetFromBytes, {});
  const Matcher read(shipped.set);
  CHECK_FALSE(built.index_from_image());
  CHECK(read.index_from_image());
  // The image is current: what building the index now would save.
  CHECK(built.SaveIndex() == std::string(BuiltinMatcherIndex()));
  const std::string expected = MatchesOverCorpus(built);
  CHECK(expected.size() > 10000);
  CHECK(MatchesOverCorpus(read) == expected);
  // Once sealed (after 64 KB of searching) the read tries find the same.
  CHECK(MatchesOverCorpus(read) == expected);
}

TEST_CASE("a pattern tried only where its required strings are drops no match in the corpus") {
  // The pattern set runs every pattern on every sentence; one at a time, a
  // pattern runs only where each clause of its required strings has one
  // present, and is tried only when its rarest clause has. Both must find
  // the same in every corpus text.
  const test::Shipped shipped;
  const Matcher filtered(shipped.set, SIZE_MAX);
  const Matcher every_pattern(shipped.set, 0);
  const std::string expected = MatchesOverCorpus(every_pattern);
  CHECK(expected.size() > 10000);
  CHECK(MatchesOverCorpus(filtered) == expected);
}

TEST_CASE("an index image is used only for the entries it was saved from") {
  const test::Shipped shipped;
  LexiconSet more = shipped.set;
  AddLexicon(&more, "extra", "knotwilgenhakker\n");
  const Matcher matcher(more);
  CHECK_FALSE(matcher.index_from_image());
  CHECK(Describe(AnalyzeText(more, "Een knotwilgenhakker.")).find("knotwilgenhakker@1:5") !=
        std::string::npos);
  // An image saved from these entries is used for them, and reads the same.
  const std::string image = matcher.SaveIndex();
  const Matcher from_image(more, Matcher::kPatternSetFromBytes, image);
  CHECK(from_image.index_from_image());
  CHECK(MatchesOverCorpus(from_image) == MatchesOverCorpus(matcher));
}

TEST_CASE("a damaged index image is refused or read within bounds, never past them") {
  const test::Shipped shipped;
  const Matcher built(shipped.set, Matcher::kPatternSetFromBytes, {});
  const std::string image = built.SaveIndex();
  const TokenizedText tokens = Tokenize(
      "Wij moeten nu echt doorpakken tegen die relschoppers! Uw zorgen zijn terecht.");
  // Cut short anywhere: refused, and the index is built instead.
  for (size_t size : {size_t{0}, size_t{10}, image.size() / 3, image.size() - 1}) {
    const Matcher cut(shipped.set, Matcher::kPatternSetFromBytes, image.substr(0, size));
    CHECK_FALSE(cut.index_from_image());
    CHECK(cut.FindAll(tokens).size() == built.FindAll(tokens).size());
  }
  // Bytes changed all through: whatever is read must stay in bounds (the
  // sanitizer build checks every access).
  for (size_t at = 40; at < image.size(); at += image.size() / 97) {
    std::string damaged = image;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x5A);
    const Matcher matcher(shipped.set, Matcher::kPatternSetFromBytes, damaged);
    for (const Match& m : matcher.FindAll(tokens)) CHECK(m.entry < shipped.set.entries.size());
  }
}

TEST_CASE("a road-works notice's everyday words are no evidence in the shipped lexicons") {
  const test::Shipped shipped;
  const DocumentReport report = test::AnalyzeText(
      shipped.set,
      "De straat waarin gewerkt wordt, is tot vrijdag afgesloten. "
      "Binnenkort krijgt u een brief. Zodra het werk klaar is, gaat de weg open.",
      shipped.model);
  for (const Finding& f : report.findings) {
    const std::string& category = shipped.set.CategoryOfEntry(f.entry).id;
    CAPTURE(category);
    CHECK(category != "zij_relschoppers");
    CHECK(category != "thema_inflatie");
    CHECK(category != "afwachten");
  }
  // The same words where they are evidence.
  const std::string groups = test::Describe(test::AnalyzeText(
      shipped.set, "Ons gas is afgesloten. De straat is van ons, dus hard optreden!",
      shipped.model));
  CHECK(groups.find("gas is afgesloten@1:5") != std::string::npos);
  CHECK(groups.find("De straat@1:24") != std::string::npos);
}

TEST_CASE("young people are rioters in the shipped lexicons only beside enforcement or condemnation") {
  const test::Shipped shipped;
  auto rioters = [&](std::string_view text) {
    return FoundAs(shipped, "zij_relschoppers", text);
  };
  CHECK(rioters("Het jongerenwerk opent een ruimte waar jongeren elkaar na school treffen.") == "");
  CHECK(rioters("Jongeren die hulpverleners bekogelen, worden hard aangepakt.") == "Jongeren ");
  CHECK(rioters("Deze jongeren gedragen zich schandalig.") == "jongeren ");
}

TEST_CASE("a motion is party politics in the shipped lexicons, a motive is not") {
  const test::Shipped shipped;
  CHECK(FoundAs(shipped, "stem_politiek", "Het motief bleef onduidelijk, net als de motieven.") ==
        "");
  CHECK(FoundAs(shipped, "stem_politiek", "De raad nam een motie aan en verwierp twee moties.") ==
        "motie moties ");
}

TEST_CASE("set phrases of the distrust narratives in the shipped lexicons") {
  const test::Shipped shipped;
  auto incompetence = [&](std::string_view text) {
    return FoundAs(shipped, "narratief_ervaren_incompetentie", text);
  };
  CHECK(incompetence("Met die nieuwe regels blijft de provincie dweilen met de kraan open.") ==
        "dweilen met de kraan open ");
  CHECK(incompetence("Door fouten van de gemeente staat het fietspad nog steeds onder water.") ==
        "fouten van de gemeente ");
  CHECK(incompetence("Het plan voor het buurthuis komt maar niet van de grond.") ==
        "komt maar niet van de grond ");
  // A failed plan is incompetence only with government in the sentence.
  CHECK(incompetence("De gemeente noemt de proef mislukt.") == "mislukt ");
  CHECK(incompetence("Mijn eerste taart was mislukt.") == "");
  auto unheard = [&](std::string_view text) {
    return FoundAs(shipped, "narratief_ongehoorde_burger", text);
  };
  CHECK(unheard("Het waterschap trekt zich niets aan van de bewoners.") ==
        "trekt zich niets aan van ");
  CHECK(unheard("Zo wordt de buurt buiten spel gezet.") == "buiten spel gezet ");
  CHECK(unheard("De spits zette de verdediger buitenspel.") == "");
  CHECK(unheard("De bewoners zijn niet voldoende betrokken bij het plan.") ==
        "niet voldoende betrokken ");
  CHECK(unheard("Over de voorwaarden mag je praten, de komst staat niet ter discussie.") ==
        "staat niet ter discussie ");
  CHECK(unheard("Zo worden de bewoners weer buitenspel gezet.") ==
        "bewoners weer buitenspel ");
  // Long waits, slow handling and promises that came to nothing.
  CHECK(incompetence("Wie een huurhuis zoekt, staat op lange wachtlijsten.") ==
        "lange wachtlijsten ");
  CHECK(incompetence("De afhandeling van de schade verloopt erg traag.") ==
        "verloopt erg traag ");
  CHECK(incompetence("Er zijn beloftes gedaan door de provincie, maar die bleken niets waard.") ==
        "beloftes gedaan door de provincie, maar die bleken niets waard ");
  CHECK(incompetence("De wandeling gaat traag omhoog.") == "");
}

TEST_CASE("a government's controls, measures and urgent requests in the shipped lexicons") {
  const test::Shipped shipped;
  auto enforcing = [&](std::string_view text) { return FoundAs(shipped, "handhaving", text); };
  CHECK(enforcing("Vanaf vrijdag zijn er extra controles in het centrum.") ==
        "extra controles ");
  CHECK(enforcing("Boa's surveilleren ook in het weekend.") == "surveilleren ");
  CHECK(enforcing("Geweld tegen de buschauffeur tolereren we niet.") == "tolereren we niet ");
  CHECK(enforcing("De politie houdt deze week controles op de dijk.") == "controles ");
  // A check-up at the doctor's is not enforcement.
  CHECK(enforcing("Na de operatie volgen nog twee controles bij de huisarts.") == "");
  auto solving = [&](std::string_view text) { return FoundAs(shipped, "oplossing", text); };
  CHECK(solving("Het waterschap heeft direct aanvullende verkeersmaatregelen genomen.") ==
        "verkeersmaatregelen genomen ");
  CHECK(solving("De provincie neemt deze winter extra maatregelen tegen gladheid.") ==
        "neemt deze winter extra maatregelen ");
  auto informing = [&](std::string_view text) { return FoundAs(shipped, "informeren", text); };
  CHECK(informing("Het kabinet trekt 3 miljard euro uit voor de dijken.") == "miljard euro ");
  auto directing = [&](std::string_view text) { return FoundAs(shipped, "directief", text); };
  CHECK(directing("De gemeente verzoekt de verenigingen dringend hun leden te informeren.") ==
        "verzoekt de verenigingen dringend ");
  // A request without urgency asks; it does not instruct.
  CHECK(directing("De gemeente verzoekt de verenigingen om een reactie.") == "");
}

TEST_CASE("an official's title is a quoted official only beside an attribution") {
  const test::Shipped shipped;
  const DocumentReport report = test::AnalyzeText(
      shipped.set, "De burgemeester opent de bibliotheek. Dat zegt burgemeester Jansen.",
      shipped.model);
  std::string quoted;
  for (const Finding& f : report.findings)
    if (shipped.set.CategoryOfEntry(f.entry).id == "stem_ambt_citaat")
      quoted += std::string(report.TextOf(f)) + "@" + std::to_string(report.StartOf(f).column) + " ";
  CHECK(quoted == "burgemeester@48 ");
}

TEST_CASE("a shipped moeten instructs only with the reader or everyone as subject") {
  const test::Shipped shipped;
  auto directives = [&](std::string_view text) {
    return FoundAs(shipped, "directief", text);
  };
  // Described obligations: a fronted clause, a generic "je".
  CHECK(directives("Om de zaal te bereiken, moeten bezoekers eerst langs de balie.") ==
        "");
  CHECK(directives("Als je jaren moet sparen voor een huis, valt dat zwaar.") == "");
  // Instructions: the reader or everyone must, and a rule for whoever does something.
  CHECK(directives("U moet uw pas bij de balie laten zien.") == "U moet ");
  CHECK(directives("Wie meedoet aan rellen, moet weten dat we optreden.") != "");
}

TEST_CASE("The Hague as a place is no elite in the shipped lexicons; its plans are") {
  const test::Shipped shipped;
  auto elite = [&](std::string_view text) { return FoundAs(shipped, "zij_elite", text); };
  CHECK(elite("De politie hield gisteren een man uit Den Haag aan.") == "");
  CHECK(elite("De bus rijdt om negen uur naar Brussel.") == "");
  CHECK(elite("Weer worden de plannen uit Den Haag ons opgelegd.") ==
        "plannen uit Den Haag ");
  CHECK(elite("Den Haag luistert niet naar ons.") == "Den Haag ");
  CHECK(elite("Nu komt er iemand uit Den Haag vertellen wat wij moeten doen.") ==
        "iemand uit Den Haag ");
}

TEST_CASE("a letter that addresses government names it in the shipped lexicons") {
  const test::Shipped shipped;
  auto government = [&](std::string_view text) {
    return FoundAs(shipped, "as_overheid", text);
  };
  CHECK(government("Geachte excellentie,\nIn uw eigen beleid staat iets anders.") ==
        "Geachte excellentie uw eigen beleid ");
  // The reply of an office to a resident addresses no government.
  CHECK(government("Wij hebben uw brief en uw aanvraag in goede orde ontvangen.") == "");
}

TEST_CASE("a word met again is matched as the first time, whatever follows it") {
  // The entries a word may start are kept per word; the phrases it starts
  // with the next word are looked up anew at every token.
  LexiconSet set;
  AddLexicon(&set, "t", "de elite\nde burger*\nelite\n*burgers\n");
  CHECK(Describe(AnalyzeText(set, "De elite en de burgers. De burger, de elite, de elite.")) ==
        "De elite@1:1 de burgers@1:13 De burger@1:25 de elite@1:36 de elite@1:46");
}

TEST_CASE("a phrase does not run across a sentence end") {
  LexiconSet set;
  AddLexicon(&set, "t", "nu kan het\n");
  CHECK(Describe(AnalyzeText(set, "Ik doe het nu. Kan het?")) == "");
}

TEST_CASE("within a category the longest overlapping entry wins") {
  LexiconSet set;
  AddLexicon(&set, "t", "tuig\ntuig van de richel\n");
  AddLexicon(&set, "u", "tuig\n");
  const DocumentReport report = AnalyzeText(set, "Dat is tuig van de richel.");
  CHECK(Describe(report) == "tuig van de richel@1:8 tuig@1:8");
}

TEST_CASE("a finding records the lexicon line that fired") {
  LexiconSet set;
  AddLexicon(&set, "t", "eerste\nschaam*\n");
  const DocumentReport report = AnalyzeText(set, "Schaam je.");
  REQUIRE(report.findings.size() == 1);
  const Entry& entry = set.entries[report.findings[0].entry];
  CHECK(set.FileOf(entry) == "t.lex");
  CHECK(entry.line == 8);
}

TEST_CASE("matching cost does not depend on how many entries there are") {
  // Many entries of one shape add no per-token work: one hash look-up per
  // distinct wildcard length. Checked by counting entries of each shape that
  // share a key length.
  LexiconSet set;
  std::string entries;
  for (int i = 0; i < 5000; ++i) entries += "woord" + std::to_string(i) + "x*\n";
  AddLexicon(&set, "t", entries);
  const DocumentReport report = AnalyzeText(set, "Woord42xyz en woord4999xx.");
  CHECK(Describe(report) == "Woord42xyz@1:1 woord4999xx@1:15");
}

}  // namespace wijzij
