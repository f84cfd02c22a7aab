// Fuzz target: any bytes through the encoding check and, when they are
// valid UTF-8, the tokenizer. Every token and sentence must lie inside the
// input, in order, and every token inside its sentence; the fast word
// segmentation must give exactly ICU's segments.

#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "source.h"
#include "tokenizer.h"
#include "word_segments.h"

namespace {

void SameSegmentsAsIcu(std::string_view text) {
  std::vector<wijzij::WordSegment> fast;
  wijzij::WordSegmenter fast_segments(text, wijzij::SegmentEngine::kFast);
  for (wijzij::WordSegment s; fast_segments.Next(&s);) fast.push_back(s);
  wijzij::WordSegmenter icu_segments(text, wijzij::SegmentEngine::kIcu);
  size_t i = 0;
  for (wijzij::WordSegment s; icu_segments.Next(&s); ++i) {
    if (i >= fast.size() || fast[i].begin != s.begin || fast[i].end != s.end ||
        fast[i].word != s.word || fast[i].number != s.number) {
      abort();
    }
  }
  if (i != fast.size()) abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const wijzij::EncodingCheck check = wijzij::CheckEncoding("fuzz", bytes);
  if (check.problem != wijzij::SourceProblem::kNone) return 0;
  SameSegmentsAsIcu(bytes.substr(check.text_start));
  const wijzij::TokenizedText text = wijzij::Tokenize(bytes, check.text_start);
  size_t previous_end = check.text_start;
  for (const wijzij::Token& token : text.tokens) {
    if (token.offset < check.text_start || token.offset + token.length > size) abort();
    if (token.offset < previous_end || token.length == 0) abort();
    if (token.sentence >= text.sentences.size() && !text.sentences.empty()) abort();
    previous_end = token.offset + token.length;
  }
  for (const wijzij::Sentence& s : text.sentences) {
    if (s.offset + s.length > size || s.first_token > s.end_token) abort();
    if (s.end_token > text.tokens.size()) abort();
  }
  for (const wijzij::Compound& c : text.compounds) {
    if (c.first >= c.last || c.last >= text.tokens.size()) abort();
  }
  return 0;
}
