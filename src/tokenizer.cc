#include "tokenizer.h"

#include <algorithm>

#include "fold.h"
#include "quotes.h"
#include "sentence_splitter.h"
#include "text_position.h"
#include "word_segments.h"

namespace wijzij {

namespace {

bool IsApostrophe(std::string_view text) {
  return text == "'" || text == "\xE2\x80\x99" || text == "\xE2\x80\x98";
}

bool IsHyphen(std::string_view text) {
  return text == "-" || text == "\xE2\x80\x90" || text == "\xE2\x80\x91";
}

bool IsCliticLetter(std::string_view word) {
  return word == "s" || word == "t" || word == "n" || word == "k" || word == "m";
}

class TokenBuilder {
 public:
  TokenBuilder(std::string_view bytes, size_t base)
      : text_(bytes.substr(base)), base_(base) {}

  // Word segments become tokens when they are words or numbers; the others
  // are kept only as far as the Dutch rules below need them (the two before
  // a word).
  void Build(SegmentEngine engine, TokenizedText* out) {
    WordSegmenter segments(text_, engine);
    for (WordSegment segment; segments.Next(&segment);) {
      if (segment.word) AddToken(segment, out);
      before_previous_ = previous_;
      previous_ = segment;
    }
  }

 private:
  std::string_view Text(const WordSegment& s) const {
    return text_.substr(s.begin, s.end - s.begin);
  }

  // 's, 't, 'n: an apostrophe after a non-word, before a one-letter word.
  bool HasCliticApostrophe(const WordSegment& segment) const {
    if (!IsCliticLetter(Text(segment)) || !IsApostrophe(Text(previous_))) return false;
    return previous_.begin == 0 || !before_previous_.word;
  }

  // wij-zij: this word directly follows a hyphen that directly follows a word.
  bool ContinuesCompound() const {
    return before_previous_.word && before_previous_.end == previous_.begin &&
           IsHyphen(Text(previous_)) && previous_.end > previous_.begin;
  }

  void AddToken(WordSegment segment, TokenizedText* out) {
    const bool compound = ContinuesCompound();
    if (HasCliticApostrophe(segment)) segment.begin = previous_.begin;
    Token token;
    token.offset = base_ + segment.begin;
    token.length = segment.end - segment.begin;
    token.folded = FoldForMatching(Text(segment));
    token.number = segment.number;
    out->tokens.push_back(std::move(token));
    const auto index = static_cast<uint32_t>(out->tokens.size() - 1);
    if (compound && index > 0) ExtendCompound(index, out);
  }

  void ExtendCompound(uint32_t index, TokenizedText* out) {
    const Token& part = out->tokens[index];
    if (out->compounds.empty() || out->compounds.back().last != index - 1) {
      out->compounds.push_back({index - 1, index - 1, out->tokens[index - 1].folded});
    }
    Compound& compound = out->compounds.back();
    compound.last = index;
    compound.folded += '-';
    compound.folded += part.folded;
  }

