#include "report/reporter.h"

#include <fmt/format.h>

#include <string>

namespace wijzij {

ReportBuffer& ReportBuffer::operator+=(std::string_view text) {
  empty_ = empty_ && text.empty();
  text_ += text;
  if (output_ && text_.size() >= kFlushBytes) Flush();
  return *this;
}

void ReportBuffer::Flush() {
  if (!output_) return;
  output_->Write(text_);
  text_.clear();
}

std::string ConfidenceName(Confidence confidence, bool dutch) {
  switch (confidence) {
    case Confidence::kHigh:
      return dutch ? "sterk" : "high";
    case Confidence::kMedium:
      return dutch ? "matig" : "medium";
    case Confidence::kLow:
      return dutch ? "zwak" : "low";
    case Confidence::kNone:
      break;
  }
  return dutch ? "geen" : "none";
}

const std::vector<FormatInfo>& ReportFormats() {
  static const std::vector<FormatInfo> kFormats = {
      {ReportFormat::kText, "text",
       "the readable report (default): scheme, column, densities, findings, advice"},
      {ReportFormat::kJson, "json", "one JSON document for the run (schema in README.md)"},
      {ReportFormat::kJsonl, "jsonl",
       "one JSON object per document per line, for streams and batch jobs"},
      {ReportFormat::kCounts, "counts",
       "jsonl without findings or advice: verdicts, reading dimensions, category counts"},
      {ReportFormat::kLine, "line",
       "file:line:col: severity: message [category], one finding per line"},
      {ReportFormat::kGithub, "github",
       "GitHub Actions workflow commands (::warning file=…,line=…,col=…::…)"},
      {ReportFormat::kSarif, "sarif", "SARIF 2.1.0 for code-scanning dashboards"},
      {ReportFormat::kHtml, "html",
       "one self-contained page: the text highlighted, charts, advice (-o FILE)"}};
  return kFormats;
}

std::optional<ReportFormat> FindReportFormat(std::string_view name) {
  for (const FormatInfo& f : ReportFormats())
    if (f.name == name) return f.format;
  return std::nullopt;
}

std::string DescribeFormats() {
  std::string out;
  for (const FormatInfo& f : ReportFormats())
    out += fmt::format("{:<7} {}\n", f.name, f.description);
  return out;
}

std::unique_ptr<Reporter> MakeReporter(ReportFormat format, const LexiconSet& lexicons,
                                       const Model& model, const ReportOptions& options,
                                       Output* output) {
  switch (format) {
    case ReportFormat::kText:
      return MakeTextReporter(lexicons, model, options, output);
    case ReportFormat::kJson:
      return MakeJsonReporter(lexicons, model, options, output, JsonShape::kDocument);
    case ReportFormat::kJsonl:
      return MakeJsonReporter(lexicons, model, options, output, JsonShape::kLines);
    case ReportFormat::kCounts:
      return MakeJsonReporter(lexicons, model, options, output, JsonShape::kCounts);
    case ReportFormat::kLine:
    case ReportFormat::kGithub:
      return MakeLineReporter(lexicons, model, options, output,
                              format == ReportFormat::kGithub);
    case ReportFormat::kSarif:
      return MakeSarifReporter(lexicons, model, options, output);
    case ReportFormat::kHtml:
      return MakeHtmlReporter(lexicons, model, options, output);
  }
  return nullptr;
}

}  // namespace wijzij
