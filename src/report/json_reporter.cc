// The JSON report: one JSON document for the whole run, written as the
// documents are analysed so memory does not grow with the number of inputs.
//
// Schema version 1 (fields may be added; none of these is ever renamed):
//
//   {"schema_version": 1,
//    "tool": {"name": "wijzij", "version": "0.1.0"},
//    "documents": [{
//       "path": "persbericht.txt" | "-",
//       "words": 312, "sentences": 14,
//       "categories": {"<id>": {"count": 4, "per_1000": 12.82,     // every category
//                               "percent": 1.282}},                // LIWC's measure
//       "scheme": {"id": "<scheme id>|none", "score": 3.2,
//                  "confidence": "none|low|medium|high",
//                  "runner_up": "<scheme id>|none", "runner_up_score": 0.8,
//                  "ground_pattern": false,   // also reinforces elite_vs_volk
//                  "set_aside": "<scheme id>|none",  // top scheme not taken, and why:
//                  "set_aside_why": "names_no_group|not_adopted|none",
//                  "scores": {"<scheme id>": 3.2, ...},
//                  "evidence": {"<scheme id>": {"vocabulary": 2.0, "sides": 1.5,
//                               "opposition": 1, "findings": 4, "evidence": 5.5}}},
//       "column": {"id": "bruggenbouwer|midden|none", "left": 0.8, "right": 0.2,
//                  "left_evidence": 4.0, "right_evidence": 1.0,
//                  "rows": {"<row id>": {"left": 2.0, "right": 0.0}},
//                  "above_parties_trap": false,
//                  "from_stance": false,    // true: a stance chose it, not the scores
//                  "stance_of": "none"},    // whose: "voice", "scheme" or "none"
//       // then one key per reading dimension of the model, in model order,
//       // its value shaped by the dimension's selection rule:
//       "narratives": [{"id": "ongehoorde_burger", "evidence": 2.0,  // all: present
//                       "findings": 2}],                 // classes, strongest first
//       "axis": {"id": "verticaal|horizontaal|none",     // strongest: the choice and
//                "evidence": {"verticaal": 3.5, "horizontaal": 0.5},  // every class
//                "from_scheme": false},   // when a class names schemes: taken for the scheme
//       "themes": [{"id": "stikstof", "evidence": 2.0, "findings": 2}],
//       "attention": {"id": "polen|midden|none", "evidence": {"polen": 1.0, ...}},
//       "voice": {"id": "bestuur|pool|verslag|inwoner", "evidence": {...},
//                 "given": true,             // only when --voice gave it
//                 "runner_up": "pool", "margin": 0.31,  // the next class and the lead
//                 "close": true},            // lead under close_margin: a close call
//       "intimidation": {"flag": false,                  // flag: flagged, and the
//                        "classes": [{"id", "evidence", "findings"}]},  // present ones
//       "advice": [{"id": "intimidation|narrative|axis|scheme|ground_pattern|"
//                   "above_parties|poles|column_left|middle|none",
//                   "text": "…"}],                     // in the --lang language
//       "findings": [{"category": "moraliserend", "text": "idioten",
//                     "line": 1, "column": 6,          // 1-based, column in code points
//                     "offset": 5, "length": 7,        // bytes in the original input
//                     "sentence": 0,                   // 0-based
//                     "negated": false, "quoted": false,
//                     "entry": "moraliserend.lex:12",  // the lexicon line that fired
//                     "pattern": "idioot*", "weight": 1.0,
//                     "severity": "warning",   // info for a signal, else
//                                              // suggestion, warning or error
//                     "kind": "issue",         // or "signal": explains a score
//                     "context": "Deze idioten …",
//                     "row": "<row id>",               // only for left-column findings,
//                     "alternative": "…"}]}],          // with the right-column
//                     alternative
//    "errors": [{"path": "kapot.txt", "message": "kapot.txt: invalid UTF-8 at byte 3
//    …"}]}
//
// Numbers are rounded to 4 decimals so output is stable across platforms.
//
// With --summary the document ends with "summary": {"documents", "errors",
// "schemes": {id: n}, "columns": {id: n}, "left_share_histogram": [5 bins],
// "densities": {category: {"mean", "median", "p90"}}, "strongest": [{"path",
// "scheme", "score"}], "most_findings": [{"path", "findings"}], "narratives":
// {id: documents}, "themes": {id: documents} (every dimension that selects all
// present classes or one: "voice": {id: documents}), "close_calls": {"voice":
// documents whose voice was a close call}, "intimidating": documents flagged
// by a dimension that flags}; in JSON Lines it is a last line {"summary": {…}}.
//
// --format jsonl writes each document object above on a line of its own, in
// input order, and each input error as {"path": …, "error": …}. Documents
// from JSON Lines input also carry the record's "id" and, under "fields",
// its other fields.

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "advice.h"
#include "report/json_text.h"
#include "report/reporter.h"
#include "version.h"

