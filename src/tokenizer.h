#pragma once
// Word tokens, hyphenated compounds and sentences of one text, each with its
// position in the original input, segmented as ICU's word BreakIterator
// (locale nl) segments the UTF-8 bytes (word_segments.h: ASCII runs by a
// table that gives ICU's result, everything else by ICU itself).
//
//   TokenizedText t = Tokenize(source.bytes, source.text_start);
//   for (const Token& token : t.tokens) Use(token.folded, token.line);
//
// Dutch specifics: zo'n and baby's are one token; 's avonds gives "'s" and
// "avonds"; wij-zij gives the parts "wij" and "zij" plus the compound
// "wij-zij"; abbreviations do not end sentences (see sentence_splitter.h);
// tokens inside quotation marks are marked (see quotes.h).

#include <string_view>

#include "markup.h"
#include "text_position.h"
#include "token.h"
#include "word_segments.h"

namespace wijzij {

/// Tokenizes `bytes` from `text_start` on (past a byte-order mark); offsets
/// stay offsets in `bytes`. `bytes` must be valid UTF-8. With `prose` (the
/// prose of a Markdown or HTML document, markup.h), the prose is tokenized
/// and every offset, line and column is still one of `bytes`. `engine` picks
/// the word segmentation (word_segments.h); both give the same tokens.
TokenizedText Tokenize(std::string_view bytes, size_t text_start = 0,
                       const ProseText* prose = nullptr,
                       SegmentEngine engine = SegmentEngine::kFast);

/// Tokenizes one part of a larger text (text_parts.h): the bytes `part` of
/// `bytes`, or of the prose with `prose`. `cursor` walks `bytes` and is
/// shared by the parts in order, so lines and columns run on across parts.
/// Sentence indices start at 0 in every part.
TokenizedText TokenizePart(std::string_view bytes, ByteRange part, const ProseText* prose,
                           PositionCursor* cursor,
                           SegmentEngine engine = SegmentEngine::kFast);

/// Compact serialisation for tests and debugging: "[De][baby's][huilen]".
std::string SerializeTokens(std::string_view bytes, const TokenizedText& text);

}  // namespace wijzij
