#pragma once
// Reporters turn analysed documents into output. The core never formats
// output itself; every format implements this interface:
//
//   auto reporter = MakeReporter("json", lexicons, options, &output);
//   reporter->Begin();
//   reporter->Document(report);          // once per document, in input order
//
// Format() is const and may run on any thread, so a parallel run formats
// on its workers and only writes in order; Document() formats in order and
// writes in pieces of 64 KB, so a document with millions of findings never
// holds its whole report in memory.
//   reporter->InputError(path, message); // inputs that could not be analysed
//   reporter->End();

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis.h"
#include "language.h"
#include "lexicon.h"
#include "model.h"
#include "output.h"
#include "summary.h"

namespace wijzij {

/// Settings every reporter receives.
struct ReportOptions {
  Language language = Language::kDutch;
  bool color = false;
  bool show_suppressed = false;  ///< also list findings silenced by wijzij-disable
  Severity min_level = Severity::kSuggestion;  ///< --min-level: issues below are left out
  bool show_signals = false;  ///< --show-signals: signals in line, github and sarif too
};

/// `text` with line breaks as spaces: a phrase over a line break, or a
/// path with one, stays on the one line a finding is written on.
inline std::string OneLine(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

/// Whether a finding of `category` is listed: an issue at or above the
/// minimum level, a signal where the format shows signals.
inline bool Listed(const Category& category, const ReportOptions& options, bool signals) {
  return IsIssue(category.severity) ? category.severity >= options.min_level : signals;
}

/// One document's formatted output. Without an output it collects the whole
/// text; with one it passes the text on whenever 64 KB have gathered.
class ReportBuffer {
 public:
  explicit ReportBuffer(Output* output = nullptr) : output_(output) {}
  ReportBuffer& operator+=(std::string_view text);
  /// Passes what has gathered to the output, if there is one.
  void Flush();
  /// Nothing has been added yet.
  bool empty() const { return empty_; }
  std::string Take() { return std::move(text_); }

 private:
  static constexpr size_t kFlushBytes = 64 * 1024;
  Output* output_;
  std::string text_;
  bool empty_ = true;
};

class Reporter {
 public:
  explicit Reporter(Output* output) : output_(output) {}
  virtual ~Reporter() = default;
  virtual void Begin() {}
  /// The output for one document, whole; safe to call from several threads.
  std::string Format(const DocumentReport& report) const {
    ReportBuffer buffer;
    FormatTo(report, &buffer);
    return buffer.Take();
  }
  /// Writes a document formatted ahead by Format(), in input order.
  virtual void Write(std::string_view formatted) {
    BeginDocument();
    output_->Write(formatted);
    EndDocument();
  }
  /// Formats and writes one document, in input order, in pieces.
  void Document(const DocumentReport& report) {
    if (!Streams()) return Write(Format(report));
    BeginDocument();
    ReportBuffer buffer(output_);
    FormatTo(report, &buffer);
    buffer.Flush();
    EndDocument();
  }
  /// An input that could not be analysed; the message is also on stderr.
  virtual void InputError(const std::string& path, const std::string& message) {
    (void)path;
    (void)message;
  }
  /// Aggregate figures over the run (--summary), written before End().
  virtual void WriteSummary(const SummaryResult& summary) = 0;
  /// Whether the format always carries the run's figures, with or without
  /// --summary.
  virtual bool WantsSummary() const { return false; }
  virtual void End() {}

 protected:
  /// Appends one document's output; const, may run on any thread.
  virtual void FormatTo(const DocumentReport& report, ReportBuffer* out) const = 0;
  /// Separators written before and after each document.
  virtual void BeginDocument() {}
  virtual void EndDocument() {}
  /// False for formats whose separators depend on the whole formatted text.
  virtual bool Streams() const { return true; }

  Output* output_;
};

/// How sure a leaning is, in words: "sterk", "matig", "zwak", "geen".
std::string ConfidenceName(Confidence confidence, bool dutch);

enum class ReportFormat { kText, kJson, kJsonl, kCounts, kLine, kGithub, kSarif, kHtml };

/// A report format: its --format name and what it writes.
struct FormatInfo {
  ReportFormat format;
  std::string_view name;
  std::string_view description;
};

/// Every format, in the order --list-formats gives them.
const std::vector<FormatInfo>& ReportFormats();

/// The format called `name`, or nullopt.
std::optional<ReportFormat> FindReportFormat(std::string_view name);

/// One line per format, for --list-formats.
std::string DescribeFormats();

/// A reporter for `format`.
std::unique_ptr<Reporter> MakeReporter(ReportFormat format, const LexiconSet& lexicons,
                                       const Model& model, const ReportOptions& options,
                                       Output* output);

std::unique_ptr<Reporter> MakeTextReporter(const LexiconSet& lexicons, const Model& model,
                                           const ReportOptions& options, Output* output);
/// `github`: GitHub Actions workflow commands instead of file:line:col lines.
std::unique_ptr<Reporter> MakeLineReporter(const LexiconSet& lexicons, const Model& model,
                                           const ReportOptions& options, Output* output,
                                           bool github);
/// `html`: one self-contained page with the text highlighted and charts.
std::unique_ptr<Reporter> MakeHtmlReporter(const LexiconSet& lexicons, const Model& model,
                                           const ReportOptions& options, Output* output);
std::unique_ptr<Reporter> MakeSarifReporter(const LexiconSet& lexicons,
                                            const Model& model,
                                            const ReportOptions& options, Output* output);

/// How a JSON reporter writes: one document for the run, JSON Lines with
/// every finding, or JSON Lines of verdicts and counts only (for archives).
enum class JsonShape { kDocument, kLines, kCounts };

std::unique_ptr<Reporter> MakeJsonReporter(const LexiconSet& lexicons, const Model& model,
                                           const ReportOptions& options, Output* output,
                                           JsonShape shape);

}  // namespace wijzij
