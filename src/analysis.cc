#include "analysis.h"

#include <fmt/format.h>

#include <algorithm>

#include "negation.h"
#include "readable_context.h"
#include "streamed_file.h"
#include "text_parts.h"
#include "text_position.h"
#include "tokenizer.h"

namespace wijzij {

namespace {

constexpr size_t kContextBytes = 50;  // of the sentence on each side of a finding

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Long findings' lengths in the order LengthOf searches them.
bool ByPlace(const LongLength& a, const LongLength& b) {
  return a.offset != b.offset ? a.offset < b.offset : a.entry < b.entry;
}

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

// Sets how much of the sentence around a finding its context shows: up to
// kContextBytes on each side, widened to whole characters.
void SetContext(std::string_view bytes, const Sentence& sentence, size_t length, Finding* f) {
  const size_t begin = f->offset, end = f->offset + length;
  size_t from = sentence.offset, to = sentence.offset + sentence.length;
  f->context_cut_left = begin > from + kContextBytes;
  f->context_cut_right = end + kContextBytes < to;
  if (f->context_cut_left) from = begin - kContextBytes;
  if (f->context_cut_right) to = end + kContextBytes;
  while (from > sentence.offset && IsContinuation(bytes[from])) --from;
  while (to < sentence.offset + sentence.length && IsContinuation(bytes[to])) ++to;
  // At most kContextBytes plus a partial character: fits in 6 bits.
  f->context_before = static_cast<uint32_t>((begin > from ? begin - from : 0) & 0x3F);
  f->context_after = static_cast<uint32_t>((to > end ? to - end : 0) & 0x3F);
}

}  // namespace

Analyzer::Analyzer(const LexiconSet& lexicons, const Model& model, size_t part_bytes,
                   bool keep_findings)
    : lexicons_(lexicons),
      model_(model),
      part_bytes_(part_bytes),
      keep_findings_(keep_findings),
      tally_rules_(model, lexicons.categories.size()),
      matcher_(lexicons) {}

size_t DocumentReport::FindingCount() const {
  size_t count = 0;
  for (const CategoryStat& stat : categories) count += stat.count;
  return count;
}

// The speaker is not saying a negated or quoted word of their own accord;
// quotations count fully when they make up most of the text, or when the
// category says quoting is the point (a report that quotes a threat).
float DocumentReport::WeightOf(const Finding& f) const {
  const Entry& entry = lexicons->entries[f.entry];
  return FindingWeights(discounts, entry.weight, f.negated, f.quoted,
                        lexicons->categories[entry.category].quotation_discounts)
      [mostly_quoted];
}

uint32_t DocumentReport::LengthOf(const Finding& f) const {
  if (f.length < Finding::kLongLength) return f.length;
  const LongLength key{f.offset, f.entry, 0};
  const auto it = std::lower_bound(long_lengths.begin(), long_lengths.end(), key, ByPlace);
  return it != long_lengths.end() && it->offset == f.offset && it->entry == f.entry
             ? it->length
             : f.length;
}

std::string_view DocumentReport::TextOf(const Finding& f) const {
  return std::string_view(*bytes).substr(f.offset, LengthOf(f));
}

namespace {

// `text` without a partial UTF-8 sequence at either end: a context cut in
// the original bytes of a marked-up file can fall inside a character.
std::string_view WholeCharacters(std::string_view text) {
  auto continuation = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; };
  while (!text.empty() && continuation(text.front())) text.remove_prefix(1);
  size_t tail = 0;
  while (tail < 3 && tail < text.size() && continuation(text[text.size() - 1 - tail])) ++tail;
  if (tail < text.size()) {
    const auto lead = static_cast<unsigned char>(text[text.size() - 1 - tail]);
    const size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (length > tail + 1) text.remove_suffix(tail + 1);
  }
  return text;
}

}  // namespace

std::string DocumentReport::ContextOf(const Finding& f) const {
  const std::string_view context = WholeCharacters(std::string_view(*bytes).substr(
      f.offset - f.context_before, f.context_before + LengthOf(f) + f.context_after));
  // Plain text is shown as written: no copy through ReadableContext per finding.
  const std::string line = format == InputFormat::kMarkdown || format == InputFormat::kHtml
                               ? OneLine(ReadableContext(context, format))
                               : OneLine(context);
  return (f.context_cut_left ? "…" : "") + line + (f.context_cut_right ? "…" : "");
}

TextPosition DocumentReport::EndOf(const Finding& f, TextPosition start) const {
  const std::string_view text = TextOf(f);
  const TextPosition offset = PositionOf(text, text.size());
  if (offset.line == 1) return {start.line, start.column + offset.column - 1};
  return {start.line + offset.line - 1, offset.column};
}

