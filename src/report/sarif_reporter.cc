// SARIF 2.1.0 for code-scanning dashboards. One run; the fields written:
//
//   {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
//    "runs": [{
//      "tool": {"driver": {"name": "wijzij", "version": "…",
//               "informationUri": "file:///usr/local/share/doc/wijzij/README.md",
//               "rules": [{"id": "<category>", "name": "<Label_en without spaces>",
//                          "shortDescription": {"text": label_en},
//                          "fullDescription": {"text": description_en},
//                          "help": {"text": description_nl + what to do},
//                          "defaultConfiguration": {"level": "note|warning|error"},
//                          "properties": {"label_nl": …, "label_en": …}}]}},
//      "results": [{"ruleId": "verdict", "level": "…", "message": {"text": verdict},
//                   "locations": [{"physicalLocation": {"artifactLocation": {…},
//                       "region": {"startLine": 1, "byteOffset", "byteLength"}}}],
//                   "properties": {"scheme", "scheme_confidence", "column", …}},
//                  (one per document, first, after a rule "verdict" that
//                  follows the category rules)
//                  {"ruleId": "<category>", "ruleIndex": N, "level": "…",
//                   "message": {"text": "\"idioten\" Moraliserend …"},
//                   "locations": [{"physicalLocation": {
//                       "artifactLocation": {"uri": "<path>"},  (file:///… when absolute)
//                       "region": {"startLine", "startColumn", "endLine", "endColumn",
//                                  "byteOffset", "byteLength"}}}],
//                   "properties": {"negated", "quoted", "entry", "scheme",
//                                  "scheme_confidence", "column", "alternative",
//                                  "<dimension id>": ["<class id>", …]}}],
//                   (the document's classes of every reading dimension that
//                   has any: "narratives": ["ongehoorde_burger"])
//      "invocations": [{"executionSuccessful": true|false,
//                       "toolExecutionNotifications": [{"level": "error",
//                          "message": {"text": …}, "locations": [{…uri…}]}]}],
//      "columnKind": "unicodeCodePoints",
//      "properties": {"documents": N, "errors": N, "schemes": {"<id>": N, …},
//                     "columns": {"<id>": N, …}, "flagged": N}}]}
//
// Columns count code points, which SARIF calls "unicodeCodePoints". Results
// are written as documents are analysed; the rules come first.

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "advice.h"
#include "report/reporter.h"
#include "version.h"

