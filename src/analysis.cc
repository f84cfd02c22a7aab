#include "analysis.h"

#include <fmt/format.h>

#include "negation.h"
#include "suppressions.h"
#include "text_position.h"
#include "tokenizer.h"

namespace wijzij {

namespace {

constexpr size_t kContextBytes = 50;  // of the sentence on each side of a finding

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Collapses white space so a context prints on one line.
std::string OneLine(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string Context(std::string_view bytes, const Sentence& sentence, size_t begin,
                    size_t end) {
  size_t from = sentence.offset, to = sentence.offset + sentence.length;
  const bool cut_left = begin > from + kContextBytes;
  const bool cut_right = end + kContextBytes < to;
  if (cut_left) from = begin - kContextBytes;
  if (cut_right) to = end + kContextBytes;
  while (from > sentence.offset && IsContinuation(bytes[from])) --from;
  while (to < sentence.offset + sentence.length && IsContinuation(bytes[to])) ++to;
  return (cut_left ? "…" : "") + OneLine(bytes.substr(from, to - from)) +
         (cut_right ? "…" : "");
}

// The position just after `text`, which starts at `start`.
TextPosition EndOf(std::string_view text, TextPosition start) {
  const TextPosition offset = PositionOf(text, text.size());
  if (offset.line == 1) return {start.line, start.column + offset.column - 1};
  return {start.line + offset.line - 1, offset.column};
}

}  // namespace

Analyzer::Analyzer(const LexiconSet& lexicons, const Model& model)
    : lexicons_(lexicons),
      model_(model),
      matcher_(lexicons),
      group_(lexicons.categories.size(), false) {
  auto mark = [this](const std::vector<uint32_t>& categories) {
    for (uint32_t c : categories) {
      if (c < group_.size()) group_[c] = true;
    }
  };
  mark(model.wij_markers);
  mark(model.zij_markers);
  for (const SchemeModel& scheme : model.schemes) {
    mark(scheme.wij);
    mark(scheme.zij);
  }
}

DocumentReport Analyzer::Analyze(const SourceText& source) const {
  const std::string_view bytes = source.bytes;
  const SuppressionSet suppressions = FindSuppressions(bytes, source.text_start);
  // Marker lines are blanked, not removed, so offsets stay those of the input.
  const std::string masked = suppressions.marker_lines.empty()
                                 ? std::string()
                                 : WithoutMarkers(bytes, suppressions);
  const std::string_view analysed = masked.empty() ? bytes : std::string_view(masked);
  ProseText prose;
  if (source.format == InputFormat::kMarkdown)
    prose = ExtractMarkdown(analysed, source.text_start);
  if (source.format == InputFormat::kHtml)
    prose = ExtractHtml(analysed, source.text_start);
  const bool markup = source.format != InputFormat::kText;
  const TokenizedText text =
      Tokenize(analysed, source.text_start, markup ? &prose : nullptr);
  const NegationScope negation(analysed, text);
  DocumentReport report;
  report.path = source.path;
  for (const MarkerName& name : suppressions.names) {
    if (lexicons_.FindCategory(name.category) < 0) {
      report.warnings.push_back(
          fmt::format("{}:{}:{}: warning: unknown category '{}' in a wijzij marker",
                      source.path, name.line, name.column, name.category));
    }
  }
  report.sentences = static_cast<uint32_t>(text.sentences.size());
  uint32_t quoted_words = 0;
  for (const Token& token : text.tokens) {
    report.words += token.number ? 0 : 1;
    quoted_words += token.quoted && !token.number ? 1 : 0;
  }
  report.mostly_quoted =
      report.words > 0 && quoted_words >= model_.weights.quoted_majority * report.words;
  const bool discount_quotes = !report.mostly_quoted;
  report.categories.resize(lexicons_.categories.size());
  for (const Match& m : matcher_.FindAll(text)) {
    const Entry& entry = lexicons_.entries[m.entry];
    const Token& first = text.tokens[m.first_token];
    const Token& last = text.tokens[m.last_token];
    Finding f;
    f.category = entry.category;
    f.entry = m.entry;
    f.offset = first.offset;
    f.length = last.offset + last.length - first.offset;
    f.text = std::string(bytes.substr(f.offset, f.length));
    f.line = first.line;
    f.column = first.column;
    const TextPosition end = EndOf(f.text, {f.line, f.column});
    f.end_line = end.line;
    f.end_column = end.column;
    f.sentence = first.sentence;
    f.negated = negation.IsNegated(m.first_token, m.last_token, group_[entry.category]);
    f.quoted = first.quoted;
    // The speaker is not saying a negated or quoted word of their own accord.
    f.weight = entry.weight * (f.negated ? model_.weights.negated : 1) *
               (f.quoted && discount_quotes ? model_.weights.quoted : 1);
    if (f.sentence < text.sentences.size()) {
      f.context =
          Context(bytes, text.sentences[f.sentence], f.offset, f.offset + f.length);
    }
    if (suppressions.Covers(f.line, lexicons_.categories[f.category].id)) {
      report.suppressed.push_back(std::move(f));
      continue;
    }
    ++report.categories[f.category].count;
    report.findings.push_back(std::move(f));
  }
  for (CategoryStat& stat : report.categories) {
    stat.per_1000 = report.words ? 1000.0 * stat.count / report.words : 0;
  }
  report.scheme =
      ScoreSchemes(model_, report.findings, report.words, report.mostly_quoted);
  report.column = ScoreColumns(model_, report.findings);
  return report;
}

}  // namespace wijzij
