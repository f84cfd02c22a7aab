// Reading what comes in: narratives and themes are every class over its
// threshold, the axis is the strongest class with a required opposition,
// findings negative by nature keep their weight, and the model sections
// for these dimensions are checked like the rest of the model.

#include "reading.h"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>

#include "test_util.h"

namespace wijzij {

using test::AddLexicon;
using test::AnalyzeText;
using test::Ids;

namespace {

struct Fixture {
  LexiconSet set;
  Model model;
  Fixture() {
    AddLexicon(&set, "ongehoord", "ze luisteren niet\nwassen neus\n", "negation = ignore\n");
    AddLexicon(&set, "nummer", "ik ben een nummer\n", "negation = ignore\n");
    AddLexicon(&set, "stikstof", "stikstof*\nboeren | 0.5\n");
    AddLexicon(&set, "overheid", "de gemeente\n");
    AddLexicon(&set, "groepen", "die yuppen\n");
    AddLexicon(&set, "zij", "ze\n");
    AddLexicon(&set, "afzender", "wij als gemeente\n");
    using test::Class;
    model.dimensions = {
        test::Dimension("narratives", Selection::kAll,
                        {Class("ongehoorde_burger", Ids(set, {"ongehoord"}), 1.5),
                         Class("onzichtbare_burger", Ids(set, {"nummer"}), 1.0)}),
        test::Dimension("themes", Selection::kAll,
                        {Class("stikstof", Ids(set, {"stikstof"}), 1.0)}),
        test::Dimension("axis", Selection::kStrongest,
                        {Class("verticaal", Ids(set, {"overheid", "ongehoord"}), 1.0,
                               Ids(set, {"zij", "ongehoord"}), Ids(set, {"afzender"})),
                         Class("horizontaal", Ids(set, {"groepen"}), 1.0)})};
  }
  // The dimensions in the order above: narratives, themes, axis.
  struct Reading {
    std::vector<ClassScore> narratives, themes;
    std::string axis;
  };
  Reading Read(std::string_view text) const {
    const std::vector<DimensionResult> d = AnalyzeText(set, text, model).dimensions;
    return {d[0].selected, d[1].selected, d[2].Choice()};
  }
};

// The class the model's only dimension picks for `text`.
std::string OnlyChoice(const LexiconSet& set, const Model& model, std::string_view text) {
  return AnalyzeText(set, text, model).dimensions[0].Choice();
}

std::vector<std::string> IdsOf(const std::vector<ClassScore>& scores) {
  std::vector<std::string> ids;
  for (const ClassScore& s : scores) ids.push_back(s.id);
  return ids;
}

}  // namespace

TEST_CASE("a narrative is present from its threshold on, the strongest first") {
  const Fixture f;
  CHECK(f.Read("Ze luisteren niet.").narratives.empty());  // 1.0 < 1.5
  const Fixture::Reading r =
      f.Read("Ik ben een nummer. Ze luisteren niet en de inspraak is een wassen neus.");
  CHECK(IdsOf(r.narratives) == std::vector<std::string>{"ongehoorde_burger", "onzichtbare_burger"});
  CHECK(r.narratives[0].evidence == doctest::Approx(2.0));
  CHECK(r.narratives[0].findings == 2);
}

TEST_CASE("findings negative by nature keep their full weight") {
  const Fixture f;
  // "niet" is inside the entry; with negation = ignore it does not discount it.
  const Fixture::Reading r = f.Read("Ze luisteren niet. Het is een wassen neus.");
  REQUIRE(r.narratives.size() == 1);
  CHECK(r.narratives[0].evidence == doctest::Approx(2.0));
}

TEST_CASE("a theme needs its threshold: one weak word is not enough") {
  const Fixture f;
  CHECK(f.Read("De boeren zijn er.").themes.empty());
  CHECK(IdsOf(f.Read("De stikstofregels raken de boeren.").themes) ==
        std::vector<std::string>{"stikstof"});
}

TEST_CASE("the axis is named only with an opposition, and only when it wins") {
  const Fixture f;
  CHECK(f.Read("De gemeente opent de markt.").axis == "none");  // no opposition
  CHECK(f.Read("Ze doen niets, de gemeente.").axis == "verticaal");
  CHECK(f.Read("Die yuppen kopen alles op.").axis == "horizontaal");
  CHECK(f.Read("Ze zeggen het, de gemeente en die yuppen.").axis == "none");  // a tie
}

TEST_CASE("a class is ruled out by a finding of a category it names as unless") {
  const Fixture f;
  // The government writing as "we" is not the other side.
  CHECK(f.Read("Wij als gemeente zien het: ze doen niets, de gemeente.").axis == "none");
  CHECK(f.Read("Wij als gemeente zien het: die yuppen kopen alles op.").axis == "horizontaal");
}

TEST_CASE("a long text needs its required findings per hundred words, a short one needs one") {
  Fixture f;
  f.model.dimensions[2].per_words = true;
  f.model.dimensions[2].classes[0].required_per_100_words = 1;
  const std::string filler = "Het plein wordt opnieuw bestraat en krijgt bomen. ";
  std::string long_text = "De gemeente zegt dat ze het plein opknapt. ";
  for (int i = 0; i < 16; ++i) long_text += filler;  // some 140 words
  // One "ze" in passing in a long notice is no opposition yet.
  CHECK(f.Read(long_text + "De gemeente en de gemeente en de gemeente.").axis == "none");
  CHECK(f.Read(long_text + "Ze doen niets, de gemeente, de gemeente.").axis == "verticaal");
  CHECK(f.Read("Ze doen niets, de gemeente.").axis == "verticaal");
}

TEST_CASE("an axis no words chose follows the scheme the text leans to") {
  Fixture f;
  f.model.dimensions[2].classes[0].schemes = {"elite_vs_volk"};
  auto read = [&](std::string_view text, const std::string& scheme) {
    std::vector<DimensionResult> d = AnalyzeText(f.set, text, f.model).dimensions;
    FollowScheme(f.model, scheme, &d);
    return d;
  };
  // No opposition in the words, but the text leans to elite versus people.
  const std::vector<DimensionResult> leaning = read("De gemeente opent de markt.", "elite_vs_volk");
  CHECK(leaning[2].Choice() == "verticaal");
  CHECK(leaning[2].selected[0].from_scheme);
  CHECK(leaning[0].selected.empty());  // narratives (select = all) are left alone
  // Another scheme, or none, leaves the axis as the words set it.
  CHECK(read("De gemeente opent de markt.", "orde_vs_relschoppers")[2].Choice() == "none");
  CHECK(read("De gemeente opent de markt.", "none")[2].Choice() == "none");
  // Words that chose a class keep it.
  const std::vector<DimensionResult> chosen = read("Die yuppen kopen alles op.", "elite_vs_volk");
  CHECK(chosen[2].Choice() == "horizontaal");
  CHECK_FALSE(chosen[2].selected[0].from_scheme);
}

TEST_CASE("a class the user gives replaces what the words chose") {
  Fixture f;
  std::vector<DimensionResult> d = AnalyzeText(f.set, "Die yuppen kopen alles op.", f.model).dimensions;
  REQUIRE(d[2].Choice() == "horizontaal");
  CHECK(GiveClass(f.model, f.model.dimensions[2].id, "verticaal", &d));
  CHECK(d[2].Choice() == "verticaal");
  REQUIRE(d[2].selected.size() == 1);
  CHECK(d[2].selected[0].given);
  // Its evidence from the words is still reported.
  CHECK(d[2].selected[0].evidence == d[2].scores[0].evidence);
  // A class or dimension the model lacks changes nothing.
  CHECK_FALSE(GiveClass(f.model, f.model.dimensions[2].id, "schuin", &d));
  CHECK_FALSE(GiveClass(f.model, "geen_dimensie", "verticaal", &d));
  CHECK(d[2].Choice() == "verticaal");
}

TEST_CASE("reading sections in the model file are parsed and checked") {
  LexiconSet set;
  std::vector<Diagnostic> diags;
  REQUIRE(LoadLexiconSet({true, {}}, &set, &diags));
  std::ifstream in(std::string(WIJZIJ_SOURCE_DIR) + "/lexicons/wijzij.model");
  const std::string shipped((std::istreambuf_iterator<char>(in)), {});
  REQUIRE(!shipped.empty());
  Model model;
  REQUIRE(ParseModel("m.model", shipped + "\n[theme markt]\nevidence = thema_inflatie\n", set,
                     &model, &diags));
  CHECK(model.FindClass("markt") != nullptr);
  CHECK(model.FindClass("intimidatie")->threshold == 1.5);
  CHECK_FALSE(model.FindClass("verticaal")->unless.empty());
  CHECK(model.FindClass("verticaal")->required_per_100_words == 1);
  CHECK(model.FindClass("horizontaal")->schemes ==
        std::vector<std::string>{"democratie_vs_populisme"});
  CHECK(model.FindClass("inwoner")->stance);
  CHECK_FALSE(model.FindClass("verslag")->stance);
  for (const SchemeModel& scheme : model.schemes) CHECK(scheme.stance);
  for (const char* bad : {"[theme x]\nthreshold = -1\n", "[theme x]\nkleur = rood\n",
                          "[theme x]\nevidence = thema_inflatie\nunless = onbekend\n",
                          "[theme x]\nevidence = thema_inflatie\nschemes = onbekend\n",
                          "[theme x]\nevidence = thema_inflatie\nschemes = elite_vs_volk,\n",
                          "[theme x]\nevidence = thema_inflatie\nstance = misschien\n",
                          "[theme x]\nevidence = thema_inflatie\nrequires_per_100_words = -1\n",
                          "[theme stikstof]\n", "[theme x]\nevidence = onbekend\n"}) {
    CAPTURE(bad);
    Model m;
    std::vector<Diagnostic> d;
    CHECK_FALSE(ParseModel("m.model", shipped + "\n" + bad, set, &m, &d));
    CHECK_FALSE(d.empty());
  }
  // A scheme's stance is yes or no, like a voice's.
  std::string unsure = shipped;
  const size_t stance = unsure.find("stance = yes\nrequires");
  REQUIRE(stance != std::string::npos);
  unsure.replace(stance, 12, "stance = misschien");
  Model m;
  std::vector<Diagnostic> d;
  CHECK_FALSE(ParseModel("m.model", unsure, set, &m, &d));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message.find("stance") != std::string::npos);
}

