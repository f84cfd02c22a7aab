#include "word_segments.h"

#include <unicode/brkiter.h>
#include <unicode/ubrk.h>

#include <array>
#include <memory>

#include "icu_util.h"

namespace wijzij {

namespace {

// One iterator per thread: creating one loads rules, and an iterator must
// not be shared between threads.
icu::BreakIterator& WordIterator() {
  thread_local const std::unique_ptr<icu::BreakIterator> kIterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createWordInstance(icu::Locale("nl"), status));
    CheckIcu(status, "createWordInstance");
    return it;
  }();
  return *kIterator;
}

// ASCII bytes by their Unicode Word_Break property as ICU's rules use it.
// ICU counts '@' as a letter and leaves ':' out of MidLetter, so no ASCII
// byte is MidLetter; '"' only matters after Hebrew letters. Tab is Other;
// \n, \v and \f break after themselves like Other does.
enum ByteClass : uint8_t {
  kOther,
  kLetter,      // ALetter: A-Z a-z @
  kDigit,       // Numeric
  kUnderscore,  // ExtendNumLet
  kMidNumLet,   // MidNumLet and Single_Quote: . '
  kMidNum,      // , ;
  kSpace,       // WSegSpace: only the space itself
  kCR,          // joins a following LF
  kWhite,       // tab, LF, VT, FF: white space for cutting pieces
  kHigh,        // a byte of a non-ASCII character
};

constexpr std::array<ByteClass, 256> kClasses = [] {
  std::array<ByteClass, 256> classes{};
  for (int c = 'a'; c <= 'z'; ++c) classes[c] = kLetter;
  for (int c = 'A'; c <= 'Z'; ++c) classes[c] = kLetter;
  for (int c = '0'; c <= '9'; ++c) classes[c] = kDigit;
  classes['@'] = kLetter;
  classes['_'] = kUnderscore;
  classes['.'] = classes['\''] = kMidNumLet;
  classes[','] = classes[';'] = kMidNum;
  classes[' '] = kSpace;
  classes['\r'] = kCR;
  classes['\t'] = classes['\n'] = classes['\v'] = classes['\f'] = kWhite;
  for (int c = 0x80; c < 0x100; ++c) classes[c] = kHigh;
  return classes;
}();

ByteClass ClassOf(char byte) { return kClasses[static_cast<unsigned char>(byte)]; }

bool IsWhite(ByteClass c) { return c == kSpace || c == kCR || c == kWhite; }

// Letters, digits and '_' join each other in any order (WB5, WB8-WB10,
// WB13a, WB13b).
bool IsWordPart(ByteClass c) { return c == kLetter || c == kDigit || c == kUnderscore; }

}  // namespace

WordSegmenter::WordSegmenter(std::string_view text, SegmentEngine engine)
    : text_(text), engine_(engine) {}

WordSegmenter::~WordSegmenter() {
  if (piece_text_) utext_close(piece_text_);
}

bool WordSegmenter::Next(WordSegment* segment) {
  for (;;) {
    if (in_icu_) {
      if (NextIcu(segment)) return true;
      in_icu_ = false;
      pos_ = piece_end_;
    }
    if (pos_ >= text_.size()) return false;
    if (pos_ < piece_end_) {
      *segment = NextAscii();
      return true;
    }
    StartPiece();
  }
}

// A piece is non-space bytes and the white space after them, continued as
// long as a non-ASCII byte follows the white space (a combining mark after a
// space belongs to the space). An ASCII piece is segmented here, any other
// piece by ICU.
void WordSegmenter::StartPiece() {
  if (engine_ == SegmentEngine::kIcu) {
    piece_end_ = text_.size();
    return StartIcu();
  }
  bool ascii = true;
  size_t p = pos_;
  for (;;) {
    while (p < text_.size() && !IsWhite(ClassOf(text_[p]))) {
      ascii = ascii && ClassOf(text_[p]) != kHigh;
      ++p;
    }
    while (p < text_.size() && IsWhite(ClassOf(text_[p]))) ++p;
    if (p == text_.size() || ClassOf(text_[p]) != kHigh) break;
    ascii = false;
  }
  piece_end_ = p;
  if (!ascii) StartIcu();
}

void WordSegmenter::StartIcu() {
  UErrorCode status = U_ZERO_ERROR;
  const std::string_view piece = text_.substr(pos_, piece_end_ - pos_);
  piece_text_ = utext_openUTF8(piece_text_, piece.data(),
                               static_cast<int64_t>(piece.size()), &status);
  CheckIcu(status, "utext_openUTF8");
  icu::BreakIterator& it = WordIterator();
  it.setText(piece_text_, status);
  CheckIcu(status, "BreakIterator::setText");
  it.first();
  in_icu_ = true;
}

bool WordSegmenter::NextIcu(WordSegment* segment) {
  icu::BreakIterator& it = WordIterator();
  const size_t piece_start = pos_;
  const int32_t begin = it.current();
  const int32_t end = it.next();
  if (end == icu::BreakIterator::DONE) return false;
  const int32_t rule = it.getRuleStatus();
  *segment = {piece_start + static_cast<size_t>(begin), piece_start + static_cast<size_t>(end),
              rule >= UBRK_WORD_NONE_LIMIT,
              rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_LETTER};
  return true;
}

// ICU's status for a word is decided by its last two characters: a word
// ending in a letter is a letter word, in a digit a number; a final '_'
// takes the kind of the character before it ('_' alone is no word at all).
WordSegment WordSegmenter::NextAscii() {
  WordSegment segment{pos_, pos_ + 1, false, false};
  const ByteClass first = ClassOf(text_[pos_]);
  if (first == kSpace) {  // WB3d
    while (segment.end < piece_end_ && ClassOf(text_[segment.end]) == kSpace) ++segment.end;
  } else if (first == kCR) {  // WB3
    if (segment.end < piece_end_ && text_[segment.end] == '\n') ++segment.end;
  } else if (IsWordPart(first)) {
    segment.end = WordEnd(pos_);
    ByteClass kind = ClassOf(text_[segment.end - 1]);
    if (kind == kUnderscore && segment.end - pos_ >= 2) {
      kind = ClassOf(text_[segment.end - 2]) == kDigit ? kDigit : kLetter;
    }
    segment.word = kind != kUnderscore;
    segment.number = kind == kDigit;
  }
  pos_ = segment.end;
  return segment;
}

// The end of the word starting at `begin`: word parts, and a mid character
// between two letters (WB6, WB7: "zo'n", "o.a") or two digits (WB11, WB12:
// "3,5", "1.000").
size_t WordSegmenter::WordEnd(size_t begin) const {
  size_t end = begin + 1;
  while (end < piece_end_) {
    const ByteClass c = ClassOf(text_[end]);
    if (IsWordPart(c)) {
      ++end;
      continue;
    }
    if ((c != kMidNumLet && c != kMidNum) || end + 1 >= piece_end_) break;
    const ByteClass before = ClassOf(text_[end - 1]);
    const ByteClass after = ClassOf(text_[end + 1]);
    const bool letters = c == kMidNumLet && before == kLetter && after == kLetter;
    const bool digits = before == kDigit && after == kDigit;
    if (!letters && !digits) break;
    end += 2;
  }
  return end;
}

}  // namespace wijzij
