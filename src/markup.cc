#include "markup.h"

#include <gumbo.h>
#include <md4c.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <functional>

#include "html_guard.h"
#include "markdown_guard.h"

namespace wijzij {

void ProseText::Append(std::string_view text, size_t offset) {
  prose.append(text);
  for (size_t i = 0; i < text.size(); ++i) origin.push_back(static_cast<uint32_t>(offset + i));
}

// The first decoded byte maps to the start of the original piece, the last of
// several to its last byte, so a finding ending in é ends after "&eacute;".
void ProseText::AppendDecoded(std::string_view text, size_t begin, size_t end) {
  prose.append(text);
  for (size_t i = 0; i < text.size(); ++i) {
    origin.push_back(
        static_cast<uint32_t>(i > 0 && i + 1 == text.size() && end > begin ? end - 1 : begin));
  }
}

void ProseText::Break(size_t offset) {
  if (prose.empty() || prose.ends_with("\n\n")) return;
  Append("\n\n", 0);
  origin[origin.size() - 2] = origin[origin.size() - 1] = static_cast<uint32_t>(offset);
}

InputFormat FormatFor(std::string_view path, std::optional<InputFormat> forced) {
  if (forced) return *forced;
  std::string extension = std::filesystem::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (extension == ".md" || extension == ".markdown") return InputFormat::kMarkdown;
  if (extension == ".html" || extension == ".htm") return InputFormat::kHtml;
  return InputFormat::kText;
}

const char* FormatName(InputFormat format) {
  switch (format) {
    case InputFormat::kMarkdown:
      return "markdown";
    case InputFormat::kHtml:
      return "html";
    case InputFormat::kParagraphs:
      return "paragraphs";
    case InputFormat::kText:
      return "text";
  }
  return "text";
}

namespace {

// ---- Markdown -----------------------------------------------------------

// YAML front matter: "---" on the first line up to the next "---" or "...".
size_t SkipFrontMatter(std::string_view text, size_t start) {
  const std::string_view rest = text.substr(start);
  if (!rest.starts_with("---\n") && !rest.starts_with("---\r\n")) return start;
  size_t pos = rest.find('\n') + 1;
  while (pos < rest.size()) {
    size_t end = rest.find('\n', pos);
    if (end == std::string_view::npos) end = rest.size();
    std::string_view line = rest.substr(pos, end - pos);
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (line == "---" || line == "...") return start + std::min(end + 1, rest.size());
    pos = end + 1;
  }
  return start;  // no closing line: not front matter
}

struct MarkdownState {
  const char* base;
  size_t size;  ///< of the document
  ProseText out;
  int skip = 0;           ///< inside code blocks
  size_t last = 0;        ///< end of the last original text seen
  size_t link_start = 0;  ///< prose size when the current link began
  std::string link_href;
  bool in_html = false;   ///< inside a raw HTML block
  ProseText html;         ///< its lines as md4c gives them (no > or indent)