namespace {

// The place of the shipped model's dimension `id` among its dimensions.
size_t ShippedDimension(const test::Shipped& shipped, std::string_view id) {
  const DimensionModel* dimension = shipped.model.FindDimension(id);
  REQUIRE(dimension != nullptr);
  return static_cast<size_t>(dimension - shipped.model.dimensions.data());
}

}  // namespace

TEST_CASE("the shipped model flags a threat and not an angry complaint") {
  const test::Shipped shipped;
  const size_t d = ShippedDimension(shipped, "intimidation");
  const auto flagged = [&](std::string_view text) {
    return AnalyzeText(shipped.set, text, shipped.model).dimensions[d].Flagged();
  };
  CHECK(flagged("We weten waar je woont. Kijk maar uit."));
  CHECK_FALSE(flagged("Ik ben woedend en stap naar de rechter. De telefoon werd opgehangen."));
  CHECK_FALSE(flagged("Ik wil een onafhankelijk onderzoek, geen tribunaal."));
}

TEST_CASE("the shipped model puts a text about the Zwarte Piet debate between residents") {
  const test::Shipped shipped;
  const size_t d = ShippedDimension(shipped, "axis");
  const auto chosen = [&](std::string_view text) {
    return AnalyzeText(shipped.set, text, shipped.model).dimensions[d].Choice();
  };
  CHECK(chosen("In onze straat hangt bij de een een Zwarte Piet in het raam en bij de buren "
               "een roetveegpiet. Op het schoolplein gaat het over niets anders: Zwarte Piet "
               "of roetveegpiet.") == "horizontaal");
  // A notice that names him once is no debate.
  CHECK(chosen("Sinterklaas en Zwarte Piet komen zaterdag aan in de haven. De intocht begint "
               "om elf uur op de kade, en daarna is er koffie en chocolademelk in het "
               "dorpshuis voor alle kinderen en hun ouders.") == "none");
}

