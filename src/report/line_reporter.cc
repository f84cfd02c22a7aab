// A verdict line per document, then one finding per line, for editors,
// errorformat and reviewdog:
//
//   verklaring.txt:1:1: warning: wij-zij-schema orde_vs_relschoppers (sterk);
//   kolom bruggenbouwer; stem bestuur. De tekst leunt … [verdict]
//
//   file:line:col: severity: "matched text" category label [negated] → alternative
//   [category]
//
//   verklaring.txt:5:6: warning: "idioten" Moraliserend [moraliserend]
//
// Only issues at or above --min-level are listed (suggestion, warning,
// error); signals, which explain scores and are never a problem, only with
// --show-signals (as info).
//
// and, with --format github, GitHub Actions workflow commands:
//
//   ::warning file=verklaring.txt,line=5,col=6,endLine=5,endColumn=13,title=wijzij
//   moraliserend::"idioten" …
//
// Inputs that could not be read are reported the same way, as errors at
// line 1. Labels and alternatives follow --lang.

#include <fmt/format.h>

#include "advice.h"
#include "report/reporter.h"

namespace wijzij {

namespace {

// GitHub workflow commands need %, CR and LF escaped in messages, and also
// : and , in properties.
std::string GithubEscape(std::string_view text, bool property) {
  std::string out;
  for (char c : text) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else if (property && c == ':')
      out += "%3A";
    else if (property && c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

class LineReporter : public Reporter {
 public:
  LineReporter(const LexiconSet& lexicons, const Model& model,
               const ReportOptions& options, Output* output, bool github)
      : Reporter(output),
        lexicons_(lexicons),
        model_(model),
        dutch_(options.language == Language::kDutch),
        options_(options),
        github_(github) {}

  void InputError(const std::string& path, const std::string& message) override {
    output_->Write(github_ ? fmt::format("::error file={},line=1::{}\n",
                                         GithubEscape(path, true),
                                         GithubEscape(message, false))
                           : fmt::format("{}:1:1: error: {}\n", OneLine(path), OneLine(message)));
  }

  void WriteSummary(const SummaryResult&) override {}

 protected:
  void FormatTo(const DocumentReport& report, ReportBuffer* out) const override {
    *out += github_ ? GithubVerdict(report) : LineVerdict(report);
    PositionReader positions = report.Positions();
    for (const Finding& f : report.findings) {
      if (!Listed(lexicons_.CategoryOfEntry(f.entry), options_, options_.show_signals)) continue;
      const TextPosition at = positions.At(f.offset);
      *out += github_ ? Github(report, f, at) : Line(report, f, at);
    }
    // Silenced findings, for checking the markers; never as annotations.
    if (github_ || !options_.show_suppressed) return;
    PositionReader suppressed_positions = report.Positions();
    for (const Finding& f : report.suppressed) {
      if (!Listed(lexicons_.CategoryOfEntry(f.entry), options_, options_.show_signals)) continue;
      *out += Line(report, f, suppressed_positions.At(f.offset),
                   dutch_ ? " [onderdrukt]" : " [suppressed]");
    }
  }

 private:
  std::string Message(const DocumentReport& r, const Finding& f) const {
    const Category& c = lexicons_.CategoryOfEntry(f.entry);
    std::string text = fmt::format("\"{}\" {}", r.TextOf(f), dutch_ ? c.label_nl : c.label_en);
    if (f.negated) text += dutch_ ? " [ontkend]" : " [negated]";
    if (f.quoted) text += dutch_ ? " [geciteerd]" : " [quoted]";
    const std::string alternative = Alternative(model_, r.CategoryOf(f), dutch_);
    if (!alternative.empty()) text += " → " + alternative;
    return text;
  }

  std::string Line(const DocumentReport& r, const Finding& f, TextPosition at,
                   std::string_view mark = "") const {
    const Category& c = lexicons_.CategoryOfEntry(f.entry);
    return fmt::format("{}:{}:{}: {}: {} [{}]{}\n", OneLine(r.path), at.line, at.column,
                       SeverityName(c.severity), OneLine(Message(r, f)), c.id, mark);
  }

  // The document's verdict first, at line 1, column 1.
  std::string LineVerdict(const DocumentReport& r) const {
    return fmt::format("{}:1:1: {}: {} [verdict]\n", OneLine(r.path),
                       SeverityName(VerdictLevel(r, model_)), Verdict(r, model_, dutch_));
  }

  // A file-level annotation: no line, so GitHub shows it on the file.
  std::string GithubVerdict(const DocumentReport& r) const {
    const Severity level = VerdictLevel(r, model_);
    return fmt::format("::{} file={},title={}::{}\n", GithubCommand(level),
                       GithubEscape(r.path, true), GithubEscape("wijzij verdict", true),
                       GithubEscape(Verdict(r, model_, dutch_), false));
  }

  static const char* GithubCommand(Severity level) {
    return level == Severity::kError     ? "error"
           : level == Severity::kWarning ? "warning"
                                         : "notice";
  }

  std::string Github(const DocumentReport& r, const Finding& f, TextPosition at) const {
    const Category& c = lexicons_.CategoryOfEntry(f.entry);
    const char* command = GithubCommand(c.severity);
    const TextPosition end = r.EndOf(f, at);
    return fmt::format(
        "::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n", command,
        GithubEscape(r.path, true), at.line, at.column, end.line, end.column,
        GithubEscape("wijzij " + c.id, true), GithubEscape(Message(r, f), false));
  }

  const LexiconSet& lexicons_;
  const Model& model_;
  bool dutch_;
  ReportOptions options_;
  bool github_;
};

}  // namespace

std::unique_ptr<Reporter> MakeLineReporter(const LexiconSet& lexicons, const Model& model,
                                           const ReportOptions& options, Output* output,
                                           bool github) {
  return std::make_unique<LineReporter>(lexicons, model, options, output, github);
}

}  // namespace wijzij
