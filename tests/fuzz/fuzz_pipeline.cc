// Fuzz target: any bytes through the whole pipeline (shipped lexicons and
// model) to the JSON report, which must parse back as JSON, and to the HTML
// report, where no text of the input may become a tag.

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "analysis.h"
#include "report/reporter.h"
#include "shipped.h"
#include "text_position.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const wijzij::Analyzer& analyzer = wijzij::fuzz::ShippedAnalyzer();
  wijzij::SourceText source;
  source.path = "fuzz";
  source.bytes.assign(reinterpret_cast<const char*>(data), size);
  const wijzij::EncodingCheck check = wijzij::CheckEncoding("fuzz", source.bytes);
  if (check.problem != wijzij::SourceProblem::kNone) return 0;
  source.text_start = check.text_start;
  const wijzij::DocumentReport report = analyzer.Analyze(source);
  wijzij::Output output(stdout);
  auto json = wijzij::MakeReporter(wijzij::ReportFormat::kJson, analyzer.lexicons(), analyzer.model(),
                                   {wijzij::Language::kDutch, false}, &output);
  auto text = wijzij::MakeReporter(wijzij::ReportFormat::kText, analyzer.lexicons(), analyzer.model(),
                                   {wijzij::Language::kEnglish, true}, &output);
  auto html = wijzij::MakeReporter(wijzij::ReportFormat::kHtml, analyzer.lexicons(), analyzer.model(),
                                   {wijzij::Language::kDutch, false}, &output);
  text->Format(report);
  if (html->Format(report).find("<script") != std::string::npos) abort();
  const std::string formatted = json->Format(report);
  if (nlohmann::json::parse(formatted, nullptr, false).is_discarded()) abort();
  // Positions read from the report's marks equal a count from the start.
  wijzij::PositionReader positions = report.Positions();
  for (const wijzij::Finding& f : report.findings) {
    if (f.offset + report.LengthOf(f) > size) abort();
    const wijzij::TextPosition at = positions.At(f.offset);
    const wijzij::TextPosition counted =
        wijzij::PositionOf(*report.bytes, f.offset, report.text_start);
    if (at.line != counted.line || at.column != counted.column) abort();
  }
  return 0;
}
