#include <doctest/doctest.h>

#include "test_util.h"

namespace wijzij {

using test::AddLexicon;
using test::AnalyzeText;
using test::Ids;

namespace {

// A small model over inline lexicons: one scheme with both sides, and one
// row with a left and a right category.
struct Fixture {
  LexiconSet set;
  Model model;
  Fixture() {
    AddLexicon(&set, "moreel", "idioten\nschamen\nuitschot\n");
    AddLexicon(&set, "wij_d", "democraten\n");
    AddLexicon(&set, "zij_p", "populisten\n");
    AddLexicon(&set, "elite", "elite\nhet volk\n");
    AddLexicon(&set, "links", "moeten\n^houd\n");
    AddLexicon(&set, "rechts", "dank\nherkenbaar\n");
    AddLexicon(&set, "wij", "wij\n");
    AddLexicon(&set, "zij", "zij\n");
    AddLexicon(&set, "boven", "namens iedereen\n");
    model.schemes = {test::Scheme("democratie_vs_populisme", Ids(set, {"moreel"}),
                                  Ids(set, {"wij_d"}), Ids(set, {"zij_p"})),
                     test::Scheme("elite_vs_volk", Ids(set, {"elite"}))};
    model.schemes.back().ground_pattern = true;
    model.rows = {test::Row("directief_empathisch", Ids(set, {"links"}), Ids(set, {"rechts"}))};
    model.columns = test::Columns();
    model.wij_markers = Ids(set, {"wij"});
    model.zij_markers = Ids(set, {"zij"});
    model.above_parties = Ids(set, {"boven"});
    model.weights.length_exponent = 0;  // raw evidence, easy to check by hand
    model.weights.lean = 2;
    model.weights.column_min = 1.5;
  }
  DocumentReport Run(std::string_view text) const {
    return AnalyzeText(set, text, model);
  }
};

}  // namespace

TEST_CASE("a text with no evidence leans to no scheme and no column") {
  const DocumentReport r = Fixture().Run("De bibliotheek is morgen open.");
  CHECK(r.scheme.id == "none");
  CHECK(r.scheme.confidence == Confidence::kNone);
  CHECK(r.column.id == "none");
  CHECK(r.column.left == 0);
}

TEST_CASE("a scheme's evidence is vocabulary, sides and oppositions") {
  const DocumentReport r = Fixture().Run(
      "Deze idioten moeten zich schamen. Wij democraten tegen zij, de populisten.");
  const SchemeScore& s = r.scheme.scores[0];
  CHECK(s.vocabulary == doctest::Approx(2.0));
  CHECK(s.sides == doctest::Approx(2.0));
  CHECK(s.opposition == 1);
  CHECK(s.evidence == doctest::Approx(2 + 2 + 2.0));
  CHECK(r.scheme.id == "democratie_vs_populisme");
  CHECK(r.scheme.confidence == Confidence::kHigh);
}

TEST_CASE("a relayed text weighs its findings by one factor for schemes and one for columns") {
  Fixture f;
  f.model.weights.relayed_scheme = 0.5;
  f.model.weights.relayed = 0.25;
  const std::string text =
      "Deze idioten moeten zich schamen. Wij democraten tegen zij, de populisten.";
  const DocumentReport r = f.Run(text);
  const SchemeResult own = ScoreSchemes(f.model, r.tally, r.words);
  const SchemeResult relayed = ScoreSchemes(f.model, r.tally, r.words, false, true);
  CHECK(relayed.scores[0].vocabulary == doctest::Approx(own.scores[0].vocabulary * 0.5));
  CHECK(relayed.scores[0].sides == doctest::Approx(own.scores[0].sides * 0.5));
  CHECK(relayed.scores[0].opposition == 1);
  // A finding relayed below strong_label makes no opposition.
  f.model.weights.relayed_scheme = 0.3;
  const DocumentReport faint = f.Run(text);
  CHECK(ScoreSchemes(f.model, faint.tally, faint.words, false, true).scores[0].opposition == 0);
  CHECK(ScoreSchemes(f.model, faint.tally, faint.words).scores[0].opposition == 1);
  const ColumnResult column = ScoreColumns(f.model, r.tally, r.words);
  const ColumnResult relayed_column = ScoreColumns(f.model, r.tally, r.words, false, true);
  CHECK(relayed_column.left_evidence == doctest::Approx(column.left_evidence * 0.25));
}

TEST_CASE("a voice that takes a stance gets the left column the scores left open") {
  Fixture f;
  // Learned scores that never reach 0: on their own they always say none.
  f.model.columns[0].bias = -10;
  f.model.columns[1].bias = -10;
  const DocumentReport r = f.Run("U moeten dit doen. Houd vol. Dank.");
  REQUIRE(r.column.left_evidence == doctest::Approx(2.0));
  REQUIRE(r.column.right_evidence == doctest::Approx(1.0));
  CHECK(ScoreColumns(f.model, r.tally, r.words).id == "none");
  const ColumnResult stance = ScoreColumns(f.model, r.tally, r.words, false, false, Stance::kVoice);
  CHECK(stance.id == "bruggenbouwer");
  CHECK(stance.from_stance == Stance::kVoice);
  // Leaning right is no stance (a demand to be heard is not listening), and
  // too little evidence or too even a balance leaves it at none.
  const DocumentReport right = f.Run("Dank. Herkenbaar. U moeten.");
  CHECK(ScoreColumns(f.model, right.tally, right.words, false, false, Stance::kVoice).id == "none");
  const DocumentReport thin = f.Run("U moeten.");
  CHECK(ScoreColumns(f.model, thin.tally, thin.words, false, false, Stance::kVoice).id == "none");
  const DocumentReport even = f.Run("U moeten. Dank.");
  CHECK(ScoreColumns(f.model, even.tally, even.words, false, false, Stance::kVoice).id == "none");
  // How much evidence a stance needs is the model's (stance_min); the
  // balance still has to lean left (stance_share).
  f.model.weights.stance_min = 0.5;
  CHECK(ScoreColumns(f.model, thin.tally, thin.words, false, false, Stance::kVoice).id == "bruggenbouwer");
  CHECK(ScoreColumns(f.model, even.tally, even.words, false, false, Stance::kVoice).id == "none");
  CHECK(ScoreColumns(f.model, right.tally, right.words, false, false, Stance::kVoice).id == "none");
  // How far left it must lean is the model's too: at a tenth, a text that
  // says something convincing among more that leans right takes the stance.
  f.model.weights.stance_share = 0.1;
  CHECK(ScoreColumns(f.model, right.tally, right.words, false, false, Stance::kVoice).id ==
        "bruggenbouwer");
  f.model.weights.stance_share = 0.6;
  // A scheme's stance opens the column the same way, and says whose it is.
  const ColumnResult by_scheme = ScoreColumns(f.model, thin.tally, thin.words, false, false, Stance::kScheme);
  CHECK(by_scheme.id == "bruggenbouwer");
  CHECK(by_scheme.from_stance == Stance::kScheme);
}

TEST_CASE("a text that leans into a scheme of stance = yes takes the stance") {
  Fixture f;
  f.model.columns[0].bias = -10;
  f.model.columns[1].bias = -10;
  f.model.weights.stance_min = 0.5;
  const std::string text = "Wij democraten tegen de populisten: idioten! U moeten dit doen.";
  REQUIRE(f.Run(text).scheme.id == "democratie_vs_populisme");
  CHECK(f.Run(text).column.id == "none");
  f.model.schemes[0].stance = true;
  CHECK(f.Run(text).column.id == "bruggenbouwer");
  CHECK(f.Run(text).column.from_stance == Stance::kScheme);
  // A text that leans into no scheme takes no stance from one.
  CHECK(f.Run("U moeten dit doen.").column.id == "none");
}

TEST_CASE("a scheme that requires a group of its own leans only when the text names one") {
  Fixture f;
  f.model.schemes[0].required = Ids(f.set, {"wij_d", "zij_p"});
  // Moralising alone scores, but names no group: no us against them.
  const DocumentReport vocabulary_only = f.Run("Idioten! Schamen moeten ze zich. Uitschot.");
  CHECK(vocabulary_only.scheme.scores[0].vocabulary >= f.model.weights.lean);
  CHECK(vocabulary_only.scheme.scores[0].ruled_out);
  CHECK(vocabulary_only.scheme.id == "none");
  CHECK(vocabulary_only.scheme.set_aside == "democratie_vs_populisme");
  const DocumentReport named = f.Run("Idioten! Schamen moeten ze zich, die populisten.");
  CHECK_FALSE(named.scheme.scores[0].ruled_out);
  CHECK(named.scheme.id == "democratie_vs_populisme");
  CHECK(named.scheme.set_aside == "none");
  // A negated group is not named by the text's own voice.
  CHECK(f.Run("Idioten! Schamen moeten ze zich. Geen populisten.").scheme.id == "none");
}

TEST_CASE("a relaying voice leans to a scheme only when the text judges") {
  Fixture f;
  AddLexicon(&f.set, "oordeel", "schande\n");
  ClassModel report = test::Class("verslag", {}, 0);
  report.bias = 1;
  report.relays = true;
  report.adopts = Ids(f.set, {"oordeel"});
  f.model.dimensions = {test::Dimension("voice", Selection::kArgmax, {report})};
  f.model.weights.relayed_scheme = 1;
  // A report that names the elite and the people, and no judging word.
  const DocumentReport relayed = f.Run("De elite en het volk. De elite zat er, het volk niet.");
  REQUIRE(relayed.relays);
  CHECK(relayed.scheme.scores[1].score >= f.model.weights.lean);
  CHECK(relayed.scheme.id == "none");
  CHECK(relayed.scheme.set_aside == "elite_vs_volk");
  CHECK(relayed.scheme.not_adopted);
  // The reporter's own judgement, or the one of a speaker quoted, adopts it.
  CHECK(f.Run("De elite en het volk. De elite zat er, het volk niet. Een schande.").scheme.id ==
        "elite_vs_volk");
  CHECK(f.Run("De elite en het volk. De elite zat er, het volk niet. 'Een schande.'").scheme.id ==
        "elite_vs_volk");
  // A negated judgement is none.
  CHECK(f.Run("De elite en het volk. De elite zat er, het volk niet. Geen schande.").scheme.id ==
        "none");
  // A voice that does not relay needs no judging word.
  f.model.dimensions[0].classes[0].relays = false;
  CHECK(f.Run("De elite en het volk. De elite zat er, het volk niet.").scheme.id == "elite_vs_volk");
}

TEST_CASE("a single everyday hit is not enough to lean") {
  const DocumentReport r = Fixture().Run("De elite van de schaatssport was er.");
  CHECK(r.scheme.id == "none");
  CHECK(r.scheme.score > 0);
}

TEST_CASE("a word of the voice's context does not make up a scheme's second finding") {
  Fixture f;
  AddLexicon(&f.set, "ik", "ik\n");
  const auto ik = static_cast<uint32_t>(f.set.FindCategory("ik"));
  // A fit gives the first person a small weight in the scheme: it still
  // moves the score, but it is not one of the scheme's own words.
  f.model.schemes[0].vocabulary.Add(ik, 0.2);
  f.model.weights.lean = 0.5;
  const DocumentReport one_word = f.Run("Ik zeg het: idioten.");
  CHECK(one_word.scheme.scores[0].score == doctest::Approx(1.2));
  CHECK(one_word.scheme.scores[0].findings == 1);
  CHECK(one_word.scheme.id == "none");
  CHECK(f.Run("Ik zeg het: idioten en uitschot.").scheme.id == "democratie_vs_populisme");
  // Where the model counts such words as its own (lean_word), they do.
  f.model.weights.lean_word = 0.2;
  CHECK(f.Run("Ik zeg het: idioten.").scheme.id == "democratie_vs_populisme");
}

TEST_CASE("negated and quoted evidence weighs less and makes no opposition") {
  const Fixture f;
  CHECK(f.Run("Het zijn idioten en uitschot.").scheme.scores[0].vocabulary ==
        doctest::Approx(2.0));
  CHECK(f.Run("Het zijn geen idioten en uitschot.").scheme.scores[0].vocabulary ==
        doctest::Approx(2 * f.model.weights.negated));
  const char* quoted =
      "Op het plein bij het station riep een man uit de menigte \"idioten en uitschot\".";
  CHECK(f.Run(quoted).scheme.scores[0].vocabulary ==
        doctest::Approx(2 * f.model.weights.quoted));
  CHECK(f.Run("Op het plein bij het station riep een man \"wij democraten tegen de "
              "populisten\".")
            .scheme.scores[0]
            .opposition == 0);
}

TEST_CASE("a group named as subject is not negated by its predicate's niet") {
  const Fixture f;
  const DocumentReport r =
      f.Run("Wij democraten zijn niet gek. Het zijn geen populisten.");
  REQUIRE(r.findings.size() == 3);
  CHECK_FALSE(r.findings[0].negated);  // Wij
  CHECK_FALSE(r.findings[1].negated);  // democraten
  CHECK(r.findings[2].negated);        // geen populisten
}

TEST_CASE("a text that is mostly one quotation speaks in that voice") {
  const Fixture f;
  const DocumentReport r = f.Run(
      "\"Het zijn idioten en uitschot, wij democraten tegen de populisten\", zegt hij.");
  CHECK(r.mostly_quoted);
  CHECK(r.scheme.scores[0].vocabulary == doctest::Approx(2.0));
  CHECK(r.scheme.scores[0].opposition == 1);
}

TEST_CASE("an analyzer that keeps no findings gives the same verdicts and counts") {
  Fixture f;
  f.model.weights.lean = 0.5;
  const std::string text =
      "Deze idioten moeten zich schamen. Wij democraten tegen zij, de populisten.\n"
      "Het zijn geen idioten. Een man riep \"wij democraten tegen de populisten\".\n"
      "Dank u. Uitschot! <!-- wijzij-disable-line moreel -->\n";
  SourceText kept_source, counted_source;
  kept_source.bytes = counted_source.bytes = text;
  const DocumentReport kept = Analyzer(f.set, f.model).Analyze(std::move(kept_source));
  const DocumentReport counted = Analyzer(f.set, f.model, Analyzer::kPartBytes, false)
                                     .Analyze(std::move(counted_source));
  REQUIRE(kept.findings.size() == 12);
  REQUIRE(kept.scheme.id == "democratie_vs_populisme");
  CHECK(counted.findings.empty());
  CHECK(counted.suppressed.empty());
  CHECK(kept.suppressed_count == 1);
  CHECK(counted.suppressed_count == 1);
  CHECK(counted.FindingCount() == kept.findings.size());
  CHECK(counted.scheme.id == kept.scheme.id);
  CHECK(counted.scheme.score == kept.scheme.score);
  CHECK(counted.scheme.scores[0].opposition == 1);
  CHECK(counted.column.id == kept.column.id);
  CHECK(counted.column.left_evidence == kept.column.left_evidence);
  for (size_t c = 0; c < kept.categories.size(); ++c)
    CHECK(counted.categories[c].count == kept.categories[c].count);
}

TEST_CASE("the column follows the side with most row evidence") {
  const Fixture f;
  const DocumentReport left = f.Run("Houd afstand. U moeten thuis blijven.");
  CHECK(left.column.id == "bruggenbouwer");
  REQUIRE(left.column.rows.size() == 1);
  CHECK(left.column.rows[0].left == doctest::Approx(2.0));
  const DocumentReport right = f.Run("Dank voor uw inzet. Het is herkenbaar.");
  CHECK(right.column.id == "midden");
  CHECK(right.column.right == doctest::Approx(1.0));
  const DocumentReport mixed = f.Run("Houd vol. Dank!");
  CHECK(mixed.column.id == "none");
  CHECK(mixed.column.left == doctest::Approx(0.5));
}

TEST_CASE("claiming to speak for everyone while speaking left is the disguise trap") {
  const Fixture f;
  CHECK(f.Run("Ik spreek namens iedereen. Houd afstand. U moeten thuis blijven.")
            .column.above_parties_trap);
  CHECK_FALSE(f.Run("Ik spreek namens iedereen. Dank u. Het is herkenbaar.")
                  .column.above_parties_trap);
}

TEST_CASE(
    "a first-three scheme with elite_vs_volk present reinforces the ground pattern") {
  const Fixture f;
  const DocumentReport r = f.Run("Idioten en uitschot, zegt de elite tegen het volk.");
  CHECK(r.scheme.id == "democratie_vs_populisme");
  CHECK(r.scheme.ground_pattern);
}

}  // namespace wijzij