namespace wijzij {

namespace {

using json = nlohmann::ordered_json;

std::string Dump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

const char* Level(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kSuggestion:
    case Severity::kInfo:
      return "note";
  }
  return "note";
}

// An artifact URI: an absolute path as a file:// URI, a relative one as a
// relative reference. Every byte outside the unreserved set and "/" is
// percent-encoded, so spaces, "#", ":" (a JSON Lines record's "file:12")
// and UTF-8 names stay one valid reference.
std::string ArtifactUri(const std::string& path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out = !path.empty() && path[0] == '/' ? "file://" : "";
  for (unsigned char c : path) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                      (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
                      c == '~' || c == '/';
    if (keep) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

// SARIF rule names are PascalCase identifiers: "Elite versus people" ->
// "EliteVersusPeople".
std::string RuleName(const std::string& label) {
  std::string out;
  bool upper = true;
  for (char c : label) {
    const bool alnum =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alnum) {
      upper = true;
      continue;
    }
    out += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
    upper = false;
  }
  return out;
}

class SarifReporter : public Reporter {
 public:
  SarifReporter(const LexiconSet& lexicons, const Model& model,
                const ReportOptions& options, Output* output)
      : Reporter(output),
        lexicons_(lexicons),
        model_(model),
        dutch_(options.language == Language::kDutch),
        options_(options) {}

  void Begin() override {
    json driver = {{"name", "wijzij"},
                   {"version", WIJZIJ_VERSION},
                   {"informationUri", WIJZIJ_README_URI},
                   {"rules", Rules()}};
    output_->Write(
        fmt::format("{{\"$schema\":\"https://json.schemastore.org/"
                    "sarif-2.1.0.json\",\"version\":\"2.1.0\","
                    "\"runs\":[{{\"tool\":{{\"driver\":{}}},\"columnKind\":"
                    "\"unicodeCodePoints\",\"results\":[",
                    Dump(driver)));
  }

  // Every document writes its verdict, so the separator always goes first.
  void Write(std::string_view formatted) override {
    if (formatted.empty()) return;
    if (!first_) output_->Write(",");
    first_ = false;
    output_->Write(formatted);
  }

  void InputError(const std::string& path, const std::string& message) override {
    notifications_.push_back(
        {{"level", "error"},
         {"message", {{"text", message}}},
         {"locations",
          {{{"physicalLocation", {{"artifactLocation", {{"uri", ArtifactUri(path)}}}}}}}}});
  }

  // The run's verdicts in figures, for a dashboard's overview: documents,
  // unreadable inputs, and documents per scheme and per column.
  void WriteSummary(const SummaryResult& summary) override {
    json schemes = json::object(), columns = json::object();
    for (const auto& [id, count] : summary.schemes) schemes[id] = count;
    for (const auto& [id, count] : summary.columns) columns[id] = count;
    run_properties_ = {{"documents", summary.documents},
                       {"errors", summary.errors},
                       {"schemes", schemes},
                       {"columns", columns},
                       {"flagged", summary.flagged}};
  }
  bool WantsSummary() const override { return true; }

 protected:
  void FormatTo(const DocumentReport& report, ReportBuffer* out) const override {
    *out += Dump(VerdictResult(report));
    PositionReader positions = report.Positions();
    for (const Finding& f : report.findings) {
      if (!Listed(lexicons_.CategoryOfEntry(f.entry), options_, options_.show_signals)) continue;
      *out += ",";
      *out += Dump(Result(report, f, positions.At(f.offset)));
    }
    // Silenced findings as suppressed results, so a viewer can show them
    // dismissed: the marker in the text is an in-source suppression.
    if (!options_.show_suppressed) return;
    PositionReader suppressed_positions = report.Positions();
    for (const Finding& f : report.suppressed) {
      if (!Listed(lexicons_.CategoryOfEntry(f.entry), options_, options_.show_signals)) continue;
      json result = Result(report, f, suppressed_positions.At(f.offset));
      result["suppressions"] = json::array({{{"kind", "inSource"},
                                             {"justification", "wijzij-disable marker"}}});
      *out += ",";
      *out += Dump(result);
    }
  }
  bool Streams() const override { return false; }

  void End() override {
    json invocation = {{"executionSuccessful", notifications_.empty()},
                       {"toolExecutionNotifications", notifications_}};
    output_->Write(fmt::format("],\"invocations\":[{}],\"properties\":{}}}]}}\n",
                               Dump(invocation), Dump(run_properties_)));
  }

 private:
  json Rules() const {
    json rules = json::array();
    for (const Category& c : lexicons_.categories) {
      std::string help = c.description_nl;
      for (const RowModel& row : model_.rows) {
        if (row.left.Has(static_cast<uint32_t>(&c - lexicons_.categories.data()))) {
          help += " " + Pick(dutch_, row.advice_nl, row.advice_en);
        }
      }
      rules.push_back(
          {{"id", c.id},
           {"name", RuleName(c.label_en)},
           {"shortDescription", {{"text", c.label_en}}},
           {"fullDescription", {{"text", c.description_en}}},
           {"help", {{"text", help}}},
           {"defaultConfiguration", {{"level", Level(c.severity)}}},
           {"properties", {{"label_nl", c.label_nl}, {"label_en", c.label_en}}}});
    }
    rules.push_back(
        {{"id", kVerdictRule},
         {"name", "DocumentVerdict"},
         {"shortDescription", {{"text", "The document's verdict"}}},
         {"fullDescription",
          {{"text",
            "Wij-zij scheme and confidence, column, reading dimensions and the first "
            "advice for the whole document."}}},
         {"help", {{"text", dutch_ ? "Het oordeel over de hele tekst: schema, kolom, "
                                     "leesdimensies en het eerste advies."
                                   : "The verdict on the whole text: scheme, column, "
                                     "reading dimensions and the first advice."}}},
         {"defaultConfiguration", {{"level", "note"}}}});
    return rules;
  }

  // One result per document, over the whole text, so a dashboard shows the
  // verdict even when no word is flagged.
  json VerdictResult(const DocumentReport& r) const {
    const Severity level = VerdictLevel(r, model_);
    json properties = {{"scheme", r.scheme.id},
                       {"scheme_confidence", ConfidenceId(r.scheme.confidence)},
                       {"column", r.column.id}};
    AddDimensions(r, &properties);
    json result = {{"ruleId", kVerdictRule},
                   {"ruleIndex", lexicons_.categories.size()},
                   {"level", Level(level)},
                   {"message", {{"text", Verdict(r, model_, dutch_)}}},
                   {"locations",
                    {{{"physicalLocation",
                       {{"artifactLocation", {{"uri", ArtifactUri(r.path)}}},
                        {"region", WholeText(r)}}}}}},
                   {"properties", properties}};
    if (!IsIssue(level)) {
      result["kind"] = "informational";
      result["level"] = "none";
    }
    return result;
  }

  // The region of the whole text, past a byte-order mark.
  // Not in bytes for a Word or OpenDocument file: its offsets are those of
  // the extracted text, not of the archive a viewer would open.
  static json WholeText(const DocumentReport& r) {
    const size_t size = r.bytes ? r.bytes->size() - r.text_start : 0;
    if (r.format == InputFormat::kParagraphs) return {{"startLine", 1}};
    return {{"startLine", 1}, {"byteOffset", r.text_start}, {"byteLength", size}};
  }

  void AddDimensions(const DocumentReport& r, json* properties) const {
    for (size_t d = 0; d < model_.dimensions.size() && d < r.dimensions.size(); ++d) {
      if (r.dimensions[d].selected.empty()) continue;
      json classes = json::array();
      for (const ClassScore& s : r.dimensions[d].selected) classes.push_back(s.id);
      (*properties)[model_.dimensions[d].id] = std::move(classes);
    }
  }

  json Result(const DocumentReport& r, const Finding& f, TextPosition at) const {
    const Entry& entry = lexicons_.entries[f.entry];
    const Category& c = lexicons_.categories[entry.category];
    json properties = {{"negated", f.negated},
                       {"quoted", f.quoted},
                       {"entry", fmt::format("{}:{}", c.file, entry.line)},
                       {"scheme", r.scheme.id},
                       {"scheme_confidence", ConfidenceId(r.scheme.confidence)},
                       {"column", r.column.id}};
    const std::string alternative = Alternative(model_, entry.category, dutch_);
    if (!alternative.empty()) properties["alternative"] = alternative;
    AddDimensions(r, &properties);
    const TextPosition end = r.EndOf(f, at);
    json region = {{"startLine", at.line},
                   {"startColumn", at.column},
                   {"endLine", end.line},
                   {"endColumn", end.column}};
    if (r.format != InputFormat::kParagraphs) {
      region["byteOffset"] = f.offset;
      region["byteLength"] = r.LengthOf(f);
    }
    json result = {
        {"ruleId", c.id},
        {"ruleIndex", entry.category},
        {"level", Level(c.severity)},
        {"message",
         {{"text", fmt::format("\"{}\" {}", r.TextOf(f), dutch_ ? c.label_nl : c.label_en)}}},
        {"locations",
         {{{"physicalLocation",
            {{"artifactLocation", {{"uri", ArtifactUri(r.path)}}}, {"region", region}}}}}},
        {"properties", properties}};
    // A signal explains a score; SARIF calls that an informational result.
    if (!IsIssue(c.severity)) {
      result["kind"] = "informational";
      result["level"] = "none";
    }
    return result;
  }

  static constexpr const char* kVerdictRule = "verdict";

  const LexiconSet& lexicons_;
  const Model& model_;
  bool dutch_;
  ReportOptions options_;
  bool first_ = true;
  json notifications_ = json::array();
  json run_properties_ = json::object();
};

}  // namespace

std::unique_ptr<Reporter> MakeSarifReporter(const LexiconSet& lexicons,
                                            const Model& model,
                                            const ReportOptions& options,
                                            Output* output) {
  return std::make_unique<SarifReporter>(lexicons, model, options, output);
}

}  // namespace wijzij
