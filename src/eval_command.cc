#include "eval_command.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <iostream>

#include "analysis.h"
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
  std::sort(out.begin(), out.end());
  return out;
}

std::string Joined(const std::vector<std::string>& ids) {
  if (ids.empty()) return std::string(kNoneId);
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : ",") + id;
  return out;
}

// One field of the labels the model answers: its classes, how to read the
// model's answer from a report, and what was expected and predicted for the
// texts labelled for it. Lists (narratives, themes) are kept as sorted,
// comma-joined ids.
struct Task {
  std::string field;  ///< the labels field: scheme, column or a dimension id
  std::string title;  ///< schemes, columns or the dimension id
  std::string kind;   ///< what one class is called in messages
  bool multi = false;
  std::vector<std::string> classes;
  std::function<std::string(const DocumentReport&)> predict;
  int index = -1;  ///< of the field in the labels table
  std::vector<std::string> expected, predicted;
  std::vector<size_t> rows;  ///< the labels row of each expected value
};

template <class T>
std::vector<std::string> IdsWithNone(const std::vector<T>& items) {
  std::vector<std::string> ids;
  for (const T& item : items) ids.push_back(item.id);
  ids.emplace_back(kNoneId);
  return ids;
}

Task DimensionTask(const Model& model, size_t d) {
  const DimensionModel& dimension = model.dimensions[d];
  Task task;
  task.field = task.title = dimension.id;
  task.kind = dimension.class_kind;
  task.multi = dimension.select == Selection::kAll;
  task.classes = IdsWithNone(dimension.classes);
  if (task.multi) task.classes.pop_back();
  task.predict = [d, multi = task.multi](const DocumentReport& r) {
    const DimensionResult& result = r.dimensions[d];
    if (!multi) return result.Choice();
    std::vector<std::string> ids;
    for (const ClassScore& s : result.selected) ids.push_back(s.id);
    std::sort(ids.begin(), ids.end());
    return Joined(ids);
  };
  return task;
}

// Every field of `table` the model answers, in the model's order.
std::vector<Task> MakeTasks(const Model& model, const LabelsTable& table) {
  std::vector<Task> tasks;
  tasks.push_back({"scheme", "schemes", "scheme", false, IdsWithNone(model.schemes),
                   [](const DocumentReport& r) { return r.scheme.id; }, -1, {}, {}, {}});
  tasks.push_back({"column", "columns", "column", false, IdsWithNone(model.columns),
                   [](const DocumentReport& r) { return r.column.id; }, -1, {}, {}, {}});
  for (size_t d = 0; d < model.dimensions.size(); ++d) tasks.push_back(DimensionTask(model, d));
  for (Task& t : tasks) t.index = table.FieldIndex(t.field);
  std::erase_if(tasks, [](const Task& t) { return t.index < 0; });
  return tasks;
}

// Every value must be a class of its task; problems as file:line.
bool CheckValues(const std::string& file, const LabelsTable& table,
                 const std::vector<Task>& tasks, std::vector<Diagnostic>* diagnostics) {
  bool ok = true;
  for (const LabelsTable::Row& row : table.rows) {
    for (const Task& task : tasks) {
      const std::string& value = row.values[static_cast<size_t>(task.index)];
      if (value == kUnlabelled) continue;
      const std::vector<std::string> ids = task.multi ? List(value) : std::vector{value};
      for (const std::string& id : ids) {
        if (std::find(task.classes.begin(), task.classes.end(), id) != task.classes.end())
          continue;
        diagnostics->push_back({file, row.line, Severity::kError,
                                fmt::format("unknown {} '{}'", task.kind, id)});
        ok = false;
      }
    }
  }
  return ok;
}

TaskMetrics Score(const Task& t) {
  if (!t.multi) return ScoreTask(t.classes, t.expected, t.predicted);
  std::vector<std::vector<std::string>> expected, predicted;
  for (const std::string& e : t.expected) expected.push_back(List(e));
  for (const std::string& p : t.predicted) predicted.push_back(List(p));
  return ScoreMultiLabel(t.classes, expected, predicted);
}

// A text the model got wrong in at least one field.
struct Miss {
  std::string path;
  std::vector<std::pair<const Task*, std::pair<std::string, std::string>>> fields;
  std::string evidence;  ///< the strongest findings
};

