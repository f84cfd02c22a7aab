#pragma once
// Word-break segments of UTF-8 text, exactly as ICU's word BreakIterator
// (locale nl) gives them, but faster: runs of ASCII are segmented with a
// byte-class table that implements the ASCII part of ICU's word rules, and
// only pieces holding a non-ASCII byte go through ICU itself.
//
//   WordSegmenter segments(text);
//   for (WordSegment s; segments.Next(&s);) if (s.word) Use(s.begin, s.end);
//
// Why this is exact: the text is cut into pieces after ASCII white space
// before an ASCII non-space byte. ICU always breaks there (no word rule joins
// a space, tab, CR or newline to a following non-space ASCII character, and
// no rule looks past white space), and its match after a break depends only
// on the text from the break on. A piece without non-ASCII bytes needs only
// the ASCII rules below (WB3, WB3d, WB5-WB13b); any other piece is given to
// ICU whole. tests/unit/word_segments_test.cc checks the result against ICU
// on every short string over the ASCII classes, on the example corpus and on
// random text; fuzz_tokenize checks it on every fuzz input.

#include <unicode/utext.h>

#include <cstddef>
#include <string_view>

namespace wijzij {

/// One segment between two word breaks. `word` and `number` follow ICU's
/// rule status: a word is status >= UBRK_WORD_NONE_LIMIT, a number a word
/// whose status is in [UBRK_WORD_NUMBER, UBRK_WORD_LETTER).
struct WordSegment {
  size_t begin = 0;
  size_t end = 0;
  bool word = false;
  bool number = false;
};

/// Which segmentation to use: the fast one, or ICU for everything (the
/// reference the fast one is tested against).
enum class SegmentEngine { kFast, kIcu };

/// Not thread-safe; one segmenter at a time may be running per thread (they
/// share the thread's ICU iterator).
class WordSegmenter {
 public:
  explicit WordSegmenter(std::string_view text, SegmentEngine engine = SegmentEngine::kFast);
  ~WordSegmenter();
  WordSegmenter(const WordSegmenter&) = delete;
  WordSegmenter& operator=(const WordSegmenter&) = delete;

  /// The next segment, offsets relative to `text`; false at the end.
  bool Next(WordSegment* segment);

 private:
  void StartPiece();
  void StartIcu();
  bool NextIcu(WordSegment* segment);
  WordSegment NextAscii();
  size_t WordEnd(size_t begin) const;

  std::string_view text_;
  SegmentEngine engine_;
  size_t pos_ = 0;        // where the next segment starts
  size_t piece_end_ = 0;  // end of the piece pos_ is in
  bool in_icu_ = false;   // ICU is segmenting [pos_, piece_end_)
  UText* piece_text_ = nullptr;  // reopened for every ICU piece
};

}  // namespace wijzij
