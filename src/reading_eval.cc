#include "reading_eval.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "analysis.h"
#include "domain.h"
#include "source.h"

namespace wijzij {

namespace {

using json = nlohmann::ordered_json;

std::vector<std::string> List(const std::string& field) {
  std::vector<std::string> out;
  if (field == kNoneId) return out;
  std::istringstream in(field);
  for (std::string id; std::getline(in, id, ',');)
    if (!id.empty()) out.push_back(id);
  return out;
}

std::vector<std::string> Ids(const std::vector<SignalModel>& signals, bool with_none) {
  std::vector<std::string> ids;
  for (const SignalModel& s : signals) ids.push_back(s.id);
  if (with_none) ids.emplace_back(kNoneId);
  return ids;
}

std::vector<std::string> Ids(const std::vector<SignalScore>& scores) {
  std::vector<std::string> ids;
  for (const SignalScore& s : scores) ids.push_back(s.id);
  return ids;
}

std::string Joined(const std::vector<std::string>& ids) {
  if (ids.empty()) return std::string(kNoneId);
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : ",") + id;
  return out;
}

bool Known(const std::vector<SignalModel>& signals, const std::string& id) {
  return std::any_of(signals.begin(), signals.end(),
                     [&](const SignalModel& s) { return s.id == id; });
}

// Expected and predicted values of one dimension, for the texts labelled
// for it. Lists (narratives, themes) are kept as sorted, comma-joined ids.
struct Column {
  const char* name;
  bool multi;  ///< several classes per text
  std::vector<std::string> classes;
  std::vector<std::string> expected, predicted;
};

struct Miss {
  std::string path, dimension, expected, predicted;
};

std::string Sorted(std::vector<std::string> ids) {
  std::sort(ids.begin(), ids.end());
  return Joined(ids);
}

// The five dimensions in report order, with what the model predicts for each.
std::vector<Column> MakeColumns(const ReadingModel& r) {
  return {{"narratives", true, Ids(r.narratives, false), {}, {}},
          {"axis", false, Ids(r.axes, true), {}, {}},
          {"themes", true, Ids(r.themes, false), {}, {}},
          {"attention", false, Ids(r.attention, true), {}, {}},
          {"intimidation", false, Ids(r.intimidation, true), {}, {}}};
}

void Compare(const ReadingLabel& label, const ReadingResult& r, std::vector<Column>* columns,
             std::vector<Miss>* misses) {
  const std::string expected[5] = {Sorted(List(label.narratives)), label.axis,
                                   Sorted(List(label.themes)), label.attention,
                                   label.intimidation};
  const std::string predicted[5] = {
      Sorted(Ids(r.narratives)), r.axis, Sorted(Ids(r.themes)), r.attention,
      r.intimidating() ? r.intimidation[0].id : std::string(kNoneId)};
  for (size_t i = 0; i < columns->size(); ++i) {
    if (expected[i] == kUnlabelled) continue;
    Column& c = (*columns)[i];
    c.expected.push_back(expected[i]);
    c.predicted.push_back(predicted[i]);
    if (expected[i] != predicted[i])
      misses->push_back({label.path, c.name, expected[i], predicted[i]});
  }
}

TaskMetrics Score(const Column& c) {
  if (!c.multi) return ScoreTask(c.classes, c.expected, c.predicted);
  std::vector<std::vector<std::string>> expected, predicted;
  for (const std::string& e : c.expected) expected.push_back(List(e));
  for (const std::string& p : c.predicted) predicted.push_back(List(p));
  return ScoreMultiLabel(c.classes, expected, predicted);
}

void Print(const EvalOptions& options, size_t texts, const std::vector<Column>& columns,
           const std::vector<Miss>& misses) {
  if (options.json) {
    json out = {{"texts", texts}, {"split", options.split}};
    for (const Column& c : columns) {
      json task = TaskJson(Score(c));
      task["texts"] = c.expected.size();
      out[c.name] = task;
    }
    json errors = json::array();
    for (const Miss& m : misses) {
      errors.push_back({{"path", m.path},
                        {"dimension", m.dimension},
                        {"expected", m.expected},
                        {"predicted", m.predicted}});
    }
    out["misclassified"] = errors;
    std::cout << out.dump(2) << '\n';
    return;
  }
  std::cout << fmt::format(
      "{} texts{}\n\n", texts,
      options.split.empty() ? "" : fmt::format(" (split {})", options.split));
  for (const Column& c : columns) {
    const std::string title = fmt::format("{} ({} texts)", c.name, c.expected.size());
    std::cout << TaskTable(title.c_str(), Score(c)) << '\n';
  }
  std::cout << fmt::format("misclassified: {}\n", misses.size());
  for (const Miss& m : misses) {
    std::cout << fmt::format("  {}\n    {} {} -> {}\n", m.path, m.dimension, m.expected,
                             m.predicted);
  }
}

}  // namespace

