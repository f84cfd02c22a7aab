#include "office.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <memory>
#include <pugixml.hpp>

#include "zip_library.h"

namespace wijzij {

namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    char c = s[s.size() - suffix.size() + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != suffix[i]) return false;
  }
  return true;
}

// The element's name without its namespace prefix ("w:p" -> "p").
std::string_view LocalName(const pugi::xml_node& node) {
  const std::string_view name = node.name();
  const size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// The count of a <text:s text:c="N"/>, whatever the prefix; 1 without one.
size_t SpaceCount(const pugi::xml_node& node) {
  for (const pugi::xml_attribute& a : node.attributes()) {
    const std::string_view name = a.name();
    if (name == "c" || (name.size() > 2 && name.substr(name.size() - 2) == ":c"))
      return a.as_uint(1);
  }
  return 1;
}

// Reads the part `name` of the zip archive in `bytes`, at most `max_bytes`.
bool ReadPart(std::string_view bytes, const char* name, size_t max_bytes, std::string* out,
              std::string* error) {
  const ZipLibrary* zip = LoadZipLibrary(error);
  if (!zip) return false;
  zip_error_t zip_error;
  zip->error_init(&zip_error);
  zip_source_t* source = zip->source_buffer_create(bytes.data(), bytes.size(), 0, &zip_error);
  zip_t* archive = source ? zip->open_from_source(source, ZIP_RDONLY, &zip_error) : nullptr;
  if (!archive) {
    if (source) zip->source_free(source);
    zip->error_fini(&zip_error);
    *error = "not a zip archive, so no .docx or .odt (an encrypted document is not one "
             "either); save it again from the word processor";
    return false;
  }
  const std::unique_ptr<zip_t, void (*)(zip_t*)> closer(archive, zip->discard);
  const zip_int64_t index = zip->name_locate(archive, name, 0);
  zip_stat_t stat;
  if (index < 0 || zip->stat_index(archive, static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
    *error = fmt::format("no {} in the archive: not a document of this kind", name);
    return false;
  }
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
    *error = "the document is encrypted";
    return false;
  }
  zip_file_t* file = zip->fopen_index(archive, static_cast<zip_uint64_t>(index), 0);
  if (!file) {
    *error = fmt::format("cannot open {}: {}", name, zip->strerror(archive));
    return false;
  }
  // Read to the limit, whatever the archive claims the size is.
  std::array<char, 65536> buffer;
  out->clear();
  for (;;) {
    const zip_int64_t n = zip->fread(file, buffer.data(), buffer.size());
    if (n < 0) {
      *error = fmt::format("{} is damaged: {}", name, zip->file_strerror(file));
      zip->fclose(file);
      return false;
    }
    if (n == 0) break;
    if (out->size() + static_cast<size_t>(n) > max_bytes) {
      zip->fclose(file);
      *error = fmt::format("{} unpacks to more than {} bytes (--max-file-size)", name, max_bytes);
      return false;
    }
    out->append(buffer.data(), static_cast<size_t>(n));
  }
  zip->fclose(file);
  return true;
}

// What a text element of each format contributes.
enum class Part { kParagraph, kText, kTab, kBreak, kSpaces, kSkip, kOther };

Part DocxPart(const pugi::xml_node& node) {
  const std::string_view name = LocalName(node);
  if (name == "p") return Part::kParagraph;
  if (name == "t") return Part::kText;
  if (name == "tab") return Part::kTab;
  if (name == "br" || name == "cr") return Part::kBreak;
  // Deleted text, field codes, and the fallback copy of a text box.
  if (name == "del" || name == "delText" || name == "instrText" || name == "Fallback")
    return Part::kSkip;
  return Part::kOther;
}

Part OdtPart(const pugi::xml_node& node) {
  const std::string_view name = LocalName(node);
  if (name == "p" || name == "h") return Part::kParagraph;
  if (name == "tab") return Part::kTab;
  if (name == "line-break") return Part::kBreak;
  if (name == "s") return Part::kSpaces;
  // Comments, footnotes, change-tracking copies, forms and styles.
  if (name == "annotation" || name == "note" || name == "tracked-changes" ||
      name == "forms" || name == "automatic-styles" || name == "font-face-decls")
    return Part::kSkip;
  return Part::kOther;
}

// Collects the prose in document order, without recursion.
class ProseWalker {
 public:
  ProseWalker(OfficeKind kind, size_t max_bytes) : kind_(kind), max_bytes_(max_bytes) {}

  bool Walk(const pugi::xml_node& root, std::string* text, std::string* error) {
    pugi::xml_node node = root.first_child();
    while (node) {
      if (Enter(node) && node.first_child()) {
        node = node.first_child();
        continue;
      }
      while (node && !node.next_sibling()) {
        node = node.parent();
        if (node == root) node = pugi::xml_node();
      }
      if (node) node = node.next_sibling();
      if (text_.size() > max_bytes_) {
        *error = fmt::format("the text is longer than {} bytes (--max-file-size)", max_bytes_);
        return false;
      }
    }
    *text = std::move(text_);
    return true;
  }

 private:
  // Adds what `node` holds itself; true when its children are to be read.
  bool Enter(const pugi::xml_node& node) {
    if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
      // In Word only a w:t holds text; in ODF any text inside a paragraph.
      const bool counts = kind_ == OfficeKind::kDocx
                              ? DocxPart(node.parent()) == Part::kText
                              : InParagraph(node);
      if (counts) text_ += node.value();
      return false;
    }
    if (node.type() != pugi::node_element) return false;
    switch (kind_ == OfficeKind::kDocx ? DocxPart(node) : OdtPart(node)) {
      case Part::kParagraph:
        if (paragraphs_++ > 0) text_ += '\n';
        return true;
      case Part::kTab:
        text_ += '\t';
        return false;
      case Part::kBreak:
        text_ += ' ';
        return false;
      case Part::kSpaces:
        text_.append(std::min<size_t>(SpaceCount(node), max_bytes_ + 1), ' ');
        return false;
      case Part::kSkip:
        return false;
      case Part::kText:
      case Part::kOther:
        return true;
    }
    return true;
  }

  // Looks up at most kMaxClimb levels, so that a deeply nested file costs
  // linear time; text that deep below its paragraph is left out.
  static bool InParagraph(pugi::xml_node node) {
    constexpr int kMaxClimb = 256;
    node = node.parent();
    for (int level = 0; node && level < kMaxClimb; ++level, node = node.parent()) {
      if (node.type() == pugi::node_element && OdtPart(node) == Part::kParagraph) return true;
    }
    return false;
  }

  OfficeKind kind_;
  size_t max_bytes_;
  std::string text_;
  size_t paragraphs_ = 0;
};