  std::string_view text_;
  size_t base_;
  WordSegment previous_, before_previous_;
};

// Marks the tokens inside a quotation, and those inside a short one: a
// quotation of a few words is a word held at a distance ('wappies', 'de
// dictatuur'), a longer one is someone's speech.
// Two passes over the tokens: the first counts the words of each quotation.
void MarkQuoted(const std::vector<ByteRange>& quotes, std::vector<Token>* tokens) {
  if (quotes.empty()) return;
  // The quotation a token stands in, or quotes.size(); `q` only moves on.
  const auto quote_of = [&](size_t offset, size_t* q) {
    while (*q < quotes.size() && quotes[*q].end <= offset) ++*q;
    return *q < quotes.size() && quotes[*q].begin <= offset ? *q : quotes.size();
  };
  std::vector<uint32_t> words_in(quotes.size(), 0);
  size_t q = 0;
  for (Token& token : *tokens) {
    const size_t quote = quote_of(token.offset, &q);
    token.quoted = quote < quotes.size();
    if (token.quoted) ++words_in[quote];
  }
  q = 0;
  for (Token& token : *tokens) {
    const size_t quote = quote_of(token.offset, &q);
    token.scare_quoted = quote < quotes.size() && words_in[quote] <= kScareQuoteWords;
  }
}

// The capitals of a dateline word ("WESTERVOORT", "H'VELD-G'DAM"), or 0 when
// it holds a lower-case letter or none at all; letters outside ASCII count
// as neither.
size_t CapitalsOf(std::string_view word) {
  size_t capitals = 0;
  for (char c : word) {
    if (c >= 'a' && c <= 'z') return 0;
    if (c >= 'A' && c <= 'Z') ++capitals;
  }
  return capitals;
}

// What follows a dateline's last word: a dash and a space, after the
// closing bracket of an agency ("DEN HAAG (ANP) - ").
bool IsDatelineEnd(std::string_view after) {
  size_t pos = after.find_first_not_of(" \t");
  if (pos != std::string_view::npos && after[pos] == ')')
    pos = after.find_first_not_of(" \t", pos + 1);
  if (pos == std::string_view::npos) return false;
  after.remove_prefix(pos);
  for (std::string_view dash : {"-", "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\xA2"}) {
    if (after.starts_with(dash)) {
      after.remove_prefix(dash.size());
      return !after.empty() && (after.front() == ' ' || after.front() == '\t');
    }
  }
  return false;
}

// A regional weekly writes its place bare: "ELBURG Tijdens de raad …". One
// word of at least four capitals, one space, then a capitalised word in
// lower case ("LET OP Vanaf" is two words; "EU Het" too short).
bool IsBarePlace(size_t capitals, std::string_view after, std::string_view next_word) {
  return capitals >= 4 && after == " " && next_word.size() > 1 && next_word[0] >= 'A' &&
         next_word[0] <= 'Z' && std::any_of(next_word.begin(), next_word.end(), [](char c) {
           return c >= 'a' && c <= 'z';
         });
}

// Only spaces and tabs.
bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t") == std::string_view::npos;
}

// A news report opens with where it was written: "NIJMEGEN - Wethouders …".
// Up to four words in capitals at the start of a line, joined by spaces,
// apostrophes or hyphens, an agency in brackets among them, with a dash
// or a bullet after them; or one such word bare before a capitalised word.
// One pass: each gap between tokens is read once to see whether the next
// token opens a line.
void MarkDatelines(std::string_view bytes, ByteRange range, std::vector<Token>* tokens) {
  constexpr size_t kMaxWords = 4;
  const bool part_opens_line = range.begin == 0 || bytes[range.begin - 1] == '\n';
  size_t previous_end = range.begin;
  for (size_t t = 0; t < tokens->size(); ++t) {
    const Token& first = (*tokens)[t];
    const std::string_view gap = bytes.substr(previous_end, first.offset - previous_end);
    previous_end = first.offset + first.length;
    const size_t newline = gap.rfind('\n');
    const bool opens_line = newline != std::string_view::npos
                                ? IsBlank(gap.substr(newline + 1))
                                : t == 0 && part_opens_line && IsBlank(gap);
    if (!opens_line) continue;
    size_t capitals = 0;  // "EU - " or "NB - " opens a line too; a place has three
    for (size_t last = t; last < tokens->size() && last - t < kMaxWords; ++last) {
      const Token& word = (*tokens)[last];
      const size_t word_capitals = CapitalsOf(bytes.substr(word.offset, word.length));
      if (word_capitals == 0) break;
      capitals += word_capitals;
      const size_t end = word.offset + word.length;
      const size_t next = last + 1 < tokens->size() ? (*tokens)[last + 1].offset : range.end;
      const std::string_view after = bytes.substr(end, next - end);
      if (capitals >= 3 && IsDatelineEnd(after)) {
        for (size_t d = t; d <= last; ++d) (*tokens)[d].dateline = true;
        break;
      }
      if (last == t && last + 1 < tokens->size()) {
        const Token& following = (*tokens)[last + 1];
        if (IsBarePlace(capitals, after, bytes.substr(following.offset, following.length))) {
          (*tokens)[t].dateline = true;
          break;
        }
      }
      if (after != " " && after != "'" && after != "-" && after != " (") break;
    }
  }
}

// Imperatives often follow a comma: "Houd afstand, was je handen".
bool IsClauseMark(std::string_view between) {
  for (const char* mark :
       {":", ";", ",", "(", ")", " - ", "\xE2\x80\x93", "\xE2\x80\x94"}) {
    if (between.find(mark) != std::string_view::npos) return true;
  }
  return false;
}

// '!' or '?' ending a sentence, looking past closing quotes and brackets.
char FinalMark(std::string_view sentence) {
  while (!sentence.empty()) {
    const char last = sentence.back();
    if (last == '!' || last == '?') return last;
    if (last == '"' || last == '\'' || last == ')' || last == ' ') {
      sentence.remove_suffix(1);
    } else if (sentence.ends_with("\xE2\x80\x9D") || sentence.ends_with("\xE2\x80\x99")) {
      sentence.remove_suffix(3);
    } else if (sentence.ends_with("\xC2\xBB")) {
      sentence.remove_suffix(2);
    } else {
      return 0;
    }
  }
  return 0;
}

void AssignSentences(std::string_view bytes, const std::vector<ByteRange>& ranges,
                     TokenizedText* out) {
  size_t t = 0;
  for (const ByteRange& range : ranges) {
    Sentence sentence;
    sentence.offset = range.begin;
    sentence.length = range.end - range.begin;
    sentence.first_token = static_cast<uint32_t>(t);
    while (t < out->tokens.size() && out->tokens[t].offset < range.end) {
      Token& token = out->tokens[t];
      token.sentence = static_cast<uint32_t>(out->sentences.size());
      const size_t previous_end =
          t == sentence.first_token
              ? range.begin
              : out->tokens[t - 1].offset + out->tokens[t - 1].length;
      token.clause_start =
          t == sentence.first_token ||
          IsClauseMark(bytes.substr(previous_end, token.offset - previous_end));
      ++t;
    }
    sentence.end_token = static_cast<uint32_t>(t);
    sentence.final_mark = FinalMark(bytes.substr(range.begin, range.end - range.begin));
    if (sentence.end_token > sentence.first_token) out->sentences.push_back(sentence);
  }
}

void AssignPositions(PositionCursor* cursor, TokenizedText* out) {
  // Tokens and sentences are each in offset order; walk them merged.
  size_t s = 0;
  for (Token& token : out->tokens) {
    while (s < out->sentences.size() && out->sentences[s].offset <= token.offset) {
      const TextPosition p = cursor->Advance(out->sentences[s].offset);
      out->sentences[s].line = p.line;
      out->sentences[s].column = p.column;
      ++s;
    }
    const TextPosition p = cursor->Advance(token.offset);
    token.line = p.line;
    token.column = p.column;
  }
}

}  // namespace

