#pragma once
// Analysing one document: tokenize, match the lexicons, decide negation and
// quotation for every finding, count densities and score the scheme and
// column. The Analyzer is built once and is safe to share between threads.
//
//   Analyzer analyzer(lexicons);
//   DocumentReport report = analyzer.Analyze(source);

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "finding.h"
#include "lexicon.h"
#include "matcher.h"
#include "model.h"
#include "reading.h"
#include "scoring.h"
#include "source.h"
#include "suppressions.h"
#include "tally.h"
#include "token.h"
#include "text_position.h"

namespace wijzij {

class StreamedFile;

/// Everything reported about one document.
struct DocumentReport {
  std::string path;
  uint32_t words = 0;  ///< word tokens, numbers not counted
  uint32_t sentences = 0;
  /// A quotation makes up most of the text: it is the text's own voice.
  bool mostly_quoted = false;
  /// Its voice relays others (a news report): schemes and columns weigh its
  /// findings by [weights] relayed_scheme and relayed.
  bool relays = false;
  std::vector<CategoryStat> categories;  ///< indexed like LexiconSet::categories
  SchemeResult scheme;
  ColumnResult column;
  std::vector<DimensionResult> dimensions;  ///< indexed like Model::dimensions
  /// What scoring reads of the findings: counts and weights by category.
  Tally tally;
  Findings findings;    ///< in text order; empty when the analyzer keeps none
  Findings suppressed;  ///< silenced by wijzij-disable markers (suppressions.h)
  uint32_t suppressed_count = 0;  ///< kept or not
  std::vector<std::string> warnings;  ///< e.g. unknown categories in markers, with positions
  /// The lexicon set it was analysed with, which outlives every report.
  const LexiconSet* lexicons = nullptr;
  /// The model's factors for a negated and a quoted finding.
  Discounts discounts;
  /// The lengths of findings of Finding::kLongLength bytes or more, by
  /// offset and entry.
  std::vector<LongLength> long_lengths;
  std::string id_json;      ///< JSON Lines input: the record's "id" as JSON, else empty
  std::string fields_json;  ///< JSON Lines input: its other fields as a JSON object
  /// The document's bytes, shared with its findings' text and context;
  /// dropped after the analysis in a -f counts run (analyze_run.cc).
  std::shared_ptr<const std::string> bytes;
  InputFormat format = InputFormat::kText;  ///< how the bytes were read (markup.h)
  HtmlScope html_scope = HtmlScope::kMainContent;  ///< and how much of a page
  size_t text_start = 0;                    ///< past a byte-order mark
  /// Known positions at least every kPositionMarkBytes through the text, in
  /// offset order, so StartOf counts columns over a few KB, never a whole
  /// line (a file with no newline has one line).
  std::vector<PositionMark> position_marks;

  /// Findings not suppressed, whether kept or not.
  size_t FindingCount() const;
  /// The category of a finding (an index into LexiconSet::categories).
  uint32_t CategoryOf(const Finding& f) const { return lexicons->entries[f.entry].category; }
  /// Its entry weight times the model's factors for negated and, unless
  /// the text is mostly quotation, quoted findings: what it counts for.
  float WeightOf(const Finding& f) const;
  /// Its length in bytes.
  uint32_t LengthOf(const Finding& f) const;
  /// The matched text as written in the input.
  std::string_view TextOf(const Finding& f) const;
  /// The surrounding sentence, shortened, on one line ("…" where cut).
  std::string ContextOf(const Finding& f) const;
  /// Lines and columns of findings; fastest for findings in text order.
  PositionReader Positions() const { return {*bytes, position_marks}; }
  /// The line and column of the finding's first character (one-off).
  TextPosition StartOf(const Finding& f) const { return Positions().At(f.offset); }
  /// The line and column just after the finding's last character, which
  /// starts at `start`.
  TextPosition EndOf(const Finding& f, TextPosition start) const;
};

class Analyzer {
 public:
  /// Documents are analysed in parts of about this many bytes (text_parts.h),
  /// so memory for tokens stays bounded; findings and scores are the same.
  static constexpr size_t kPartBytes = size_t{16} << 10;

  /// Without `keep_findings`, reports hold the verdicts, counts and tally
  /// but no findings (-f counts): memory does not grow with the findings.
  Analyzer(const LexiconSet& lexicons, const Model& model,
           size_t part_bytes = kPartBytes, bool keep_findings = true);

  /// Analyses valid UTF-8 (see source.h). The report keeps the bytes; a
  /// voice in `source.voice` is taken as given.
  DocumentReport Analyze(SourceText source) const;
  /// Analyses a plain-text file that StreamedFile::Open took, reading it a
  /// window at a time: the same report as Analyze gives for its bytes, but
  /// without them. False, with `error`, when the file changed meanwhile.
  bool AnalyzeStreamed(StreamedFile* file, const std::string& path, const std::string& voice,
                       DocumentReport* report, std::string* error) const;

  const LexiconSet& lexicons() const { return lexicons_; }
  const Model& model() const { return model_; }

 private:
  void WarnUnknownMarkers(const SuppressionSet& suppressions,
                          DocumentReport* report) const;
  /// Bytes read beyond two parts before deciding where a part ends.
  static constexpr size_t kReadAhead = size_t{64} << 10;

  /// An empty report for the document at `path`, its text starting there.
  DocumentReport NewReport(const std::string& path, size_t text_start) const;
  /// Adds one part's words, sentences and findings; returns its quoted words.
  /// `bytes` are the input's, `analysed` the same with marker lines blanked.
  uint32_t AddPart(std::string_view bytes, std::string_view analysed,
                   const TokenizedText& text, const SuppressionSet& suppressions,
                   DocumentReport* report) const;
  /// Once every part is in: whether it is mostly quotation, and the scores.
  void Finish(uint32_t quoted_words, const std::string& given_voice,
              DocumentReport* report) const;
  /// Weights, densities, scheme and column, once every part is in; a
  /// non-empty `given_voice` is the voice class whatever the words say.
  void Score(const std::string& given_voice, DocumentReport* report) const;
  /// The class the text was read as (its voice) that says `flag` (relays,
  /// stance), or null.
  const ClassModel* SelectedWith(const DocumentReport& report, bool ClassModel::*flag) const;
  /// False when the text's voice relays others and names judging words
  /// (ClassModel::adopts) of which the text holds none.
  bool AdoptsFrame(const DocumentReport& report) const;
  /// Who takes a stance in a scored text: its voice, else its scheme.
  Stance StanceOf(const DocumentReport& report) const;

  const LexiconSet& lexicons_;
  const Model& model_;
  size_t part_bytes_;
  bool keep_findings_;
  TallyRules tally_rules_;
  Matcher matcher_;
};

}  // namespace wijzij
