#include "office.h"

#include <doctest/doctest.h>

#include <string>

namespace wijzij {

namespace {

std::string Prose(const std::string& xml, OfficeKind kind, size_t max_bytes = 1 << 20) {
  std::string text, error;
  REQUIRE_MESSAGE(ExtractOfficeXml(xml, kind, max_bytes, &text, &error), error);
  return text;
}

}  // namespace

TEST_CASE("a Word body gives a line per paragraph, without deleted text or field codes") {
  const std::string xml =
      R"(<w:document xmlns:w="w"><w:body>)"
      R"(<w:p><w:r><w:t>Kop</w:t></w:r></w:p>)"
      R"(<w:p/>)"
      R"(<w:p><w:r><w:t xml:space="preserve">Deze </w:t></w:r><w:del><w:r><w:delText>oude </w:delText></w:r></w:del>)"
      R"(<w:r><w:instrText>PAGE</w:instrText><w:t>idioten</w:t><w:tab/><w:t>a</w:t><w:br/><w:t>b</w:t></w:r></w:p>)"
      R"(<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cel</w:t></w:r></w:p></w:tc></w:tr></w:tbl>)"
      R"(</w:body></w:document>)";
  CHECK(Prose(xml, OfficeKind::kDocx) == "Kop\n\nDeze idioten\ta b\ncel");
}

TEST_CASE("an OpenDocument body keeps spaces and leaves out notes and comments") {
  const std::string xml =
      R"(<office:document-content xmlns:office="o" xmlns:text="t"><office:body><office:text>)"
      R"(<text:h>Kop</text:h>)"
      R"(<text:p>Twee<text:s text:c="2"/>spaties<text:note><text:note-body><text:p>voetnoot</text:p></text:note-body></text:note>)"
      R"(<office:annotation><text:p>commentaar</text:p></office:annotation> en <text:span>meer</text:span></text:p>)"
      R"(<text:list><text:list-item><text:p>punt</text:p></text:list-item></text:list>)"
      R"(</office:text></office:body></office:document-content>)";
  CHECK(Prose(xml, OfficeKind::kOdt) == "Kop\nTwee  spaties en meer\npunt");
}

TEST_CASE("bad input gets an error, never a crash") {
  std::string text, error;
  CHECK_FALSE(ExtractOfficeText("geen zip", OfficeKind::kDocx, 1 << 20, &text, &error));
  CHECK(error.find("not a zip archive") != std::string::npos);
  CHECK_FALSE(ExtractOfficeXml("<w:p><w:t>open", OfficeKind::kDocx, 1 << 20, &text, &error));
  CHECK(error.find("not well-formed XML") != std::string::npos);
  // Text beyond the limit is refused, however it was made.
  CHECK_FALSE(ExtractOfficeXml(R"(<t:p xmlns:t="t"><t:s t:c="999999"/></t:p>)", OfficeKind::kOdt,
                               1000, &text, &error));
  CHECK(error.find("longer than 1000 bytes") != std::string::npos);
  // Deep nesting is walked without recursion.
  std::string deep;
  for (int i = 0; i < 200000; ++i) deep += "<w:x>";
  deep += "<w:p><w:t>diep</w:t></w:p>";
  for (int i = 0; i < 200000; ++i) deep += "</w:x>";
  CHECK(Prose(deep, OfficeKind::kDocx) == "diep");
}

TEST_CASE("office files by extension, and a hint for the formats not read") {
  CHECK(OfficeKindFor("brief.DOCX") == OfficeKind::kDocx);
  CHECK(OfficeKindFor("nota.odt") == OfficeKind::kOdt);
  CHECK(OfficeKindFor("nota.txt") == OfficeKind::kNone);
  CHECK(OfficeHint("oud.doc").find("wijzij reads .docx, .odt") != std::string::npos);
  CHECK(OfficeHint("foto.png").empty());
}

}  // namespace wijzij