namespace {

// Moves every offset from the prose into the original document. A span's end
// is one past the original byte of its last prose byte. HTML parsing can move
// text out of source order (misnested tables); a span whose end would come
// before its start then covers just its first original byte.
void MapToOriginal(std::string_view original, const ProseText& prose,
                   TokenizedText* out) {
  auto map = [&](size_t* offset, size_t* length) {
    const size_t begin = prose.origin[*offset];
    const size_t end = *length == 0 ? begin : prose.origin[*offset + *length - 1] + 1;
    *offset = std::min(begin, original.size());
    *length = end > *offset ? std::min(end, original.size()) - *offset
                            : std::min<size_t>(1, original.size() - *offset);
  };
  for (Token& token : out->tokens) map(&token.offset, &token.length);
  for (Sentence& sentence : out->sentences) map(&sentence.offset, &sentence.length);
}

}  // namespace

TokenizedText Tokenize(std::string_view bytes, size_t text_start,
                       const ProseText* prose, SegmentEngine engine) {
  const size_t analysed_size = prose ? prose->prose.size() : bytes.size();
  PositionCursor cursor(bytes, text_start);
  return TokenizePart(bytes, {prose ? 0 : text_start, analysed_size}, prose, &cursor,
                      engine);
}

TokenizedText TokenizePart(std::string_view bytes, ByteRange part, const ProseText* prose,
                           PositionCursor* cursor, SegmentEngine engine) {
  TokenizedText out;
  // Markup: the prose is tokenized, then every offset moves to the original.
  const std::string_view analysed =
      (prose ? std::string_view(prose->prose) : bytes).substr(0, part.end);
  TokenBuilder(analysed, part.begin).Build(engine, &out);
  const std::string_view text = analysed.substr(part.begin);
  MarkQuoted(FindQuotations(text, part.begin), &out.tokens);
  AssignSentences(analysed, SplitSentences(text, part.begin), &out);
  MarkDatelines(analysed, part, &out.tokens);
  if (prose) MapToOriginal(bytes, *prose, &out);
  AssignPositions(cursor, &out);
  return out;
}

std::string SerializeTokens(std::string_view bytes, const TokenizedText& text) {
  std::string out;
  for (const Token& token : text.tokens) {
    out += '[';
    out += bytes.substr(token.offset, token.length);
    out += ']';
  }
  return out;
}

}  // namespace wijzij