DocumentReport Analyzer::NewReport(const std::string& path, size_t text_start) const {
  DocumentReport report;
  report.path = path;
  report.text_start = text_start;
  report.position_marks.push_back({static_cast<uint32_t>(text_start), {}});
  report.categories.resize(lexicons_.categories.size());
  report.tally = Tally(tally_rules_);
  report.lexicons = &lexicons_;
  report.discounts = {model_.weights.negated, model_.weights.quoted};
  return report;
}

void Analyzer::Finish(uint32_t quoted_words, const std::string& given_voice,
                      DocumentReport* report) const {
  report->tally.Finish();
  std::sort(report->long_lengths.begin(), report->long_lengths.end(), ByPlace);
  report->mostly_quoted =
      report->words > 0 && quoted_words >= model_.weights.quoted_majority * report->words;
  Score(given_voice, report);
}

DocumentReport Analyzer::Analyze(SourceText source) const {
  DocumentReport report = NewReport(source.path, source.text_start);
  report.bytes = std::make_shared<const std::string>(std::move(source.bytes));
  report.format = source.format;
  report.html_scope = source.html_scope;
  const std::string_view bytes = *report.bytes;
  const SuppressionSet suppressions = FindSuppressions(bytes, source.text_start);
  WarnUnknownMarkers(suppressions, &report);
  // Marker lines are blanked, not removed, so offsets stay those of the input.
  const std::string masked = suppressions.marker_lines.empty()
                                 ? std::string()
                                 : WithoutMarkers(bytes, suppressions);
  const std::string_view analysed = masked.empty() ? bytes : std::string_view(masked);
  ProseText prose;
  if (source.format == InputFormat::kMarkdown)
    prose = ExtractMarkdown(analysed, source.text_start);
  if (source.format == InputFormat::kParagraphs)
    prose = ExtractParagraphs(analysed, source.text_start);
  if (source.format == InputFormat::kHtml)
    prose = ExtractHtml(analysed, source.text_start, 0, source.html_scope);
  const ProseText* markup = source.format == InputFormat::kText ? nullptr : &prose;
  const std::string_view parted = markup ? std::string_view(prose.prose) : analysed;
  PositionCursor cursor(analysed, source.text_start);
  uint32_t quoted_words = 0;
  for (const ByteRange& part :
       SplitIntoParts(parted, markup ? 0 : source.text_start, part_bytes_)) {
    const TokenizedText text = TokenizePart(analysed, part, markup, &cursor);
    quoted_words += AddPart(bytes, analysed, text, suppressions, &report);
  }
  Finish(quoted_words, source.voice, &report);
  return report;
}

bool Analyzer::AnalyzeStreamed(StreamedFile* file, const std::string& path,
                               const std::string& voice, DocumentReport* report,
                               std::string* error) const {
  *report = NewReport(path, file->text_start());
  const std::string_view bytes = file->View();
  const SuppressionSet none;  // a file with a marker is not streamed
  PositionCursor cursor(bytes, file->text_start());
  uint32_t quoted_words = 0;
  for (size_t begin = file->text_start(), end = 0; end < bytes.size(); begin = end) {
    // Read far enough to decide where this part ends (text_parts.h).
    for (size_t ahead = 2 * part_bytes_ + kReadAhead;; ahead *= 2) {
      if (!file->ReadTo(begin + ahead, error)) return false;
      end = NextPartEnd(bytes.substr(0, std::min(bytes.size(), begin + ahead)), bytes.size(),
                        begin, part_bytes_);
      if (end != std::string_view::npos) break;
    }
    const TokenizedText text = TokenizePart(bytes, {begin, end}, nullptr, &cursor);
    quoted_words += AddPart(bytes, bytes, text, none, report);
    // The next part reads back one byte and its cursor from the last token.
    file->Drop(begin);
  }
  Finish(quoted_words, voice, report);
  return true;
}

void Analyzer::WarnUnknownMarkers(const SuppressionSet& suppressions,
                                  DocumentReport* report) const {
  for (const MarkerName& name : suppressions.names) {
    if (lexicons_.FindCategory(name.category) >= 0) continue;
    report->warnings.push_back(
        fmt::format("{}:{}:{}: warning: unknown category '{}' in a wijzij marker",
                    report->path, name.line, name.column, name.category));
  }
}

