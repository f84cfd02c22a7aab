#include "html_guard.h"

#include <algorithm>
#include <initializer_list>
#include <limits>
#include <span>
#include <unordered_map>
#include <vector>

namespace wijzij {

namespace {

bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool In(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool IsVoid(std::string_view name) {
  return In(name, {"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame",
                   "hr", "img", "input", "keygen", "link", "meta", "param", "source",
                   "track", "wbr"});
}

bool IsFormatting(std::string_view name) {
  return In(name, {"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small",
                   "strike", "strong", "tt", "u"});
}

// Elements whose content is raw text: no tags inside until their end tag.
bool IsRawText(std::string_view name) {
  return In(name, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                   "noframes"});
}

using Names = std::span<const std::string_view>;

bool In(std::string_view name, Names names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// How far down the open elements an omitted end tag is looked for: the
// element it closes is near the top in any real document, and a bound keeps
// the pass linear whatever a document nests.
constexpr size_t kOmissionLookDown = 32;

constexpr std::string_view kParagraph[] = {"p"};
constexpr std::string_view kButtonScope[] = {"table",  "td",     "th",      "caption", "template",
                                             "button", "object", "marquee", "applet",  "html"};
constexpr std::string_view kListItem[] = {"li"};
constexpr std::string_view kListScope[] = {"ul", "ol", "menu", "table", "template"};
constexpr std::string_view kDefinition[] = {"dt", "dd"};
constexpr std::string_view kDefinitionScope[] = {"dl", "table", "template"};
constexpr std::string_view kCell[] = {"td", "th"};
constexpr std::string_view kCellScope[] = {"tr", "table", "template"};
constexpr std::string_view kRow[] = {"tr"};
constexpr std::string_view kRowScope[] = {"table", "tbody", "thead", "tfoot", "template"};
constexpr std::string_view kSection[] = {"tbody", "thead", "tfoot"};
constexpr std::string_view kTableScope[] = {"table", "template"};
constexpr std::string_view kOption[] = {"option", "optgroup"};
constexpr std::string_view kRuby[] = {"rb", "rt", "rp", "rtc"};
constexpr std::string_view kNothing[] = {"-"};

// A start tag that ends an element whose end tag may be left out: the
// element of `family` nearest the top, unless one of `scope` comes first
// ("<li><ul><li>" is a list in a list).
struct Omission {
  Names family;
  Names scope;
};

// Start tags that close an open p ("<div>" after "<p>text").
bool ClosesParagraph(std::string_view name) {
  return In(name, {"address", "article", "aside", "blockquote", "details", "dialog", "div",
                   "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
                   "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav",
                   "ol", "p", "pre", "section", "table", "ul", "li", "dt", "dd"});
}

// What else the start tag `name` closes, besides a paragraph.
Omission OmissionOf(std::string_view name) {
  if (name == "li") return {kListItem, kListScope};
  if (In(name, kDefinition)) return {kDefinition, kDefinitionScope};
  if (In(name, kCell)) return {kCell, kCellScope};
  if (name == "tr") return {kRow, kRowScope};
  if (In(name, kSection)) return {kSection, kTableScope};
  if (In(name, kOption)) return {kOption, kNothing};
  if (In(name, kRuby)) return {kRuby, kNothing};
  return {};
}

// One tag as the scan sees it.
struct Tag {
  std::string name;       ///< lower case
  bool end_tag = false;
  bool self_closing = false;
  size_t end = 0;         ///< one past its '>' (or the end of the input)
  size_t blank_from = 0;  ///< attributes past the limit start here (0: none)
  size_t blank_to = 0;
};

class Guard {
 public:
  Guard(std::string_view html, const std::function<void(const HtmlWindow&)>& parse,
        size_t window_bytes)
      : in_(html), masked_(html), parse_(parse), window_(std::max<size_t>(window_bytes, 1)) {}

  void Run() {
    size_t pos = 0;
    while (pos < in_.size()) {
      const size_t lt = in_.find('<', pos);
      const size_t text_end = lt == std::string_view::npos ? in_.size() : lt;
      if (text_end > pos) MaybeCutInText(pos, text_end);
      if (text_end == in_.size()) break;
      Candidate(lt);
      pos = Token(lt);
    }
    Emit(in_.size());
  }

 private:
  struct Open {
    std::string name;
    bool formatting;
  };

  // ---- tokens ----------------------------------------------------------

  // Handles the token at `lt` ('<'); returns where the next one starts.
  size_t Token(size_t lt) {
    const size_t next = lt + 1;
    if (in_.substr(lt, 4) == "<!--") {
      const size_t close = in_.find("-->", lt + 4);
      return close == std::string_view::npos ? in_.size() : close + 3;
    }
    if (next < in_.size() && (in_[next] == '!' || in_[next] == '?')) {
      const size_t close = in_.find('>', next);
      return close == std::string_view::npos ? in_.size() : close + 1;
    }
    const bool end_tag = next < in_.size() && in_[next] == '/';
    const size_t name_at = end_tag ? next + 1 : next;
    if (name_at >= in_.size() || !IsLetter(in_[name_at])) return next;  // a literal '<'
    Tag tag = ReadTag(name_at, end_tag);
    if (tag.blank_from > 0) Blank(tag.blank_from, tag.blank_to);
    if (tag.end_tag) {
      EndTag(lt, tag);
      return tag.end;
    }
    StartTag(lt, tag);
    if (tag.name == "plaintext") return in_.size();
    return IsRawText(tag.name) && !tag.self_closing ? SkipRawText(tag) : tag.end;
  }

  Tag ReadTag(size_t name_at, bool end_tag) {
    Tag tag;
    tag.end_tag = end_tag;
    size_t i = name_at;
    while (i < in_.size() && !IsSpace(in_[i]) && in_[i] != '/' && in_[i] != '>') {
      tag.name.push_back(Lower(in_[i]));
      ++i;
    }
    size_t attributes = 0;
    while (i < in_.size()) {
      while (i < in_.size() && (IsSpace(in_[i]) || in_[i] == '/')) {
        tag.self_closing = in_[i] == '/' && i + 1 < in_.size() && in_[i + 1] == '>';
        ++i;
      }
      if (i >= in_.size() || in_[i] == '>') break;
      if (++attributes == kMaxAttributes + 1) tag.blank_from = i;
      i = SkipAttribute(i);
      if (tag.blank_from > 0) tag.blank_to = i;
    }
    tag.end = std::min(i + 1, in_.size());
    return tag;
  }

  // One attribute, name and optional value, quoted or not.
  size_t SkipAttribute(size_t i) const {
    do {
      ++i;
    } while (i < in_.size() && !IsSpace(in_[i]) && in_[i] != '/' && in_[i] != '>' &&
             in_[i] != '=');
    while (i < in_.size() && IsSpace(in_[i])) ++i;
    if (i >= in_.size() || in_[i] != '=') return i;
    ++i;
    while (i < in_.size() && IsSpace(in_[i])) ++i;
    if (i < in_.size() && (in_[i] == '"' || in_[i] == '\'')) {
      const size_t close = in_.find(in_[i], i + 1);
      return close == std::string_view::npos ? in_.size() : close + 1;
    }
    while (i < in_.size() && !IsSpace(in_[i]) && in_[i] != '>') ++i;
    return i;
  }

  // After <script> and the like: up to their end tag, matched without case.
  size_t SkipRawText(const Tag& tag) {
    for (size_t i = in_.find("</", tag.end); i != std::string_view::npos;
         i = in_.find("</", i + 2)) {
      const size_t after = i + 2 + tag.name.size();
      if (after > in_.size()) break;
      bool same = true;
      for (size_t k = 0; k < tag.name.size() && same; ++k)
        same = Lower(in_[i + 2 + k]) == tag.name[k];
      if (same && (after == in_.size() || IsSpace(in_[after]) || in_[after] == '/' ||
                   in_[after] == '>'))
        return i;
    }
    return in_.size();
  }

  // ---- the open elements ------------------------------------------------

  void StartTag(size_t lt, const Tag& tag) {
    if (IsVoid(tag.name)) return;
    CloseOmitted(tag.name);
    const bool formatting = IsFormatting(tag.name);
    const bool too_deep = open_.size() >= kMaxDepth ||
                          (formatting && formatting_open_ >= kMaxFormatting);
    // A raw-text element holds no elements; blanking it would turn its
    // script into prose.
    if (too_deep && !IsRawText(tag.name)) {
      Blank(lt, tag.end);
      ++suppressed_[tag.name];
      return;
    }
    open_.push_back({tag.name, formatting});
    formatting_open_ += formatting ? 1 : 0;
  }

  // "<li>a<li>b" closes the first li, as the parser will.
  void CloseOmitted(const std::string& name) {
    if (ClosesParagraph(name)) Close({kParagraph, kButtonScope});
    const Omission omission = OmissionOf(name);
    if (!omission.family.empty()) Close(omission);
  }

  void Close(const Omission& omission) {
    const size_t bottom = open_.size() > kOmissionLookDown ? open_.size() - kOmissionLookDown : 0;
    for (size_t k = open_.size(); k > bottom; --k) {
      const std::string& open = open_[k - 1].name;
      if (In(open, omission.family)) return PopTo(k - 1);
      if (In(open, omission.scope)) return;
    }
  }

  void EndTag(size_t lt, const Tag& tag) {
    for (size_t k = open_.size(); k > 0; --k) {
      if (open_[k - 1].name == tag.name) return PopTo(k - 1);
    }
    const auto suppressed = suppressed_.find(tag.name);
    if (suppressed != suppressed_.end() && suppressed->second > 0) {
      --suppressed->second;
      Blank(lt, tag.end);
    }
  }

  void PopTo(size_t index) {
    while (open_.size() > index) {
      formatting_open_ -= open_.back().formatting ? 1 : 0;
      open_.pop_back();
    }
  }

  void Blank(size_t from, size_t to) {
    for (size_t i = from; i < to && i < masked_.size(); ++i) {
      if (masked_[i] != '\n' && masked_[i] != '\r') masked_[i] = ' ';
    }
  }

  // ---- windows ----------------------------------------------------------

  // A token start where a window may end: the fewest open elements wins.
  void Candidate(size_t at) {
    if (at < start_ + window_) return;
    if (open_.size() < best_depth_) {
      best_ = at;
      best_depth_ = open_.size();
      best_open_ = open_;
    }
    if (at >= start_ + 2 * window_) Cut();
  }

  // A long run of text past the window: cut at the best tag before it, else
  // at a space in the text.
  void MaybeCutInText(size_t from, size_t to) {
    while (to > start_ + 2 * window_) {
      if (best_ != kNone) {
        Cut();
        continue;
      }
      size_t at = std::max(from, start_ + 2 * window_);
      while (at < to && !IsSpace(in_[at])) ++at;
      if (at >= to) return;
      best_ = at;
      best_depth_ = open_.size();
      best_open_ = open_;
      Cut();
      from = at;
    }
  }

  void Cut() {
    if (best_ == kNone) return;
    Emit(best_);
    start_ = best_;
    prefix_.clear();
    for (const Open& e : best_open_) prefix_ += "<" + e.name + ">";
    best_ = kNone;
    best_depth_ = std::numeric_limits<size_t>::max();
  }

  void Emit(size_t end) {
    if (end <= start_ && !prefix_.empty()) return;
    HtmlWindow window;
    window.bytes = prefix_;
    window.bytes.append(masked_, start_, end - start_);
    window.prefix = prefix_.size();
    window.offset = start_;
    parse_(window);
  }

  static constexpr size_t kNone = std::numeric_limits<size_t>::max();

  std::string_view in_;
  std::string masked_;  ///< the input with blanked tags and attributes
  const std::function<void(const HtmlWindow&)>& parse_;
  size_t window_;  ///< a window ends after this many bytes, at the best cut
  std::vector<Open> open_;
  size_t formatting_open_ = 0;
  std::unordered_map<std::string, size_t> suppressed_;  ///< blanked start tags per name
  size_t start_ = 0;      ///< of the current window
  std::string prefix_;    ///< re-opens the elements open at its start
  size_t best_ = kNone;   ///< the best place to end it found so far
  size_t best_depth_ = std::numeric_limits<size_t>::max();
  std::vector<Open> best_open_;
};

}  // namespace

void ForEachHtmlWindow(std::string_view html,
                       const std::function<void(const HtmlWindow&)>& parse,
                       size_t window_bytes) {
  Guard(html, parse, window_bytes).Run();
}

}  // namespace wijzij
