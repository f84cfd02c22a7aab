#include "readable_context.h"

#include <doctest/doctest.h>

namespace wijzij {

TEST_CASE("HTML contexts are shown with references decoded and tags removed") {
  CHECK(ReadableContext("De caf&eacute;s zijn <b>open</b> &amp; vol.", InputFormat::kHtml) ==
        "De cafés zijn open & vol.");
  CHECK(ReadableContext("&#233;&#xE9;&hellip;", InputFormat::kHtml) == "éé…");
  // What is no reference or tag stays as written.
  CHECK(ReadableContext("3 < 4 & 5 &onbekend; &#;", InputFormat::kHtml) ==
        "3 < 4 & 5 &onbekend; &#;");
  CHECK(ReadableContext("&#0;", InputFormat::kHtml) == "\xEF\xBF\xBD");
}

TEST_CASE("Markdown contexts lose their emphasis and code markers, not a word's underscore") {
  CHECK(ReadableContext("Deze **idioten** moeten zich _schamen_.", InputFormat::kMarkdown) ==
        "Deze idioten moeten zich schamen.");
  CHECK(ReadableContext("een snake_case `code` ~~weg~~", InputFormat::kMarkdown) ==
        "een snake_case code weg");
}

TEST_CASE("plain text is shown as written") {
  CHECK(ReadableContext("Deze **idioten** &amp; <b>", InputFormat::kText) ==
        "Deze **idioten** &amp; <b>");
}

}  // namespace wijzij
