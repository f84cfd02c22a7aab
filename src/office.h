#pragma once
// Word (.docx) and OpenDocument (.odt) drafts: their prose as plain text,
// one paragraph per line, so a finding's line is the paragraph a user counts
// in the word processor and its column the character in that paragraph.
//
//   std::string text, error;
//   if (ExtractOfficeText(bytes, OfficeKind::kDocx, max_bytes, &text, &error)) ...
//
// Only the body is read: paragraphs and headings, lists and tables, in
// document order; not headers, footers, comments, footnotes, deleted text or
// field codes. A tab stays a tab and a line break inside a paragraph becomes
// a space. A file that is no such document, is encrypted, or whose text part
// unpacks to more than `max_bytes` (a zip bomb) gets an error and no text;
// the XML is walked without recursion, so nesting depth costs no stack.

#include <cstddef>
#include <string>
#include <string_view>

namespace wijzij {

enum class OfficeKind { kNone, kDocx, kOdt };

/// By extension: .docx is Word, .odt OpenDocument text, the rest neither.
OfficeKind OfficeKindFor(std::string_view path);

/// For a binary file that is another office or page format (.doc, .pdf,
/// .rtf, .pages, .xlsx, .pptx…), a hint on how to give wijzij its text;
/// else empty.
std::string OfficeHint(std::string_view path);

/// The prose of the document in `bytes` (the file as read), or false with a
/// message in `error` (without the path).
bool ExtractOfficeText(std::string_view bytes, OfficeKind kind, size_t max_bytes,
                       std::string* text, std::string* error);

/// The same for the document's text part alone (word/document.xml or
/// content.xml), as unpacked from the archive.
bool ExtractOfficeXml(std::string xml, OfficeKind kind, size_t max_bytes, std::string* text,
                      std::string* error);

}  // namespace wijzij