  bool Holds(const MD_CHAR* text) const {
    const std::less<const char*> before;
    return !before(text, base) && before(text, base + size);
  }
};

size_t OffsetOf(const MarkdownState& s, const MD_CHAR* text) {
  return static_cast<size_t>(text - s.base);
}

void AppendHtmlProse(const ProseText& html, ProseText* out);

int EnterBlock(MD_BLOCKTYPE type, void*, void* user) {
  auto& s = *static_cast<MarkdownState*>(user);
  if (type == MD_BLOCK_CODE) ++s.skip;
  if (type == MD_BLOCK_HTML && s.skip == 0) {
    s.in_html = true;
    s.html = ProseText();
  }
  return 0;
}

int LeaveBlock(MD_BLOCKTYPE type, void*, void* user) {
  auto& s = *static_cast<MarkdownState*>(user);
  if (type == MD_BLOCK_CODE) --s.skip;
  if (type == MD_BLOCK_HTML && s.in_html) {
    s.in_html = false;
    AppendHtmlProse(s.html, &s.out);
  }
  s.out.Break(s.last);
  return 0;
}

int EnterSpan(MD_SPANTYPE type, void* detail, void* user) {
  auto& s = *static_cast<MarkdownState*>(user);
  if (type == MD_SPAN_A) {
    const auto* a = static_cast<MD_SPAN_A_DETAIL*>(detail);
    s.link_start = s.out.prose.size();
    s.link_href.assign(a->href.text ? a->href.text : "", a->href.size);
  }
  return 0;
}

// An autolink shows its URL as its text: that is no prose.
int LeaveSpan(MD_SPANTYPE type, void*, void* user) {
  auto& s = *static_cast<MarkdownState*>(user);
  if (type != MD_SPAN_A) return 0;
  const std::string_view text = std::string_view(s.out.prose).substr(s.link_start);
  if (!text.empty() &&
      (text == s.link_href || "mailto:" + std::string(text) == s.link_href)) {
    s.out.prose.resize(s.link_start);
    s.out.origin.resize(s.link_start);
  }
  return 0;
}

int Text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* user) {
  auto& s = *static_cast<MarkdownState*>(user);
  if (s.in_html) {  // the lines of a raw HTML block: parsed as HTML at its end
    // Text that is not the document's own (md4c's "\n" after each line, the
    // spaces a tab indent expands to) stands, all of it, at the last byte
    // seen: the document may end there.
    if (!s.Holds(text)) {
      const size_t at = s.last > 0 ? s.last - 1 : 0;
      s.html.AppendDecoded(std::string_view(text, size), at, at);
      return 0;
    }
    s.html.Append(std::string_view(text, size), OffsetOf(s, text));
    s.last = OffsetOf(s, text) + size;
    return 0;
  }
  if (s.skip > 0 || type == MD_TEXT_CODE || type == MD_TEXT_HTML) return 0;
  if (type == MD_TEXT_BR || type == MD_TEXT_SOFTBR) {
    s.out.Append(" ", s.last);
    return 0;
  }
  if (type == MD_TEXT_NULLCHAR) return 0;
  const size_t offset = OffsetOf(s, text);
  if (type == MD_TEXT_ENTITY) {
    // md4c hands over the entity as written; gumbo knows every HTML entity.
    const std::string entity(text, size);
    GumboOutput* parsed = gumbo_parse(entity.c_str());
    const GumboNode* body =
        parsed->root->v.element.children.length > 1
            ? static_cast<GumboNode*>(parsed->root->v.element.children.data[1])
            : nullptr;
    std::string decoded;
    if (body && body->v.element.children.length > 0) {
      const auto* node = static_cast<GumboNode*>(body->v.element.children.data[0]);
      if (node->type == GUMBO_NODE_TEXT) decoded = node->v.text.text;
    }
    gumbo_destroy_output(&kGumboDefaultOptions, parsed);
    s.out.AppendDecoded(decoded.empty() ? " " : decoded, offset, offset + size);
  } else {
    s.out.Append(std::string_view(text, size), offset);
  }
  s.last = offset + size;
  return 0;
}

// ---- HTML ---------------------------------------------------------------

bool IsSkipped(GumboTag tag) {
  return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE ||
         tag == GUMBO_TAG_NOSCRIPT || tag == GUMBO_TAG_HEAD || tag == GUMBO_TAG_CODE ||
         tag == GUMBO_TAG_PRE;
}

bool IsInline(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_B:
    case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_DATA:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_I:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_U:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_WBR:
    case GUMBO_TAG_FONT:
    case GUMBO_TAG_BIG:
    case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_TT:
      return true;
    default:
      return false;
  }
}

// Where a byte of the parsed HTML stands in the original: at `base` on for
// an HTML file; through `origin` for the lines of a Markdown HTML block.
struct HtmlOrigin {
  size_t base = 0;
  const std::vector<uint32_t>* origin = nullptr;

  size_t operator()(size_t offset) const {
    if (!origin) return base + offset;
    if (offset < origin->size()) return (*origin)[offset];
    return origin->empty() ? 0 : origin->back() + 1;  // the end of the block
  }
};

// The same for a byte of one window of that HTML (html_guard.h).
struct WindowOrigin {
  const HtmlOrigin& html;
  const HtmlWindow& window;

