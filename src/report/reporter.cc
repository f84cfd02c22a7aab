#include "report/reporter.h"

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

const std::vector<std::string_view>& ReportFormats() {
  static const std::vector<std::string_view> kFormats = {
      "text", "json", "jsonl", "line", "github", "sarif", "html"};
  return kFormats;
}

std::string DescribeFormats() {
  return "text    the readable report (default): scheme, column, densities, findings, "
         "advice\n"
         "json    one JSON document for the run (schema in README.md)\n"
         "jsonl   one JSON object per document per line, for streams and batch jobs\n"
         "line    file:line:col: severity: message [category], one finding per line\n"
         "github  GitHub Actions workflow commands (::warning file=…,line=…,col=…::…)\n"
         "sarif   SARIF 2.1.0 for code-scanning dashboards\n"
         "html    one self-contained page: the text highlighted, charts, advice (-o FILE)\n";
}

std::unique_ptr<Reporter> MakeReporter(std::string_view format,
                                       const LexiconSet& lexicons, const Model& model,
                                       const ReportOptions& options, Output* output) {
  if (format == "text") return MakeTextReporter(lexicons, model, options, output);
  if (format == "json") return MakeJsonReporter(lexicons, model, options, output, false);
  if (format == "jsonl") return MakeJsonReporter(lexicons, model, options, output, true);
  if (format == "line") return MakeLineReporter(lexicons, model, options, output, false);
  if (format == "github") return MakeLineReporter(lexicons, model, options, output, true);
  if (format == "sarif") return MakeSarifReporter(lexicons, model, options, output);
  if (format == "html") return MakeHtmlReporter(lexicons, model, options, output);
  return nullptr;
}

}  // namespace wijzij
