#include "eval_command.h"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <nlohmann/json.hpp>

#include "analysis.h"
#include "domain.h"
#include "eval.h"
#include "reading_eval.h"
#include "source.h"

namespace wijzij {

namespace {

using json = nlohmann::ordered_json;

struct Outcome {
  const LabelledText* label;
  std::string scheme, column;
  std::string evidence;  ///< the strongest findings, for misclassified texts
};

std::string TopEvidence(const DocumentReport& report, const LexiconSet& lexicons) {
  std::vector<const Finding*> findings;
  for (const Finding& f : report.findings) findings.push_back(&f);
  std::stable_sort(findings.begin(), findings.end(),
                   [](const auto* a, const auto* b) { return a->weight > b->weight; });
  std::string out;
  for (size_t i = 0; i < findings.size() && i < 4; ++i) {
    out += fmt::format("{}{}:\"{}\"", i ? ", " : "",
                       lexicons.categories[findings[i]->category].id,
                       report.TextOf(*findings[i]));
  }
  return out;
}

std::vector<std::string> SchemeClasses() {
  std::vector<std::string> out;
  for (const auto& s : Schemes()) out.emplace_back(s.id);
  out.emplace_back(kNoneId);
  return out;
}

std::vector<std::string> ColumnClasses() {
  std::vector<std::string> out;
  for (const auto& c : Columns()) out.emplace_back(c.id);
  out.emplace_back(kNoneId);
  return out;
}

}  // namespace

std::string TaskTable(const char* title, const TaskMetrics& m) {
  std::string out = fmt::format("{}\n  {:<30} {:>9} {:>7} {:>6} {:>8}\n", title, "class",
                                "precision", "recall", "F1", "support");
  for (const ClassMetrics& c : m.per_class) {
    out += fmt::format("  {:<30} {:>9.3f} {:>7.3f} {:>6.3f} {:>8}\n", c.id, c.precision,
                       c.recall, c.f1, c.support);
  }
  out += fmt::format("  macro-F1 {:.3f}, accuracy {:.3f}\n", m.macro_f1, m.accuracy);
  if (m.confusion.empty()) return out;
  out += fmt::format("  confusion (rows expected, columns predicted):\n  {:<30}", "");
  for (size_t k = 0; k < m.classes.size(); ++k)
    out += fmt::format(" {:>5}", fmt::format("[{}]", k));
  out += "\n";
  for (size_t e = 0; e < m.classes.size(); ++e) {
    out += fmt::format("  {:<30}", fmt::format("[{}] {}", e, m.classes[e]));
    for (int n : m.confusion[e]) out += fmt::format(" {:>5}", n);
    out += "\n";
  }
  return out;
}

nlohmann::ordered_json TaskJson(const TaskMetrics& m) {
  json classes = json::object();
  for (const ClassMetrics& c : m.per_class) {
    classes[c.id] = {{"precision", c.precision},
                     {"recall", c.recall},
                     {"f1", c.f1},
                     {"support", c.support},
                     {"predicted", c.predicted}};
  }
  return {{"macro_f1", m.macro_f1},
          {"accuracy", m.accuracy},
          {"classes", classes},
          {"labels", m.classes},
          {"confusion", m.confusion}};
}

namespace {

void Print(const EvalOptions& options, const TaskMetrics& schemes,
           const TaskMetrics& columns, const std::vector<Outcome>& outcomes) {
  std::vector<const Outcome*> wrong;
  for (const Outcome& o : outcomes) {
    if (o.scheme != o.label->scheme || o.column != o.label->column) wrong.push_back(&o);
  }
  if (options.json) {
    json errors = json::array();
    for (const Outcome* o : wrong) {
      errors.push_back(
          {{"path", o->label->path},
           {"scheme", {{"expected", o->label->scheme}, {"predicted", o->scheme}}},
           {"column", {{"expected", o->label->column}, {"predicted", o->column}}},
           {"evidence", o->evidence}});
    }
    json out = {{"texts", outcomes.size()},
                {"split", options.split},
                {"schemes", TaskJson(schemes)},
                {"columns", TaskJson(columns)},
                {"misclassified", errors}};
    std::cout << out.dump(2) << '\n';
    return;
  }
  std::cout << fmt::format(
                   "{} texts{}\n\n", outcomes.size(),
                   options.split.empty() ? "" : fmt::format(" (split {})", options.split))
            << TaskTable("schemes", schemes) << '\n'
            << TaskTable("columns", columns) << '\n';
  std::cout << fmt::format("misclassified: {}\n", wrong.size());
  for (const Outcome* o : wrong) {
    std::cout << fmt::format(
        "  {}\n    scheme {} -> {}, column {} -> {}\n    evidence: {}\n", o->label->path,
        o->label->scheme, o->scheme, o->label->column, o->column,
        o->evidence.empty() ? "-" : o->evidence);
  }
}

}  // namespace

ExitCode RunEval(const EvalOptions& options, const LexiconSet& lexicons,
                 const Model& model) {
  if (IsReadingLabels(options.labels)) return RunReadingEval(options, lexicons, model);
  std::vector<LabelledText> labels;
  std::vector<Diagnostic> diags;
  const bool ok = ReadLabels(options.labels, &labels, &diags);
  for (const auto& d : diags) std::cerr << FormatDiagnostic(d) << '\n';
  if (!ok) return ExitCode::kError;
  if (!KeepSplit(options, &labels)) return ExitCode::kError;
  const Analyzer analyzer(lexicons, model);
  std::vector<Outcome> outcomes;
  std::vector<std::string> es, ps, ec, pc;
  ExitCode code = ExitCode::kClean;
  for (const LabelledText& label : labels) {
    SourceText source;
    std::string error;
    if (!ReadSource(label.path, &source, &error)) {
      std::cerr << "wijzij: " << error << '\n';
      code = ExitCode::kError;
      continue;
    }
    const DocumentReport report = analyzer.Analyze(std::move(source));
    outcomes.push_back(
        {&label, report.scheme.id, report.column.id, TopEvidence(report, lexicons)});
    es.push_back(label.scheme);
    ps.push_back(report.scheme.id);
    ec.push_back(label.column);
    pc.push_back(report.column.id);
  }
  Print(options, ScoreTask(SchemeClasses(), es, ps), ScoreTask(ColumnClasses(), ec, pc),
        outcomes);
  return code;
}

}  // namespace wijzij