  size_t operator()(size_t offset) const { return html(window.OriginOf(offset)); }
};

// Maps a text node's decoded text onto its original text: equal bytes map
// one to one, an entity maps to its span in the original.
void AppendHtmlText(const GumboText& text, const WindowOrigin& at, ProseText* out) {
  const std::string_view decoded = text.text;
  const std::string_view original(text.original_text.data, text.original_text.length);
  const size_t start = text.start_pos.offset;
  size_t d = 0, o = 0;
  while (d < decoded.size()) {
    if (o < original.size() && original[o] == '&') {
      const size_t semicolon = original.find(';', o);
      const size_t entity_end =
          semicolon == std::string_view::npos ? o + 1 : semicolon + 1;
      // The decoded character is one UTF-8 sequence.
      size_t length = 1;
      const auto lead = static_cast<unsigned char>(decoded[d]);
      if (lead >= 0xF0)
        length = 4;
      else if (lead >= 0xE0)
        length = 3;
      else if (lead >= 0xC0)
        length = 2;
      if (decoded.substr(d, 1) == "&" && original.substr(o, entity_end - o) == "&")
        length = 1;
      out->AppendDecoded(decoded.substr(d, length), at(start + o),
                         at(start + entity_end - 1) + 1);
      d += length;
      o = entity_end;
    } else {
      out->Append(decoded.substr(d, 1), at(start + std::min(o, original.size())));
      ++d;
      ++o;
    }
  }
}

const GumboVector& ChildrenOf(const GumboNode* node) {
  return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children
                                           : node->v.element.children;
}

// Whether a node's children are read, and whether it is a block (its start
// and end are sentence boundaries).
struct Visit {
  bool descend = false;
  bool block = false;
};

bool Contains(std::string_view haystack, std::string_view needle) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
  return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                     [&](char a, char b) { return lower(a) == b; }) != haystack.end();
}

std::string_view AttributeOf(const GumboNode* node, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

// A page's header or footer, not an article's: no article or main above it.
bool IsPageLevel(const GumboNode* node) {
  for (const GumboNode* up = node->parent; up && up->type == GUMBO_NODE_ELEMENT; up = up->parent) {
    const GumboTag tag = up->v.element.tag;
    if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN) return false;
  }
  return true;
}

// Page furniture around the main content: navigation, the page's header and
// footer, asides, search boxes, dialogs and cookie banners. Their "Volg ons"
// and "Lees onze privacyverklaring" are not the text's own words.
bool IsPageFurniture(const GumboNode* node) {
  const GumboTag tag = node->v.element.tag;
  // Not <form>: gumbo 0.10 leaves a form's text beside it, not in it.
  if (tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_ASIDE) return true;
  if ((tag == GUMBO_TAG_HEADER || tag == GUMBO_TAG_FOOTER) && IsPageLevel(node)) return true;
  const std::string_view role = AttributeOf(node, "role");
  // gumbo 0.10 predates <dialog>; its ARIA role still tells.
  for (const char* furniture : {"navigation", "banner", "contentinfo", "complementary", "search",
                                "dialog", "alertdialog"})
    if (role == furniture) return true;
  return Contains(AttributeOf(node, "id"), "cookie") ||
         Contains(AttributeOf(node, "class"), "cookie");
}

// Text goes to `out`; comments and skipped elements are left out.
Visit Enter(const GumboNode* node, const WindowOrigin& at, HtmlScope scope, ProseText* out) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
    AppendHtmlText(node->v.text, at, out);
    return {};
  }
  if (node->type == GUMBO_NODE_WHITESPACE) {
    out->Append(" ", at(node->v.text.start_pos.offset));
    return {};
  }
  if (node->type == GUMBO_NODE_DOCUMENT) return {true, false};
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return {};
  if (IsSkipped(node->v.element.tag)) return {};
  if (scope == HtmlScope::kMainContent && IsPageFurniture(node)) return {};
  const bool block = !IsInline(node->v.element.tag);
  if (block) out->Break(at(node->v.element.start_pos.offset));
  return {true, block};
}