namespace wijzij {

namespace {

// ordered_json keeps fields in the order of the contract above.
using json = nlohmann::ordered_json;

double Round(double value) { return std::round(value * 10000.0) / 10000.0; }

const char* StanceName(Stance stance) {
  switch (stance) {
    case Stance::kVoice: return "voice";
    case Stance::kScheme: return "scheme";
    case Stance::kNone: break;
  }
  return "none";
}

class JsonReporter : public Reporter {
 public:
  JsonReporter(const LexiconSet& lexicons, const Model& model,
               const ReportOptions& options, Output* output, JsonShape shape)
      : Reporter(output),
        lexicons_(lexicons),
        model_(model),
        dutch_(options.language == Language::kDutch),
        show_suppressed_(options.show_suppressed),
        lines_(shape != JsonShape::kDocument),
        counts_only_(shape == JsonShape::kCounts) {}

  void Begin() override {
    if (lines_) return;
    json tool = {{"name", "wijzij"}, {"version", WIJZIJ_VERSION}};
    output_->Write(
        fmt::format("{{\"schema_version\":1,\"tool\":{},\"documents\":[", tool.dump()));
  }

  void InputError(const std::string& path, const std::string& message) override {
    if (lines_) {
      output_->Write(Dump({{"path", path}, {"error", message}}) + "\n");
      return;
    }
    errors_.push_back({{"path", path}, {"message", message}});
  }


  void WriteSummary(const SummaryResult& r) override {
    json schemes = json::object(), columns = json::object(), densities = json::object();
    for (const auto& [id, n] : r.schemes) schemes[id] = n;
    for (const auto& [id, n] : r.columns) columns[id] = n;
    for (const DensityStats& d : r.densities) {
      densities[d.category] = {
          {"mean", Round(d.mean)}, {"median", Round(d.median)}, {"p90", Round(d.p90)}};
    }
    json strongest = json::array();
    for (const StrongDocument& d : r.strongest) {
      strongest.push_back(
          {{"path", d.path}, {"scheme", d.scheme}, {"score", Round(d.score)}});
    }
    json most = json::array();
    for (const auto& [path, n] : r.most_findings) {
      most.push_back({{"path", path}, {"findings", n}});
    }
    summary_ = {{"documents", r.documents},
                {"errors", r.errors},
                {"schemes", schemes},
                {"columns", columns},
                {"left_share_histogram", r.left_share_histogram},
                {"densities", densities},
                {"strongest", strongest},
                {"most_findings", most}};
    json close = json::object();
    for (size_t d = 0; d < model_.dimensions.size(); ++d) {
      const DimensionModel& m = model_.dimensions[d];
      if (CountsClasses(m)) summary_[m.id] = r.classes[d];
      if (m.select == Selection::kArgmax) close[m.id] = r.close[d];
    }
    summary_["close_calls"] = std::move(close);
    summary_["intimidating"] = r.flagged;
    if (lines_) output_->Write(Dump({{"summary", summary_}}) + "\n");
  }

  void End() override {
    if (lines_) return;
    if (!summary_.is_null()) {
      output_->Write(fmt::format("\n],\"errors\":{},\"summary\":{}}}\n", Dump(errors_),
                                 Dump(summary_)));
      return;
    }
    output_->Write(fmt::format("\n],\"errors\":{}}}\n", Dump(errors_)));
  }

 protected:
  void BeginDocument() override {
    if (!lines_) output_->Write(first_ ? "\n" : ",\n");
    first_ = false;
  }

