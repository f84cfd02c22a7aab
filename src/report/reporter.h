#pragma once
// Reporters turn analysed documents into output. The core never formats
// output itself; every format implements this interface:
//
//   auto reporter = MakeReporter("json", lexicons, options, &output);
//   reporter->Begin();
//   reporter->Document(report);          // once per document, in input order
//
// Document() is Write(Format(report)): Format() is const and may run on any
// thread, so a parallel run formats on its workers and only writes in order.
//   reporter->InputError(path, message); // inputs that could not be analysed
//   reporter->End();

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analysis.h"
#include "lexicon.h"
#include "model.h"
#include "output.h"
#include "summary.h"

namespace wijzij {

enum class Language { kDutch, kEnglish };

/// Settings every reporter receives.
struct ReportOptions {
  Language language = Language::kDutch;
  bool color = false;
  bool show_suppressed = false;  ///< also list findings silenced by wijzij-disable
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void Begin() {}
  /// The output for one document; safe to call from several threads.
  virtual std::string Format(const DocumentReport& report) const = 0;
  /// Writes formatted documents, in input order.
  virtual void Write(const std::string& formatted) = 0;
  void Document(const DocumentReport& report) { Write(Format(report)); }
  /// An input that could not be analysed; the message is also on stderr.
  virtual void InputError(const std::string& path, const std::string& message) {
    (void)path;
    (void)message;
  }
  /// Aggregate figures over the run (--summary), written before End().
  virtual void WriteSummary(const SummaryResult& summary) = 0;
  virtual void End() {}
};

/// The names --format accepts.
const std::vector<std::string_view>& ReportFormats();

/// One line per format, for --list-formats.
std::string DescribeFormats();

/// A reporter for `format` (one of ReportFormats()), or nullptr.
std::unique_ptr<Reporter> MakeReporter(std::string_view format,
                                       const LexiconSet& lexicons, const Model& model,
                                       const ReportOptions& options, Output* output);

std::unique_ptr<Reporter> MakeTextReporter(const LexiconSet& lexicons, const Model& model,
                                           const ReportOptions& options, Output* output);
/// `github`: GitHub Actions workflow commands instead of file:line:col lines.
std::unique_ptr<Reporter> MakeLineReporter(const LexiconSet& lexicons, const Model& model,
                                           const ReportOptions& options, Output* output,
                                           bool github);
std::unique_ptr<Reporter> MakeSarifReporter(const LexiconSet& lexicons,
                                            const Model& model,
                                            const ReportOptions& options, Output* output);

/// `lines`: JSON Lines, one document object (or error object) per line.
std::unique_ptr<Reporter> MakeJsonReporter(const LexiconSet& lexicons, const Model& model,
                                           const ReportOptions& options, Output* output,
                                           bool lines);

}  // namespace wijzij
