#include "report/reporter.h"

namespace wijzij {

const std::vector<std::string_view>& ReportFormats() {
  static const std::vector<std::string_view> kFormats = {"text", "json", "jsonl"};
  return kFormats;
}

std::unique_ptr<Reporter> MakeReporter(std::string_view format,
                                       const LexiconSet& lexicons, const Model& model,
                                       const ReportOptions& options, Output* output) {
  if (format == "text") return MakeTextReporter(lexicons, model, options, output);
  if (format == "json") return MakeJsonReporter(lexicons, model, options, output, false);
  if (format == "jsonl") return MakeJsonReporter(lexicons, model, options, output, true);
  return nullptr;
}

}  // namespace wijzij