namespace {

// A voice of two classes: a report (cued by "zegt", "aldus") and a resident
// ("ik", "mijn"), who has the bias: a text without cues is a resident's.
DimensionModel TwoVoices(LexiconSet* set) {
  AddLexicon(set, "nieuws", "zegt\naldus\n");
  AddLexicon(set, "ik", "ik\nmijn\n");
  DimensionModel voice = test::Dimension("voice", Selection::kArgmax,
                                         {test::Class("verslag", Ids(*set, {"nieuws"}), 1.0),
                                          test::Class("inwoner", Ids(*set, {"ik"}), 1.0)});
  voice.classes[1].bias = 0.1;
  return voice;
}

}  // namespace

TEST_CASE("argmax always picks a class; bias and scale = words shape the evidence") {
  LexiconSet set;
  Model model;
  DimensionModel voice = TwoVoices(&set);
  voice.per_words = true;
  model.dimensions = {voice};
  const auto choice = [&](std::string_view text) { return OnlyChoice(set, model, text); };
  CHECK(choice("Het regent.") == "inwoner");
  CHECK(choice("Het regent, zegt hij.") == "verslag");
  CHECK(choice("Ik vind, zegt hij, dat het regent.") == "inwoner");  // a tie of 1.0: the bias
  // Per 100 words: 300 words of text with one "zegt" is 1/3 a 100 words.
  std::string long_text = "Het regent, zegt hij.";
  for (int i = 0; i < 99; ++i) long_text += " Het regent vandaag.";
  const DimensionResult r = AnalyzeText(set, long_text, model).dimensions[0];
  CHECK(r.scores[0].evidence == doctest::Approx(1.0 / 3.0).epsilon(0.01));
}

