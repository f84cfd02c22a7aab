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

#include "lexicon.h"
#include "matcher.h"
#include "model.h"
#include "reading.h"
#include "scoring.h"
#include "source.h"
#include "suppressions.h"
#include "token.h"
#include "text_position.h"

namespace wijzij {

/// One lexicon entry found in the text. Kept small (32 bytes): a large
/// document has millions, so the matched text and its context are ranges of
/// the document's bytes (DocumentReport::TextOf and ContextOf), not copies.
struct Finding {
  uint32_t offset = 0;    ///< byte offset in the original input (kMaxDocumentBytes)
  uint32_t length = 0;    ///< bytes
  uint32_t entry = 0;     ///< index into LexiconSet::entries
  uint32_t line = 1;
  uint32_t column = 1;    ///< in code points
  uint32_t sentence = 0;  ///< 0-based sentence index
  float weight = 1.0F;    ///< entry weight times the model's negated/quoted factors
  uint16_t category = 0;  ///< index into LexiconSet::categories (kMaxCategories)
  uint8_t context_before : 6 = 0;  ///< bytes of the sentence shown before (at most 53)
  bool negated : 1 = false;
  bool quoted : 1 = false;
  uint8_t context_after : 6 = 0;  ///< and after the finding
  bool context_cut_left : 1 = false;   ///< the sentence goes on before the context
  bool context_cut_right : 1 = false;  ///< and after it
};
static_assert(sizeof(Finding) == 32, "a finding is 32 bytes; millions are kept");

/// Count and density of one category in one document.
struct CategoryStat {
  uint32_t count = 0;
  double per_1000 = 0;  ///< findings per 1,000 words
};

/// Everything reported about one document.
struct DocumentReport {
  std::string path;
  uint32_t words = 0;  ///< word tokens, numbers not counted
  uint32_t sentences = 0;
  /// A quotation makes up most of the text: it is the text's own voice.
  bool mostly_quoted = false;
  std::vector<CategoryStat> categories;  ///< indexed like LexiconSet::categories
  SchemeResult scheme;
  ColumnResult column;
  ReadingResult reading;  ///< narratives, axis, themes, attention, intimidation
  Findings findings;    ///< in text order
  Findings suppressed;  ///< silenced by wijzij-disable markers (suppressions.h)
  std::vector<std::string> warnings;  ///< e.g. unknown categories in markers, with positions
  std::string id_json;      ///< JSON Lines input: the record's "id" as JSON, else empty
  std::string fields_json;  ///< JSON Lines input: its other fields as a JSON object
  /// The document's bytes, shared with its findings' text and context.
  std::shared_ptr<const std::string> bytes;
  InputFormat format = InputFormat::kText;  ///< how the bytes were read (markup.h)
  size_t text_start = 0;                    ///< past a byte-order mark

  /// The matched text as written in the input.
  std::string_view TextOf(const Finding& f) const;
  /// The surrounding sentence, shortened, on one line ("…" where cut).
  std::string ContextOf(const Finding& f) const;
  /// The line and column just after the finding's last character.
  TextPosition EndOf(const Finding& f) const;
};

class Analyzer {
 public:
  /// Documents are analysed in parts of about this many bytes (text_parts.h),
  /// so memory for tokens stays bounded; findings and scores are the same.
  static constexpr size_t kPartBytes = size_t{256} << 10;

  Analyzer(const LexiconSet& lexicons, const Model& model,
           size_t part_bytes = kPartBytes);

  /// Analyses valid UTF-8 (see source.h). The report keeps the bytes.
  DocumentReport Analyze(SourceText source) const;

  const LexiconSet& lexicons() const { return lexicons_; }
  const Model& model() const { return model_; }

 private:
  void WarnUnknownMarkers(const SuppressionSet& suppressions,
                          DocumentReport* report) const;
  /// Adds one part's words, sentences and findings; returns its quoted words.
  uint32_t AddPart(std::string_view analysed, const TokenizedText& text,
                   const SuppressionSet& suppressions, DocumentReport* report) const;
  /// Weights, densities, scheme and column, once every part is in.
  void Score(DocumentReport* report) const;

  const LexiconSet& lexicons_;
  const Model& model_;
  size_t part_bytes_;
  Matcher matcher_;
  std::vector<bool> group_;  ///< per category: names a group (wij/zij side)
};

}  // namespace wijzij