// Depth first, in document order, with a stack of its own rather than the
// call stack: a tree is as deep as a document makes it.
void Walk(const GumboNode* root, const WindowOrigin& at, HtmlScope scope, ProseText* out) {
  struct Frame {
    const GumboNode* node;
    unsigned next_child;
    bool block;
  };
  std::vector<Frame> stack;
  const Visit root_visit = Enter(root, at, scope, out);
  if (root_visit.descend) stack.push_back({root, 0, root_visit.block});
  while (!stack.empty()) {
    Frame& frame = stack.back();
    const GumboVector& children = ChildrenOf(frame.node);
    if (frame.next_child == children.length) {
      if (frame.block) out->Break(at(frame.node->v.element.end_pos.offset));
      stack.pop_back();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children.data[frame.next_child++]);
    const Visit visit = Enter(child, at, scope, out);
    if (visit.descend) stack.push_back({child, 0, visit.block});
  }
}

// The prose of `html` (HTML that stands in the original where its origin
// says), appended to `out`, one bounded window at a time (html_guard.h).
void ParseHtmlInto(std::string_view html, const HtmlOrigin& at, HtmlScope scope,
                   ProseText* out, size_t window_bytes = kWindowBytes) {
  ForEachHtmlWindow(html, [&](const HtmlWindow& window) {
    GumboOptions options = kGumboDefaultOptions;
    GumboOutput* output =
        gumbo_parse_with_options(&options, window.bytes.data(), window.bytes.size());
    Walk(output->document, {at, window}, scope, out);
    gumbo_destroy_output(&options, output);
  }, window_bytes);
}

// A raw HTML block in Markdown ("<div>", "<p align=...>") often holds prose.
void AppendHtmlProse(const ProseText& html, ProseText* out) {
  // A block of a Markdown file is the file's own content, never furniture.
  if (!html.prose.empty()) ParseHtmlInto(html.prose, {0, &html.origin}, HtmlScope::kAll, out);
}

}  // namespace

ProseText ExtractMarkdown(std::string_view original, size_t text_start,
                          size_t window_bytes) {
  const size_t start = SkipFrontMatter(original, text_start);
  MarkdownState state{original.data(), original.size(), {}, 0, start, 0, {}, false, {}};
  // The prose is at most about as long as the input: one allocation each,
  // not a doubling vector's slack on a map of four bytes a byte.
  state.out.prose.reserve(original.size() - start);
  state.out.origin.reserve(original.size() - start);
  MD_PARSER parser{};
  parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS;
  parser.enter_block = EnterBlock;
  parser.leave_block = LeaveBlock;
  parser.enter_span = EnterSpan;
  parser.leave_span = LeaveSpan;
  parser.text = Text;
  // One bounded window at a time (markdown_guard.h); offsets are taken
  // against the guarded text, which has the original's length.
  ForEachMarkdownWindow(original, start, [&](std::string_view guarded, size_t begin,
                                             size_t end) {
    state.base = guarded.data();
    state.size = guarded.size();
    md_parse(guarded.data() + begin, static_cast<MD_SIZE>(end - begin), &parser, &state);
  }, window_bytes ? window_bytes : kMarkdownWindowBytes);
  return std::move(state.out);
}

ProseText ExtractHtml(std::string_view original, size_t text_start, size_t window_bytes,
                      HtmlScope scope) {
  ProseText out;
  out.prose.reserve(original.size() - text_start);
  out.origin.reserve(original.size() - text_start);
  ParseHtmlInto(original.substr(text_start), {text_start, nullptr}, scope, &out,
                window_bytes ? window_bytes : kWindowBytes);
  return out;
}

ProseText ExtractParagraphs(std::string_view original, size_t text_start) {
  ProseText out;
  out.prose.reserve(original.size() - text_start + original.size() / 8);
  out.origin.reserve(out.prose.capacity());
  size_t begin = text_start;
  while (begin < original.size()) {
    size_t end = original.find('\n', begin);
    if (end == std::string_view::npos) end = original.size();
    out.Append(original.substr(begin, end - begin), begin);
    out.Break(end);
    begin = end + 1;
  }
  return out;
}

}  // namespace wijzij