TEST_CASE("argmax never picks a class whose requires is unmet, however high its bias") {
  LexiconSet set;
  AddLexicon(&set, "nieuws", "zegt\naldus\n");
  AddLexicon(&set, "orders", "houd\nwas\n");
  Model model;
  DimensionModel voice = test::Dimension(
      "voice", Selection::kArgmax,
      {test::Class("verslag", Ids(set, {"nieuws", "orders"}), -0.5),
       test::Class("bestuur", Ids(set, {"orders"}), 0.2)});
  voice.classes[0].bias = 2;  // the report's bias beats every cue of the other
  voice.classes[0].required = Ids(set, {"nieuws"});
  model.dimensions = {voice};
  CHECK(OnlyChoice(set, model, "Houd afstand, was je handen.") == "bestuur");
  CHECK(OnlyChoice(set, model, "Houd afstand, zegt hij.") == "verslag");
}

TEST_CASE("an argmax choice that barely leads the next class is a close call") {
  LexiconSet set;
  Model model;
  DimensionModel voice = TwoVoices(&set);
  voice.close_margin = 0.5;
  model.dimensions = {voice};
  const auto read = [&](std::string_view text) { return AnalyzeText(set, text, model).dimensions[0]; };
  const DimensionResult no_cue = read("Het regent.");  // the bias alone: 0.1 over 0
  CHECK(no_cue.Choice() == "inwoner");
  CHECK(no_cue.runner_up == "verslag");
  CHECK(no_cue.margin == doctest::Approx(0.1));
  CHECK(no_cue.close);
  const DimensionResult two_cues = read("Het regent, zegt hij, aldus de krant.");
  CHECK(two_cues.Choice() == "verslag");
  CHECK(two_cues.margin == doctest::Approx(1.9));
  CHECK_FALSE(two_cues.close);
  // The user who gives the voice decides it: no close call is left.
  std::vector<DimensionResult> given = {no_cue};
  CHECK(GiveClass(model, "voice", "verslag", &given));
  CHECK_FALSE(given[0].close);
}