std::string TopEvidence(const DocumentReport& report, const LexiconSet& lexicons) {
  std::vector<const Finding*> findings;
  for (const Finding& f : report.findings) findings.push_back(&f);
  std::stable_sort(findings.begin(), findings.end(),
                   [&report](const auto* a, const auto* b) {
                     return report.WeightOf(*a) > report.WeightOf(*b);
                   });
  std::string out;
  for (size_t i = 0; i < findings.size() && i < 4; ++i) {
    out += fmt::format("{}{}:\"{}\"", i ? ", " : "",
                       lexicons.categories[report.CategoryOf(*findings[i])].id,
                       report.TextOf(*findings[i]));
  }
  return out;
}

// Records one text's expected and predicted values; a miss when any differs.
void Compare(const LabelsTable::Row& row, size_t row_index, const DocumentReport& report,
             const LexiconSet& lexicons, std::vector<Task>* tasks, std::vector<Miss>* misses) {
  Miss miss{row.path, {}, ""};
  for (Task& task : *tasks) {
    std::string expected = row.values[static_cast<size_t>(task.index)];
    if (expected == kUnlabelled) continue;
    if (task.multi) expected = Joined(List(expected));
    const std::string predicted = task.predict(report);
    task.expected.push_back(expected);
    task.predicted.push_back(predicted);
    task.rows.push_back(row_index);
    if (expected != predicted) miss.fields.push_back({&task, {expected, predicted}});
  }
  if (miss.fields.empty()) return;
  miss.evidence = TopEvidence(report, lexicons);
  misses->push_back(std::move(miss));
}

// A part of the labelled texts that the figures are also given for: the
// texts both readers agreed on (certain = 1), each voice, and the texts
// whose voice was read as a close call or clearly.
struct Subset {
  std::string name;  ///< "certain = 1", "voice = verslag"
  std::vector<bool> member;  ///< per labels row
  size_t texts = 0;
};

// Whether the voice of `report` was read as a close call.
bool VoiceClose(const Model& model, const DocumentReport& report) {
  for (size_t d = 0; d < model.dimensions.size() && d < report.dimensions.size(); ++d)
    if (model.dimensions[d].id == kVoiceDimension) return report.dimensions[d].close;
  return false;
}

// The texts whose voice the model read as a close call (`close` per row),
// and the others; none when no text was a close call.
std::vector<Subset> CloseCallSubsets(const LabelsTable& table, const std::vector<bool>& close) {
  Subset close_calls{"voice read: close call", close, 0}, clear{"voice read: clear", {}, 0};
  for (size_t r = 0; r < table.rows.size(); ++r) {
    clear.member.push_back(!close[r]);
    close_calls.texts += close[r] ? 1 : 0;
  }
  clear.texts = table.rows.size() - close_calls.texts;
  if (close_calls.texts == 0) return {};
  return {std::move(close_calls), std::move(clear)};
}

std::vector<Subset> Subsets(const LabelsTable& table) {
  std::vector<Subset> subsets;
  for (const char* field : {"certain", "voice"}) {
    const int index = table.FieldIndex(field);
    if (index < 0) continue;
    std::vector<std::string> values;
    for (const auto& row : table.rows) {
      const std::string& v = row.values[static_cast<size_t>(index)];
      if (v != kUnlabelled && std::find(values.begin(), values.end(), v) == values.end())
        values.push_back(v);
    }
    std::sort(values.begin(), values.end());
    if (std::string(field) == "certain") values = {"1"};
    for (const std::string& v : values) {
      Subset s{fmt::format("{} = {}", field, v), {}, 0};
      for (const auto& row : table.rows) {
        s.member.push_back(row.values[static_cast<size_t>(index)] == v);
        s.texts += s.member.back() ? 1 : 0;
      }
      if (s.texts > 0) subsets.push_back(std::move(s));
    }
  }
  return subsets;
}

// A task's metrics over the texts of a subset.
TaskMetrics ScoreSubset(const Task& task, const Subset& subset) {
  Task part = task;
  part.expected.clear();
  part.predicted.clear();
  for (size_t i = 0; i < task.rows.size(); ++i) {
    if (!subset.member[task.rows[i]]) continue;
    part.expected.push_back(task.expected[i]);
    part.predicted.push_back(task.predicted[i]);
  }
  return Score(part);
}

void PrintSubsetsText(const std::vector<Task>& tasks, const std::vector<Subset>& subsets) {
  if (subsets.empty()) return;
  std::string out = fmt::format("macro-F1 by subset\n  {:<24} {:>6}", "subset", "texts");
  for (const Task& t : tasks) out += fmt::format(" {:>12}", t.title);
  out += "\n";
  for (const Subset& s : subsets) {
    out += fmt::format("  {:<24} {:>6}", s.name, s.texts);
    for (const Task& t : tasks) out += fmt::format(" {:>12.3f}", ScoreSubset(t, s).macro_f1);
    out += "\n";
  }
  std::cout << out << '\n';
}

