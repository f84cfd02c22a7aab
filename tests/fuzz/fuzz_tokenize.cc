// Fuzz target: any bytes through the encoding check and, when they are
// valid UTF-8, the tokenizer. Every token and sentence must lie inside the
// input, in order, and every token inside its sentence.

#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "source.h"
#include "tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const wijzij::EncodingCheck check = wijzij::CheckEncoding("fuzz", bytes);
  if (check.problem != wijzij::SourceProblem::kNone) return 0;
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