TEST_CASE("the new model keys are read and checked") {
  const test::Shipped shipped;
  Model m;
  std::vector<Diagnostic> d;
  const std::string base =
      "[scheme s]\nvocabulary = moraliserend:1.5, stem_attributie:-0.5\nbias = -1.25\n"
      "opposition = 3\nrequires = zij_populisten, wij_democraten\n[column l]\nside = left\nbias = -0.5\nevidence = directief\n"
      "[column r]\nside = right\nevidence = empathisch\nbias = -0.75\n"
      "[row x]\nleft = directief\nright = empathisch\n[train]\nl2 = 30\nl2_v = 5\nkeep = 0.5\n"
      "[dimension v]\nclasses = v\nselect = argmax\nscale = words\nlearn = no\n"
      "close_margin = 0.4\n[v a]\nevidence = stem_ik\nbias = 0.2\nrelays = yes\n"
      "adopts = moraliserend\n";
  REQUIRE(ParseModel("m.model", base, shipped.set, &m, &d));
  CHECK(m.schemes[0].bias == -1.25);
  CHECK(*m.schemes[0].opposition == 3);
  CHECK(m.schemes[0].required.Has(
      static_cast<uint32_t>(shipped.set.FindCategory("zij_populisten"))));
  CHECK(m.schemes[0].vocabulary.WeightOf(
            static_cast<uint32_t>(shipped.set.FindCategory("stem_attributie"))) == -0.5);
  CHECK(*m.columns[0].bias == -0.5);
  CHECK(m.train.l2 == 30);
  CHECK(m.train.L2For("v") == 5);
  CHECK(m.train.L2For("scheme") == 30);
  CHECK(m.train.keep == 0.5);
  CHECK(m.dimensions[0].select == Selection::kArgmax);
  CHECK(m.dimensions[0].per_words);
  CHECK_FALSE(m.dimensions[0].learn);
  CHECK(m.dimensions[0].close_margin == 0.4);
  CHECK(m.dimensions[0].classes[0].relays);
  CHECK(m.dimensions[0].classes[0].adopts.Has(
      static_cast<uint32_t>(shipped.set.FindCategory("moraliserend"))));
  CHECK(m.dimensions[0].classes[0].bias == 0.2);
  for (const char* bad : {"[scheme s]\nvocabulary = moraliserend:x\n", "[scheme s]\nbias = veel\n",
                          "[scheme s]\nrequires = geen_categorie\n",
                          "[dimension v]\nclasses = v\n[v a]\nadopts = geen_categorie\n",
                          "[dimension v]\nclasses = v\nscale = zinnen\n",
                          "[dimension v]\nclasses = v\nclose_margin = -1\n",
                          "[train]\nkleur = 1\n", "[train]\nkeep = 2\n"}) {
    CAPTURE(bad);
    Model bad_model;
    std::vector<Diagnostic> bad_diags;
    CHECK_FALSE(ParseModel("m.model", std::string(bad), shipped.set, &bad_model, &bad_diags));
  }
}

TEST_CASE("a penalty for a field the model does not fit is an error") {
  const test::Shipped shipped;
  const auto model = [](const std::string& field) {
    return "[scheme s]\nvocabulary = moraliserend\n[column l]\nside = left\nevidence = directief\n"
           "[column r]\nside = right\nevidence = empathisch\n"
           "[row x]\nleft = directief\nright = empathisch\n[train]\nl2_" +
           field + " = 5\n";
  };
  Model good;
  std::vector<Diagnostic> d;
  CHECK(ParseModel("m.model", model("column"), shipped.set, &good, &d));
  Model bad;
  CHECK_FALSE(ParseModel("m.model", model("stemm"), shipped.set, &bad, &d));
  REQUIRE_FALSE(d.empty());
  CHECK(d.back().line == 12);  // the [train] line
  CHECK(d.back().message.find("l2_stemm") != std::string::npos);
}

TEST_CASE("a model text is patched in place, comments kept") {
  const std::string text =
      "# kop\n[weights]\nlean = 1.5  # drempel\n\n[scheme a]\n# uitleg\nvocabulary = x\n";
  const std::string patched = PatchModelText(
      text, {{"weights", "lean", "0"}, {"scheme a", "bias", "-1"}, {"scheme b", "bias", "2"}});
  CHECK(patched ==
        "# kop\n[weights]\nlean = 0\n\n[scheme a]\nbias = -1\n# uitleg\nvocabulary = x\n\n"
        "[scheme b]\nbias = 2\n");
}

}  // namespace wijzij