uint32_t Analyzer::AddPart(std::string_view bytes, std::string_view analysed,
                           const TokenizedText& text, const SuppressionSet& suppressions,
                           DocumentReport* report) const {
  const NegationScope negation(analysed, text);
  const uint32_t first_sentence = report->sentences;
  report->sentences += static_cast<uint32_t>(text.sentences.size());
  uint32_t quoted_words = 0;
  for (const Token& token : text.tokens) {
    report->words += token.number ? 0 : 1;
    quoted_words += token.quoted && !token.number ? 1 : 0;
    // Every token's position is known here; keeping one every few KB lets
    // StartOf find any finding's line and column without counting far.
    if (token.offset >= report->position_marks.back().offset + kPositionMarkBytes)
      report->position_marks.push_back(
          {static_cast<uint32_t>(token.offset), {token.line, token.column}});
  }
  for (const Match& m : matcher_.FindAll(text)) {
    const Entry& entry = lexicons_.entries[m.entry];
    const Token& first = text.tokens[m.first_token];
    const Token& last = text.tokens[m.last_token];
    Finding f;
    f.entry = m.entry & Finding::kMaxEntry;  // LoadLexicons refuses more entries
    f.offset = static_cast<uint32_t>(first.offset);
    const auto length = static_cast<uint32_t>(last.offset + last.length - first.offset);
    f.length = std::min(length, Finding::kLongLength) & Finding::kLongLength;
    f.sentence = first_sentence + first.sentence;
    f.negated = lexicons_.categories[entry.category].negation_discounts &&
                negation.IsNegated(m.first_token);
    // Putting a word in scare quotes is the writer's own act: such an entry
    // counts as the writer's words.
    f.quoted = first.quoted && !entry.Has(ConditionKind::kScareQuote);
    // Only a kept finding is ever shown with its context.
    if (keep_findings_ && first.sentence < text.sentences.size())
      SetContext(bytes, text.sentences[first.sentence], length, &f);
    const Category& category = lexicons_.categories[entry.category];
    if (keep_findings_ && length >= Finding::kLongLength)
      report->long_lengths.push_back({f.offset, m.entry, length});
    if (suppressions.Covers(first.line, category.id)) {
      ++report->suppressed_count;
      if (keep_findings_) report->suppressed.push_back(f);
      continue;
    }
    report->tally.Add(tally_rules_, f, entry.category,
                      FindingWeights(report->discounts, entry.weight, f.negated, f.quoted,
                                     category.quotation_discounts));
    if (keep_findings_) report->findings.push_back(f);
  }
  return quoted_words;
}

// The first class the document was read as (its voice) that says `flag`.
const ClassModel* Analyzer::SelectedWith(const DocumentReport& report,
                                         bool ClassModel::*flag) const {
  for (size_t d = 0; d < model_.dimensions.size() && d < report.dimensions.size(); ++d) {
    for (const ClassScore& s : report.dimensions[d].selected) {
      const ClassModel* c = model_.FindClass(s.id);
      if (c && c->*flag) return c;
    }
  }
  return nullptr;
}

void Analyzer::Score(const std::string& given_voice, DocumentReport* report) const {
  // The tally counted each category's findings as they were found.
  for (uint32_t c = 0; c < report->categories.size(); ++c) {
    CategoryStat& stat = report->categories[c];
    stat.count = report->tally.Of(c).findings;
    stat.per_1000 = report->words ? 1000.0 * stat.count / report->words : 0;
  }
  // The reading dimensions read the text as it is; when its voice relays
  // others (a news report), its words count less for scheme and column.
  report->dimensions =
      ScoreDimensions(model_, report->tally, report->words, report->mostly_quoted);
  // A voice the user gives decides, as a read one would, how much relayed
  // words count and whether the text takes a stand.
  if (!given_voice.empty()) GiveClass(model_, kVoiceDimension, given_voice, &report->dimensions);
  report->relays = SelectedWith(*report, &ClassModel::relays) != nullptr;
  report->scheme = ScoreSchemes(model_, report->tally, report->words, report->mostly_quoted,
                                report->relays, AdoptsFrame(*report));
  FollowScheme(model_, report->scheme.id, &report->dimensions);
  report->column = ScoreColumns(model_, report->tally, report->words, report->mostly_quoted,
                                report->relays, StanceOf(*report));
}

bool Analyzer::AdoptsFrame(const DocumentReport& report) const {
  const ClassModel* voice = SelectedWith(report, &ClassModel::relays);
  if (!voice || voice->adopts.empty()) return true;
  // The judging word may be the relayed speaker's: a report that lets a
  // minister condemn at length carries the minister's frame.
  return std::any_of(voice->adopts.items().begin(), voice->adopts.items().end(),
                     [&](const Evidence& e) { return report.tally.Of(e.category).affirmed > 0; });
}

Stance Analyzer::StanceOf(const DocumentReport& report) const {
  if (SelectedWith(report, &ClassModel::stance)) return Stance::kVoice;
  // A relaying voice whose text still leans into a scheme adopted the frame.
  const SchemeModel* scheme = model_.FindScheme(report.scheme.id);
  if (scheme && scheme->stance) return Stance::kScheme;
  return Stance::kNone;
}

}  // namespace wijzij