const char* PartName(OfficeKind kind) {
  return kind == OfficeKind::kDocx ? "word/document.xml" : "content.xml";
}

}  // namespace

OfficeKind OfficeKindFor(std::string_view path) {
  if (EndsWith(path, ".docx")) return OfficeKind::kDocx;
  if (EndsWith(path, ".odt")) return OfficeKind::kOdt;
  return OfficeKind::kNone;
}

std::string OfficeHint(std::string_view path) {
  for (const char* extension : {".doc", ".rtf", ".pdf", ".pages", ".xlsx", ".xls", ".pptx",
                                ".ppt", ".ods", ".odp", ".wpd"}) {
    if (EndsWith(path, extension))
      return "; wijzij reads .docx, .odt, plain text, Markdown and HTML: save it in one "
             "of those, or pipe its text to wijzij";
  }
  return "";
}

bool ExtractOfficeText(std::string_view bytes, OfficeKind kind, size_t max_bytes,
                       std::string* text, std::string* error) {
  std::string xml;
  if (!ReadPart(bytes, PartName(kind), max_bytes, &xml, error)) return false;
  return ExtractOfficeXml(std::move(xml), kind, max_bytes, text, error);
}

bool ExtractOfficeXml(std::string xml, OfficeKind kind, size_t max_bytes, std::string* text,
                      std::string* error) {
  const char* part = PartName(kind);
  pugi::xml_document document;
  const pugi::xml_parse_result parsed =
      document.load_buffer_inplace(xml.data(), xml.size(),
                                   pugi::parse_default | pugi::parse_ws_pcdata,
                                   pugi::encoding_utf8);
  if (!parsed) {
    *error = fmt::format("{} is not well-formed XML at byte {}: {}", part, parsed.offset,
                         parsed.description());
    return false;
  }
  return ProseWalker(kind, max_bytes).Walk(document, text, error);
}

}  // namespace wijzij