  void EndDocument() override {
    if (lines_) output_->Write("\n");
  }

  // Findings are appended one at a time rather than built as one JSON tree:
  // a large document must not need its whole report as a tree in memory.
  void FormatTo(const DocumentReport& report, ReportBuffer* out) const override {
    if (counts_only_) {
      *out += Dump(DocumentJson(report));
      return;
    }
    std::string head = Dump(DocumentJson(report));
    head.pop_back();  // reopen the object to append "findings"
    *out += head;
    AppendFindings("findings", report, report.findings, out);
    if (show_suppressed_) AppendFindings("suppressed_findings", report, report.suppressed, out);
    *out += "}";
  }

 private:
  void AppendFindings(std::string_view key, const DocumentReport& report,
                      const Findings& findings, ReportBuffer* out) const {
    *out += fmt::format(",\"{}\":[", key);
    std::string finding;
    PositionReader positions = report.Positions();
    for (size_t i = 0; i < findings.size(); ++i) {
      finding.clear();
      if (i > 0) finding.push_back(',');
      AppendFinding(report, findings[i], positions.At(findings[i].offset), &finding);
      *out += finding;
    }
    *out += "]";
  }

  static std::string Dump(const json& value) {
    return value.dump(-1, ' ', false, json::error_handler_t::replace);
  }

  // Everything of a document but its findings.
  json DocumentJson(const DocumentReport& report) const {
    json categories = json::object();
    for (size_t i = 0; i < report.categories.size(); ++i) {
      categories[lexicons_.categories[i].id] = {
          {"count", report.categories[i].count},
          {"per_1000", Round(report.categories[i].per_1000)},
          {"percent", Round(report.categories[i].per_1000 / 10.0)}};
    }
    json advice = json::array();
    for (const Advice& a : counts_only_ ? std::vector<Advice>()
                                        : DocumentAdvice(report, model_, dutch_)) {
      json item = {{"id", a.id}, {"text", a.text}};
      if (a.line != 0) item["line"] = a.line;
      advice.push_back(std::move(item));
    }
    json out = json::object();
    if (!report.id_json.empty()) {
      out["id"] = json::parse(report.id_json);
      out["fields"] = json::parse(report.fields_json);
    }
    out.update(json{{"path", report.path},
                    {"words", report.words},
                    {"sentences", report.sentences},
                    {"categories", std::move(categories)},
                    {"scheme", SchemeJson(report.scheme)},
                    {"column", ColumnJson(report.column)}});
    for (size_t d = 0; d < model_.dimensions.size() && d < report.dimensions.size(); ++d)
      out[model_.dimensions[d].id] = DimensionJson(model_.dimensions[d], report.dimensions[d]);
    if (!counts_only_) out["advice"] = std::move(advice);
    out["suppressed"] = report.suppressed_count;
    return out;
  }

  static json ClassesJson(const std::vector<ClassScore>& classes) {
    json out = json::array();
    for (const ClassScore& s : classes) {
      out.push_back(
          {{"id", s.id}, {"evidence", Round(s.evidence)}, {"findings", s.findings}});
    }
    return out;
  }

  static json DimensionJson(const DimensionModel& model, const DimensionResult& result) {
    switch (model.select) {
      case Selection::kAll:
        return ClassesJson(result.selected);
      case Selection::kFlag:
        return {{"flag", result.Flagged()}, {"classes", ClassesJson(result.selected)}};
      case Selection::kStrongest:
      case Selection::kArgmax:
        break;
    }
    json evidence = json::object();
    for (const ClassScore& s : result.scores) evidence[s.id] = Round(s.evidence);
    json out = {{"id", result.Choice()}, {"evidence", std::move(evidence)}};
    // Only a dimension that can follow a scheme says whether it did.
    const bool follows = std::any_of(model.classes.begin(), model.classes.end(),
                                     [](const ClassModel& c) { return !c.schemes.empty(); });
    if (follows) out["from_scheme"] = !result.selected.empty() && result.selected[0].from_scheme;
    if (!result.selected.empty() && result.selected[0].given) out["given"] = true;
    if (!result.runner_up.empty()) {  // argmax only
      out["runner_up"] = result.runner_up;
      out["margin"] = Round(result.margin);
      out["close"] = result.close;
    }
    return out;
  }

