#include "tokenizer.h"

#include <doctest/doctest.h>

#include <string>

namespace wijzij {

namespace {

std::string Tokens(std::string_view text) {
  return SerializeTokens(text, Tokenize(text));
}

std::string Sentences(std::string_view text) {
  const TokenizedText t = Tokenize(text);
  std::string out;
  for (const Sentence& s : t.sentences)
    out += "[" + std::string(text.substr(s.offset, s.length)) + "]";
  return out;
}

// The words of `text` whose `flag` is set, each in brackets.
std::string WordsWhere(std::string_view text, bool Token::*flag) {
  std::string out;
  for (const Token& token : Tokenize(text).tokens) {
    if (token.*flag) out += "[" + std::string(text.substr(token.offset, token.length)) + "]";
  }
  return out;
}

std::string QuotedWords(std::string_view text) { return WordsWhere(text, &Token::quoted); }

}  // namespace

TEST_CASE("Dutch words with apostrophes stay whole") {
  struct Case {
    const char* text;
    const char* tokens;
  };
  const Case cases[] = {
      {"Zo'n dag.", "[Zo'n][dag]"},
      {"De baby's huilen.", "[De][baby's][huilen]"},
      {"'s Avonds en 's morgens.", "['s][Avonds][en]['s][morgens]"},
      {"Op \xE2\x80\x99t plein.", "[Op][\xE2\x80\x99t][plein]"},
      {"Het is \xE2\x80\x98s avonds.", "[Het][is][\xE2\x80\x98s][avonds]"},
      {"Auto's en foto's.", "[Auto's][en][foto's]"},
      {"In 2021 was 3,5 procent.", "[In][2021][was][3,5][procent]"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(Tokens(c.text) == c.tokens);
  }
}

TEST_CASE("hyphenated words give their parts and the whole") {
  const std::string_view text = "Het wij-zij denken van de ex-burgemeester.";
  const TokenizedText t = Tokenize(text);
  CHECK(SerializeTokens(text, t) == "[Het][wij][zij][denken][van][de][ex][burgemeester]");
  REQUIRE(t.compounds.size() == 2);
  CHECK(t.compounds[0].folded == "wij-zij");
  CHECK(t.compounds[0].first == 1);
  CHECK(t.compounds[0].last == 2);
  CHECK(t.compounds[1].folded == "ex-burgemeester");
}

TEST_CASE("a dash between spaced words is no compound") {
  CHECK(Tokenize("Wij - zij.").compounds.empty());
}

TEST_CASE("abbreviations and initials do not end a sentence") {
  CHECK(Sentences("Er kwamen o.a. burgers. Dhr. Jansen sprak.") ==
        "[Er kwamen o.a. burgers.][Dhr. Jansen sprak.]");
  CHECK(Sentences("Zie bijv. Mr. De Vries, d.w.z. de voorzitter.") ==
        "[Zie bijv. Mr. De Vries, d.w.z. de voorzitter.]");
  CHECK(Sentences("Burgemeester J. de Vries opende. Daarna volgde koffie.") ==
        "[Burgemeester J. de Vries opende.][Daarna volgde koffie.]");
}

TEST_CASE("the pronoun u before a full stop ends a sentence; it is no initial") {
  CHECK(Sentences("Ik sta achter u. Er is een grens.") ==
        "[Ik sta achter u.][Er is een grens.]");
}

TEST_CASE("a single line break is a wrap, a blank line or a full stop ends a sentence") {
  CHECK(Sentences("De gemeente neemt\nmaatregelen.\nDaarna volgt overleg.") ==
        "[De gemeente neemt\nmaatregelen.][Daarna volgt overleg.]");
  CHECK(Sentences("Persbericht\n\nDe gemeente meldt") ==
        "[Persbericht][De gemeente meldt]");
  CHECK(Sentences("Let op:\n- houd afstand\n- was je handen") ==
        "[Let op:][- houd afstand][- was je handen]");
}

TEST_CASE("tokens know whether they stand inside a quotation") {
  struct Case {
    const char* text;
    const char* quoted;
  };
  const Case cases[] = {
      {"Hij zei \"ga weg\" en liep.", "[ga][weg]"},
      {"Hij zei 'ga weg' en liep.", "[ga][weg]"},
      {"Hij zei \xE2\x80\x98ga weg\xE2\x80\x99 en liep.", "[ga][weg]"},
      {"Hij zei \xE2\x80\x9Cga weg\xE2\x80\x9D en liep.", "[ga][weg]"},
      {"Hij zei \xE2\x80\x9Ega weg\xE2\x80\x9D en liep.", "[ga][weg]"},
      {"Hij zei \xC2\xABga weg\xC2\xBB en liep.", "[ga][weg]"},
      {"Zo'n baby's dag, 's avonds.", ""},
      {"\"Buiten 'de elite' om\", zei ze.", "[Buiten][de][elite][om]"},
      {"Een open \"citaat\n\nNieuwe alinea.", "[citaat]"},
      // Dutch newspapers: two commas open, two apostrophes or a mark close.
      {"Hij zei: ,,Ga weg,\" en liep.", "[Ga][weg]"},
      {",,Ga weg'', zei hij.", "[Ga][weg]"},
      {",,Ga weg\xE2\x80\x99\xE2\x80\x99, zei hij.", "[Ga][weg]"},
      {"Hij zei ,,ga weg\xE2\x80\x9D en liep.", "[ga][weg]"},
      {",,Ga weg. Nu.\" Hij liep.", "[Ga][weg][Nu]"},
      // Commas that do not open a quotation.
      {"Appels,, peren en 1,,5 kilo.", ""},
      {"Dat is het '' zei niemand.", ""},
      // Characters of two, three and four bytes around the marks (é, ‰, an
      // emoji) are passed over whole, so no mark is missed or misread.
      {"Caf\xC3\xA9 \xE2\x80\x9C\xC3\xA9\xC3\xA9n\xE2\x80\x9D \xE2\x80\xB0 "
       "\xF0\x9F\x98\x80'ga weg' \xC3\xA9n.",
       "[\xC3\xA9\xC3\xA9n][ga][weg]"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(QuotedWords(c.text) == c.quoted);
  }
}

TEST_CASE("a quotation of three words or fewer is a scare quote, a longer one speech") {
  const auto scare = [](std::string_view text) {
    std::string out;
    for (const Token& token : Tokenize(text).tokens)
      if (token.scare_quoted) out += "[" + std::string(text.substr(token.offset, token.length)) + "]";
    return out;
  };
  CHECK(scare("Ze vochten tegen 'de dictatuur' van Den Haag.") == "[de][dictatuur]");
  CHECK(scare("Hij noemt ze \"wappies\".") == "[wappies]");
  CHECK(scare("Zij riepen \"weg met de dictatuur\" op het plein.") == "");
  CHECK(scare("Geen aanhalingstekens hier.") == "");
}

TEST_CASE("tokens and sentences know their line and column in the original input") {
  const std::string_view text =
      "\xEF\xBB\xBF"
      "E\xC3\xA9n zin.\r\nTwee  zinnen.";
  const TokenizedText t = Tokenize(text, 3);
  REQUIRE(t.tokens.size() == 4);
  CHECK(t.tokens[0].offset == 3);
  CHECK(t.tokens[0].column == 1);
  CHECK(t.tokens[1].column == 5);  // "zin" after the 3-code-point "Eén"
  CHECK(t.tokens[2].line == 2);
  CHECK(t.tokens[3].column == 7);
  CHECK(t.tokens[3].offset == 20);
  REQUIRE(t.sentences.size() == 2);
  CHECK(t.sentences[1].line == 2);
  CHECK(t.sentences[1].column == 1);
  CHECK(t.tokens[3].sentence == 1);
}

TEST_CASE("clause starts are marked for sentence-initial entries") {
  CHECK(WordsWhere("Houd afstand, was je handen: blijf thuis.", &Token::clause_start) ==
        "[Houd][was][blijf]");
}

TEST_CASE("a dateline is the capitals before a dash that open a line") {
  const auto dateline = [](std::string_view text) { return WordsWhere(text, &Token::dateline); };
  CHECK(dateline("ZWOLLE - Het college besluit.") == "[ZWOLLE]");
  CHECK(dateline("Eerst dit.\n\nDEN HAAG (ANP) \xE2\x80\x93 Het kabinet besluit.") ==
        "[DEN][HAAG][ANP]");
  CHECK(dateline("  EDE \xE2\x80\x94 Het college.") == "[EDE]");
  CHECK(dateline("ZWARTEWAAL \xE2\x80\xA2 De kerken zamelen in.") == "[ZWARTEWAAL]");
  CHECK(dateline("ZWOLLE Het college besluit.") == "[ZWOLLE]");  // a weekly's bare place
  // Not a place: two capitals, lower case, the middle of a line, no dash.
  CHECK(dateline("EU - Wat nu?") == "");
  CHECK(dateline("Zwolle - Het college besluit.") == "");
  CHECK(dateline("Wij in ZWOLLE - dat zijn wij.") == "");
  CHECK(dateline("ZWOLLE -Het") == "");
  // Bare, only one word of four capitals before a capitalised word.
  CHECK(dateline("LET OP Vanaf maandag.") == "");
  CHECK(dateline("EDE Het college.") == "");
  CHECK(dateline("ZWOLLE het college.") == "");
  CHECK(dateline("ZWOLLE NU.") == "");
}

TEST_CASE("empty and space-only text have no tokens or sentences") {
  CHECK(Tokenize("").tokens.empty());
  CHECK(Tokenize(" \n\t \r\n").sentences.empty());
}

}  // namespace wijzij