bool IsReadingLabels(const std::string& file) {
  std::string content, error;
  if (!ReadAll(file, &content, &error)) return false;
  std::istringstream in(content);
  for (std::string line; std::getline(in, line);) {
    const std::vector<std::string> f = LabelFields(line);
    if (f.empty()) continue;
    if (f[0][0] != '#') return false;
    if (std::find(f.begin(), f.end(), "narratives") != f.end()) return true;
  }
  return false;
}

bool ReadReadingLabels(const std::string& file, const Model& model,
                       std::vector<ReadingLabel>* labels,
                       std::vector<Diagnostic>* diagnostics) {
  std::string content, error;
  if (!ReadAll(file, &content, &error)) {
    diagnostics->push_back({file, 0, Severity::kError, error});
    return false;
  }
  const std::filesystem::path base = std::filesystem::path(file).parent_path();
  const ReadingModel& r = model.reading;
  std::istringstream in(content);
  bool ok = true;
  int line_number = 0;
  auto fail = [&](std::string message) {
    diagnostics->push_back({file, line_number, Severity::kError, std::move(message)});
    ok = false;
  };
  auto check = [&](const std::vector<SignalModel>& signals, const std::string& field,
                   const char* what) {
    if (field == kUnlabelled) return;
    for (const std::string& id : List(field)) {
      if (!Known(signals, id)) fail(fmt::format("unknown {} '{}'", what, id));
    }
  };
  for (std::string line; std::getline(in, line);) {
    ++line_number;
    const std::vector<std::string> f = LabelFields(line);
    if (f.empty() || f[0][0] == '#') continue;
    if (f.size() < 5 || f.size() > 7) {
      fail("expected: path narratives axis themes intimidation [split [attention]]");
      continue;
    }
    ReadingLabel label{(base / f[0]).string(), f[1], f[2], f[3], f[4],
                       f.size() >= 6 ? f[5] : "", f.size() == 7 ? f[6] : kUnlabelled,
                       line_number};
    check(r.narratives, label.narratives, "narrative");
    check(r.axes, label.axis, "axis");
    check(r.themes, label.themes, "theme");
    check(r.intimidation, label.intimidation, "intimidation class");
    check(r.attention, label.attention, "attention class");
    labels->push_back(std::move(label));
  }
  if (ok && labels->empty()) fail("no labelled texts");
  return ok;
}

ExitCode RunReadingEval(const EvalOptions& options, const LexiconSet& lexicons,
                        const Model& model) {
  std::vector<ReadingLabel> labels;
  std::vector<Diagnostic> diags;
  const bool ok = ReadReadingLabels(options.labels, model, &labels, &diags);
  for (const auto& d : diags) std::cerr << FormatDiagnostic(d) << '\n';
  if (!ok) return ExitCode::kError;
  if (!KeepSplit(options, &labels)) return ExitCode::kError;
  const Analyzer analyzer(lexicons, model);
  std::vector<Column> columns = MakeColumns(model.reading);
  std::vector<Miss> misses;
  ExitCode code = ExitCode::kClean;
  size_t texts = 0;
  for (const ReadingLabel& label : labels) {
    SourceText source;
    std::string error;
    if (!ReadSource(label.path, &source, &error)) {
      std::cerr << "wijzij: " << error << '\n';
      code = ExitCode::kError;
      continue;
    }
    Compare(label, analyzer.Analyze(std::move(source)).reading, &columns, &misses);
    ++texts;
  }
  Print(options, texts, columns, misses);
  return code;
}

}  // namespace wijzij