nlohmann::ordered_json SubsetsJson(const std::vector<Task>& tasks,
                                   const std::vector<Subset>& subsets) {
  json out = json::object();
  for (const Subset& s : subsets) {
    json part = {{"texts", s.texts}};
    for (const Task& t : tasks) part[t.title] = ScoreSubset(t, s).macro_f1;
    out[s.name] = part;
  }
  return out;
}

void PrintJson(const EvalOptions& options, size_t texts, const std::vector<Task>& tasks,
               const std::vector<Subset>& subsets, const std::vector<Miss>& misses) {
  json out = {{"texts", texts}, {"split", options.split}};
  for (const Task& t : tasks) {
    json task = TaskJson(Score(t));
    task["texts"] = t.expected.size();
    out[t.title] = task;
  }
  if (!subsets.empty()) out["subsets"] = SubsetsJson(tasks, subsets);
  json errors = json::array();
  for (const Miss& m : misses) {
    json error = {{"path", m.path}};
    for (const auto& [task, values] : m.fields)
      error[task->field] = {{"expected", values.first}, {"predicted", values.second}};
    error["evidence"] = m.evidence;
    errors.push_back(error);
  }
  out["misclassified"] = errors;
  std::cout << out.dump(2) << '\n';
}

void PrintText(const EvalOptions& options, size_t texts, const std::vector<Task>& tasks,
               const std::vector<Subset>& subsets, const std::vector<Miss>& misses) {
  std::cout << fmt::format(
      "{} texts{}\n\n", texts,
      options.split.empty() ? "" : fmt::format(" (split {})", options.split));
  for (const Task& t : tasks) {
    std::cout << TaskTable(fmt::format("{} ({} texts)", t.title, t.expected.size()), Score(t))
              << '\n';
  }
  PrintSubsetsText(tasks, subsets);
  std::cout << fmt::format("misclassified: {}\n", misses.size());
  for (const Miss& m : misses) {
    std::string fields;
    for (const auto& [task, values] : m.fields)
      fields += fmt::format("{}{} {} -> {}", fields.empty() ? "" : ", ", task->field,
                            values.first, values.second);
    std::cout << fmt::format("  {}\n    {}\n    evidence: {}\n", m.path, fields,
                             m.evidence.empty() ? "-" : m.evidence);
  }
}

}  // namespace

std::string TaskTable(const std::string& title, const TaskMetrics& m) {
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

ExitCode RunEval(const EvalOptions& options, const LexiconSet& lexicons,
                 const Model& model) {
  LabelsTable table;
  std::vector<Diagnostic> diags;
  bool ok = ReadLabelsTable(options.labels, &table, &diags);
  std::vector<Task> tasks = MakeTasks(model, table);
  ok = CheckValues(options.labels, table, tasks, &diags) && ok;
  for (const auto& d : diags) std::cerr << FormatDiagnostic(d) << '\n';
  if (!ok) return ExitCode::kError;
  const int split = table.FieldIndex("split");
  std::erase_if(table.rows, [&](const LabelsTable::Row& row) {
    return !options.split.empty() &&
           (split < 0 || row.values[static_cast<size_t>(split)] != options.split);
  });
  if (table.rows.empty()) {
    Message(fmt::format("{}: no texts with split '{}'", options.labels, options.split));
    return ExitCode::kError;
  }
  const Analyzer analyzer(lexicons, model);
  std::vector<Miss> misses;
  std::vector<bool> close(table.rows.size(), false);
  ExitCode code = ExitCode::kClean;
  size_t texts = 0;
  for (size_t r = 0; r < table.rows.size(); ++r) {
    const LabelsTable::Row& row = table.rows[r];
    SourceText source;
    std::string error;
    if (!ReadSource(row.path, &source, &error)) {
      Message(error);
      code = ExitCode::kError;
      continue;
    }
    const DocumentReport report = analyzer.Analyze(std::move(source));
    close[r] = VoiceClose(model, report);
    Compare(row, r, report, lexicons, &tasks, &misses);
    ++texts;
  }
  std::vector<Subset> subsets = Subsets(table);
  for (Subset& s : CloseCallSubsets(table, close)) subsets.push_back(std::move(s));
  if (options.json) {
    PrintJson(options, texts, tasks, subsets, misses);
  } else {
    PrintText(options, texts, tasks, subsets, misses);
  }
  return code;
}

}  // namespace wijzij
