#include "markup.h"

#include <doctest/doctest.h>

#include "tokenizer.h"

namespace wijzij {

namespace {

// Prose with block breaks shown as |.
std::string Shown(const ProseText& p) {
  std::string out;
  for (size_t i = 0; i < p.prose.size(); ++i) {
    if (p.prose.compare(i, 2, "\n\n") == 0) {
      out += '|';
      ++i;
    } else {
      out += p.prose[i];
    }
  }
  return out;
}

}  // namespace

TEST_CASE("Markdown prose skips front matter, code, URLs and markup") {
  const std::string md =
      "---\ntitel: x\n---\n# Kop\n\nTekst met `code` en [een link](https://x.nl) en "
      "<https://y.nl>.\n\n"
      "```\nniet dit\n```\n\n- punt *een*\n";
  const ProseText p = ExtractMarkdown(md, 0);
  CHECK(Shown(p) == "Kop|Tekst met  en een link en .|punt een|");
  CHECK(md[p.origin[0]] == 'K');
  CHECK(md.substr(p.origin[p.prose.find("link")], 4) == "link");
}

TEST_CASE("the prose inside a Markdown HTML block is read as HTML") {
  const std::string md =
      "<div align=\"center\">\nZo&apos;n <b>dag</b>.\n<script>niet dit</script>\n</div>\n\n"
      "> <p>\n> Tuig.\n> </p>\n";
  const ProseText p = ExtractMarkdown(md, 0);
  const size_t dag = p.prose.find("dag");
  REQUIRE(dag != std::string::npos);
  CHECK(md.substr(p.origin[dag], 3) == "dag");
  CHECK(p.prose.find("niet dit") == std::string::npos);
  CHECK(p.prose.find("div") == std::string::npos);
  const size_t apostrophe = p.prose.find('\'');
  REQUIRE(apostrophe != std::string::npos);
  CHECK(md.substr(p.origin[apostrophe], 6) == "&apos;");
  // In a quote md4c hands over the lines without "> ": no marker is prose.
  const size_t tuig = p.prose.find("Tuig");
  REQUIRE(tuig != std::string::npos);
  CHECK(md.substr(p.origin[tuig], 4) == "Tuig");
  CHECK(p.prose.find('>') == std::string::npos);
}

TEST_CASE("an HTML block at the very end maps every byte inside the document") {
  // md4c hands over a tab indent as spaces of its own, not the document's.
  for (const std::string md : {"Tekst.\n\n<div>Zo</div>", "Tekst.\n\n<div align=\"x\">",
                               "<p>\nwij\n</p>\n", "<div>\nwij\n\t\t\t\t\t\t\t\t\t\t"}) {
    CAPTURE(md);
    const ProseText p = ExtractMarkdown(md, 0);
    REQUIRE(p.origin.size() == p.prose.size());
    for (size_t origin : p.origin) CHECK(origin <= md.size());
  }
}

TEST_CASE("Markdown entities decode and map to their source") {
  const std::string md = "Caf&eacute; open\n";
  const ProseText p = ExtractMarkdown(md, 0);
  CHECK(p.prose.substr(0, 5) == "Caf\xC3\xA9");
  CHECK(p.origin[3] == 3);   // first byte of é: the &
  CHECK(p.origin[4] == 10);  // last byte of é: the ;
}

TEST_CASE("HTML prose skips script, style, head and comments and decodes entities") {
  const std::string html =
      "<html><head><title>T</title><script>x()</script></head><body><h1>Kop</h1>"
      "<p>Een <b>vet</b>te &amp; zo<!-- niet --></p><style>p{}</style></body></html>";
  const ProseText p = ExtractHtml(html, 0);
  CHECK(Shown(p) == "Kop|Een vette & zo|");
  CHECK(html.substr(p.origin[p.prose.find("vet")], 3) == "vet");
  CHECK(html.substr(p.origin[p.prose.find('&')], 5) == "&amp;");
}

TEST_CASE("tokens of marked-up text carry positions in the original") {
  const std::string md = "# Titel\n\nDeze **idi**oten, echt.\n";
  const ProseText p = ExtractMarkdown(md, 0);
  const TokenizedText t = Tokenize(md, 0, &p);
  REQUIRE(t.tokens.size() == 4);
  CHECK(t.tokens[2].line == 3);
  CHECK(t.tokens[2].column == 8);  // the word's first letter, after the **
  CHECK(md.substr(t.tokens[2].offset, t.tokens[2].length) == "idi**oten");
  CHECK(t.sentences.size() == 2);  // the heading is a sentence of its own
}

TEST_CASE("the format follows the extension unless forced") {
  CHECK(FormatFor("a.md", std::nullopt) == InputFormat::kMarkdown);
  CHECK(FormatFor("A.MARKDOWN", std::nullopt) == InputFormat::kMarkdown);
  CHECK(FormatFor("b.htm", std::nullopt) == InputFormat::kHtml);
  CHECK(FormatFor("c.txt", std::nullopt) == InputFormat::kText);
  CHECK(FormatFor("-", InputFormat::kMarkdown) == InputFormat::kMarkdown);
  CHECK(FormatFor("d.md", InputFormat::kText) == InputFormat::kText);
}

}  // namespace wijzij