  json SchemeJson(const SchemeResult& s) const {
    json scores = json::object(), evidence = json::object();
    for (const SchemeScore& score : s.scores) {
      scores[score.id] = Round(score.score);
      evidence[score.id] = {{"vocabulary", Round(score.vocabulary)},
                            {"sides", Round(score.sides)},
                            {"opposition", score.opposition},
                            {"findings", score.findings},
                            {"evidence", Round(score.evidence)},
                            {"names_no_group", score.ruled_out}};
    }
    return {{"id", s.id},
            {"score", Round(s.score)},
            {"confidence", ConfidenceId(s.confidence)},
            {"runner_up", s.runner_up},
            {"runner_up_score", Round(s.runner_up_score)},
            {"ground_pattern", s.ground_pattern},
            {"set_aside", s.set_aside},
            {"set_aside_why", s.set_aside == kNoneId ? "none"
                              : s.not_adopted        ? "not_adopted"
                                                     : "names_no_group"},
            {"scores", std::move(scores)},
            {"evidence", std::move(evidence)}};
  }

  json ColumnJson(const ColumnResult& c) const {
    json rows = json::object();
    for (const RowBalance& row : c.rows) {
      rows[row.id] = {{"left", Round(row.left)}, {"right", Round(row.right)}};
    }
    return {{"id", c.id},
            {"left", Round(c.left)},
            {"right", Round(c.right)},
            {"left_evidence", Round(c.left_evidence)},
            {"right_evidence", Round(c.right_evidence)},
            {"rows", std::move(rows)},
            {"above_parties_trap", c.above_parties_trap},
            {"from_stance", c.from_stance != Stance::kNone},
            {"stance_of", StanceName(c.from_stance)}};
  }

  // One finding, written directly (json_text.h): building a JSON object per
  // finding took half the time of a JSON Lines run over an archive.
  void AppendFinding(const DocumentReport& report, const Finding& f, TextPosition at,
                     std::string* out) const {
    const Entry& entry = lexicons_.entries[f.entry];
    const Category& category = lexicons_.categories[entry.category];
    auto key = [&](std::string_view name) {
      out->append(out->back() == '{' ? "\"" : ",\"").append(name).append("\":");
    };
    auto text = [&](std::string_view name, std::string_view value) {
      key(name);
      AppendJsonString(value, out);
    };
    auto number = [&](std::string_view name, uint64_t value) {
      key(name);
      fmt::format_to(std::back_inserter(*out), "{}", value);
    };
    auto flag = [&](std::string_view name, bool value) {
      key(name);
      out->append(value ? "true" : "false");
    };
    out->push_back('{');
    text("category", category.id);
    text("text", report.TextOf(f));
    number("line", at.line);
    number("column", at.column);
    number("offset", f.offset);
    number("length", report.LengthOf(f));
    number("sentence", f.sentence);
    flag("negated", f.negated);
    flag("quoted", f.quoted);
    text("entry", fmt::format("{}:{}", lexicons_.FileOf(entry), entry.line));
    text("pattern", entry.written);
    key("weight");
    AppendJsonNumber(Round(report.WeightOf(f)), out);
    text("severity", SeverityName(category.severity));
    text("kind", IsIssue(category.severity) ? "issue" : "signal");
    text("context", report.ContextOf(f));
    if (const RowModel* row = LeftRowOf(model_, entry.category)) {
      text("row", row->id);
      text("alternative", Pick(dutch_, row->advice_nl, row->advice_en));
    }
    out->push_back('}');
  }

  const LexiconSet& lexicons_;
  const Model& model_;
  bool dutch_;
  bool show_suppressed_;
  bool lines_;
  bool counts_only_;  ///< -f counts: no findings, no advice
  bool first_ = true;
  json errors_ = json::array();
  json summary_;
};

}  // namespace

std::unique_ptr<Reporter> MakeJsonReporter(const LexiconSet& lexicons, const Model& model,
                                           const ReportOptions& options, Output* output,
                                           JsonShape shape) {
  return std::make_unique<JsonReporter>(lexicons, model, options, output, shape);
}

}  // namespace wijzij
