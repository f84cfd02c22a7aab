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

std::vector<std::string> Fields(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> fields;
  for (std::string field; in >> field;) fields.push_back(field);
  return fields;
}

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

// Expected and predicted values of the four dimensions, for every text.
struct Outcomes {
  std::vector<std::vector<std::string>> narratives[2], themes[2];
  std::vector<std::string> axis[2], intimidation[2];
};

struct Miss {
  std::string path, dimension, expected, predicted;
};

void Compare(const ReadingLabel& label, const ReadingResult& r, Outcomes* c,
             std::vector<Miss>* misses) {
  const std::vector<std::string> narratives = Ids(r.narratives), themes = Ids(r.themes);
  const std::string intimidation = r.intimidating() ? r.intimidation[0].id : std::string(kNoneId);
  c->narratives[0].push_back(label.narratives);
  c->narratives[1].push_back(narratives);
  c->themes[0].push_back(label.themes);
  c->themes[1].push_back(themes);
  c->axis[0].push_back(label.axis);
  c->axis[1].push_back(r.axis);
  c->intimidation[0].push_back(label.intimidation);
  c->intimidation[1].push_back(intimidation);
  auto check = [&](const char* dimension, const std::string& e, const std::string& p) {
    if (e != p) misses->push_back({label.path, dimension, e, p});
  };
  auto sorted = [](std::vector<std::string> ids) {
    std::sort(ids.begin(), ids.end());
    return Joined(ids);
  };
  check("narratives", sorted(label.narratives), sorted(narratives));
  check("axis", label.axis, r.axis);
  check("themes", sorted(label.themes), sorted(themes));
  check("intimidation", label.intimidation, intimidation);
}

void Print(const EvalOptions& options, size_t texts, const TaskMetrics tasks[4],
           const std::vector<Miss>& misses) {
  static const char* kNames[4] = {"narratives", "axis", "themes", "intimidation"};
  if (options.json) {
    json out = {{"texts", texts}, {"split", options.split}};
    for (int i = 0; i < 4; ++i) out[kNames[i]] = TaskJson(tasks[i]);
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
  for (int i = 0; i < 4; ++i) std::cout << TaskTable(kNames[i], tasks[i]) << '\n';
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
    const std::vector<std::string> f = Fields(line);
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
  auto check = [&](const std::vector<SignalModel>& signals, const std::string& id,
                   const char* what) {
    if (id != kNoneId && !Known(signals, id)) fail(fmt::format("unknown {} '{}'", what, id));
  };
  for (std::string line; std::getline(in, line);) {
    ++line_number;
    const std::vector<std::string> f = Fields(line);
    if (f.empty() || f[0][0] == '#') continue;
    if (f.size() < 5 || f.size() > 6) {
      fail("expected: path narratives axis themes intimidation [split]");
      continue;
    }
    ReadingLabel label{(base / f[0]).string(), List(f[1]), f[2], List(f[3]), f[4],
                       f.size() == 6 ? f[5] : "", line_number};
    for (const std::string& id : label.narratives) check(r.narratives, id, "narrative");
    check(r.axes, label.axis, "axis");
    for (const std::string& id : label.themes) check(r.themes, id, "theme");
    check(r.intimidation, label.intimidation, "intimidation class");
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
  std::erase_if(labels, [&](const auto& l) {
    return !options.split.empty() && l.split != options.split;
  });
  if (labels.empty()) {
    std::cerr << fmt::format("wijzij: {}: no texts with split '{}'\n", options.labels,
                             options.split);
    return ExitCode::kError;
  }
  const Analyzer analyzer(lexicons, model);
  Outcomes columns;
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
  const ReadingModel& r = model.reading;
  const TaskMetrics tasks[4] = {
      ScoreMultiLabel(Ids(r.narratives, false), columns.narratives[0], columns.narratives[1]),
      ScoreTask(Ids(r.axes, true), columns.axis[0], columns.axis[1]),
      ScoreMultiLabel(Ids(r.themes, false), columns.themes[0], columns.themes[1]),
      ScoreTask(Ids(r.intimidation, true), columns.intimidation[0],
                columns.intimidation[1])};
  Print(options, texts, tasks, misses);
  return code;
}

}  // namespace wijzij
