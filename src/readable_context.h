#pragma once
// A finding's context as a reader sees it: the bytes around a finding in an
// HTML or Markdown file still hold "&eacute;", "<b>" and "**", which the
// analysis never read. Offsets are not touched; this is for display only.
//
//   ReadableContext("caf&eacute; <b>open</b>", InputFormat::kHtml)  // "café open"
//   ReadableContext("Deze **idioten**", InputFormat::kMarkdown)       // "Deze idioten"

#include <string>
#include <string_view>

#include "markup.h"

namespace wijzij {

/// `raw` with, for HTML and Markdown, tags removed and character references
/// decoded, and for Markdown the emphasis and code markers taken out; plain
/// text is returned as it is.
std::string ReadableContext(std::string_view raw, InputFormat format);

}  // namespace wijzij
