#include "quotes.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace wijzij {

namespace {

enum class Mark {
  kNone,
  kOpen,
  kClose,
  kToggle,
  kSingleOpen,
  kSingleClose,
  kSingleToggle
};

// Quotation characters are either double (", “ ” „ « », and ,, '' ’’ as
// Dutch newspapers set them) or single (' ‘ ’).
struct OpenQuote {
  bool single;
  size_t begin;
};

UChar32 CodePointAt(std::string_view text, size_t i) {
  if (i >= text.size()) return -1;
  UChar32 c;
  int32_t k = static_cast<int32_t>(i);
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), k,
          static_cast<int32_t>(text.size()), c);
  return c;
}

UChar32 CodePointBefore(std::string_view text, size_t i) {
  if (i == 0) return -1;
  UChar32 c;
  int32_t k = static_cast<int32_t>(i);
  U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), 0, k, c);
  return c;
}

bool IsLetter(UChar32 c) { return c >= 0 && u_isalnum(c); }

bool IsClitic(std::string_view text, size_t after) {
  const UChar32 c = CodePointAt(text, after);
  if (c != 's' && c != 't' && c != 'n' && c != 'k' && c != 'm') return false;
  return !IsLetter(CodePointAt(text, after + 1));
}

// Classifies a single-quote character by its neighbours.
Mark ClassifySingle(std::string_view text, size_t at, size_t width, bool single_open) {
  const bool letter_before = IsLetter(CodePointBefore(text, at));
  const bool letter_after = IsLetter(CodePointAt(text, at + width));
  if (letter_before && letter_after) return Mark::kNone;                 // zo'n, baby's
  if (!letter_before && IsClitic(text, at + width)) return Mark::kNone;  // 's avonds
  if (single_open && !letter_after) return Mark::kSingleClose;
  if (!letter_before && letter_after) return Mark::kSingleOpen;
  return Mark::kNone;  // a trailing apostrophe: Jezus' leer
}

Mark Classify(std::string_view text, size_t at, size_t width, bool single_open) {
  const std::string_view mark = text.substr(at, width);
  if (mark == "\"") return Mark::kToggle;
  if (mark == "\xE2\x80\x9C" || mark == "\xE2\x80\x9E" || mark == "\xC2\xAB")
    return Mark::kOpen;
  if (mark == "\xC2\xBB") return Mark::kClose;
  if (mark == "\xE2\x80\x9D")
    return Mark::kToggle;  // ” closes „ and also pairs with itself
  if (mark == "'" || mark == "\xE2\x80\x99")
    return ClassifySingle(text, at, width, single_open);
  if (mark == "\xE2\x80\x98") {
    // Word processors often turn the apostrophe of 's avonds into ‘.
    const bool clitic =
        !IsLetter(CodePointBefore(text, at)) && IsClitic(text, at + width);
    return clitic ? Mark::kNone : Mark::kSingleOpen;
  }
  return Mark::kNone;
}

// Dutch newspapers open a quotation with two commas set against its first
// word (,,Zo gaat het niet'') and close it with two apostrophes, typed ('')
// or curly (’’), or with a closing mark.
bool CommasOpen(std::string_view text, size_t at) {
  if (text.compare(at, 2, ",,") != 0 || at + 2 >= text.size()) return false;
  const UChar32 next = CodePointAt(text, at + 2);
  return next != ',' && !u_isUWhiteSpace(next) && !IsLetter(CodePointBefore(text, at));
}

size_t ApostrophesWidth(std::string_view text, size_t at) {
  if (text.compare(at, 2, "''") == 0) return 2;
  if (text.compare(at, 6, "\xE2\x80\x99\xE2\x80\x99") == 0) return 6;
  return 0;
}

// The quotation mark at `at`, if any, and how many bytes it takes: one
// character, or the newspaper marks' two.
struct MarkAt {
  Mark mark;
  size_t width;
};

size_t CharacterWidth(unsigned char lead) {
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

// Whether a character starting with `lead` can be a quotation mark, the
// commas or apostrophes of one, or a line break: every mark above starts
// with one of these bytes, so the scan passes any other character at once.
bool MayMatter(unsigned char lead) {
  switch (lead) {
    case '"':
    case '\'':
    case ',':
    case '\n':
    case '\r':
    case 0xC2:  // « and »
    case 0xE2:  // “ „ ” ‘ ’
      return true;
    default:
      return false;
  }
}

MarkAt NextMark(std::string_view text, size_t at, bool double_open, bool single_open) {
  if (CommasOpen(text, at)) return {Mark::kOpen, 2};
  if (double_open)
    if (const size_t width = ApostrophesWidth(text, at)) return {Mark::kClose, width};
  const size_t width = CharacterWidth(static_cast<unsigned char>(text[at]));
  return {Classify(text, at, width, single_open), width};
}

bool IsParagraphBreak(std::string_view text, size_t i) {
  if (text[i] != '\n' && text[i] != '\r') return false;
  size_t k = i + 1;
  if (text[i] == '\r' && k < text.size() && text[k] == '\n') ++k;
  while (k < text.size() && (text[k] == ' ' || text[k] == '\t')) ++k;
  return k < text.size() && (text[k] == '\n' || text[k] == '\r');
}

class QuoteScanner {
 public:
  QuoteScanner(std::string_view text, size_t base) : text_(text), base_(base) {}

  std::vector<ByteRange> Run() {
    for (size_t i = 0; i < text_.size();) {
      const auto lead = static_cast<unsigned char>(text_[i]);
      if (!MayMatter(lead)) {
        i += CharacterWidth(lead);
        continue;
      }
      if (IsParagraphBreak(text_, i)) CloseAll(i);
      const MarkAt next = NextMark(text_, i, HasOpen(false), HasOpen(true));
      Apply(next.mark, i, next.width);
      i += next.width;
    }
    CloseAll(text_.size());
    return std::move(spans_);
  }

 private:
  bool HasOpen(bool single) const {
    for (const auto& q : stack_) {
      if (q.single == single) return true;
    }
    return false;
  }

  void Apply(Mark mark, size_t at, size_t width) {
    switch (mark) {
      case Mark::kNone:
        return;
      case Mark::kOpen:
        return Open(false, at);
      case Mark::kSingleOpen:
        return Open(true, at);
      case Mark::kClose:
        return Close(false, at + width);
      case Mark::kSingleClose:
        return Close(true, at + width);
      case Mark::kToggle:
        return HasOpen(false) ? Close(false, at + width) : Open(false, at);
      case Mark::kSingleToggle:
        return HasOpen(true) ? Close(true, at + width) : Open(true, at);
    }
  }

  void Open(bool single, size_t at) { stack_.push_back({single, at}); }

  // Closes the innermost quotation of this kind and any opened inside it.
  void Close(bool single, size_t end) {
    if (!HasOpen(single)) return;  // a stray closing mark
    while (!stack_.empty()) {
      const OpenQuote q = stack_.back();
      stack_.pop_back();
      if (q.single == single) {
        if (stack_.empty()) spans_.push_back({base_ + q.begin, base_ + end});
        return;
      }
    }
  }

  void CloseAll(size_t end) {
    if (!stack_.empty()) spans_.push_back({base_ + stack_.front().begin, base_ + end});
    stack_.clear();
  }

  std::string_view text_;
  size_t base_;
  std::vector<OpenQuote> stack_;
  std::vector<ByteRange> spans_;
};

}  // namespace

std::vector<ByteRange> FindQuotations(std::string_view text, size_t base) {
  return QuoteScanner(text, base).Run();
}

}  // namespace wijzij
