#pragma once
// Value types produced by the tokenizer. Every offset is a byte offset in the
// original input (including any byte-order mark), every line and column is
// 1-based, columns counted in code points.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace wijzij {

/// A half-open byte range [begin, end) in the original input.
struct ByteRange {
  size_t begin = 0;
  size_t end = 0;
};

/// A quotation of at most this many words is a scare quote, not speech.
inline constexpr uint32_t kScareQuoteWords = 3;

/// One word or number as ICU's word BreakIterator (locale nl) finds it, with
/// Dutch clitics ('s, 't, 'n, 'k, 'm) joined to their apostrophe.
struct Token {
  size_t offset = 0;  ///< first byte in the original input
  size_t length = 0;  ///< bytes in the original input
  uint32_t line = 1;
  uint32_t column = 1;
  uint32_t sentence = 0;      ///< index into TokenizedText::sentences
  std::string folded;         ///< FoldForMatching() of the token's text
  bool quoted = false;        ///< inside a quotation
  bool scare_quoted = false;  ///< inside a quotation of kScareQuoteWords words or fewer
  bool number = false;        ///< ICU classed it as a number
  bool clause_start = false;  ///< first word of a sentence or after , : ; ( ) or a dash
  /// Part of a news dateline: words in capitals that open a line and stand
  /// before a dash ("AMSTERDAM - ", "DEN HAAG (ANP) – ").
  bool dateline = false;
};

/// Hyphenated words (wij-zij, ex-burgemeester): the parts are ordinary
/// tokens, and the whole is offered to the matcher too.
struct Compound {
  uint32_t first = 0;  ///< index of the first part token
  uint32_t last = 0;   ///< index of the last part token
  std::string folded;  ///< the parts' folded forms joined with '-'
};

/// A sentence, trimmed of surrounding white space.
struct Sentence {
  size_t offset = 0;
  size_t length = 0;
  uint32_t line = 1;
  uint32_t column = 1;
  uint32_t first_token = 0;  ///< first token of the sentence
  uint32_t end_token = 0;    ///< one past its last token
  char final_mark = 0;       ///< '!' or '?' when the sentence ends in one, else 0
};

/// Everything the tokenizer knows about one text.
struct TokenizedText {
  std::vector<Token> tokens;
  std::vector<Compound> compounds;
  std::vector<Sentence> sentences;  ///< only sentences with at least one token
};

}  // namespace wijzij
