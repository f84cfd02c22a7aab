#include "eval.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "source.h"

namespace wijzij {

namespace {

// Precision, recall and F1 from the counts.
void Finish(ClassMetrics* cm) {
  cm->precision = cm->predicted ? double(cm->correct) / cm->predicted : 0;
  cm->recall = cm->support ? double(cm->correct) / cm->support : 0;
  const double sum = cm->precision + cm->recall;
  cm->f1 = sum > 0 ? 2 * cm->precision * cm->recall / sum : 0;
}

}  // namespace

std::vector<std::string> LabelFields(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> fields;
  for (std::string field; in >> field;) fields.push_back(field);
  return fields;
}

int LabelsTable::FieldIndex(const std::string& name) const {
  const auto it = std::find(fields.begin(), fields.end(), name);
  return it == fields.end() ? -1 : static_cast<int>(it - fields.begin());
}

namespace {

// "# path scheme column" or "path scheme column": the names after the path.
bool HeaderFields(const std::vector<std::string>& line, std::vector<std::string>* names) {
  size_t first = line[0] == "#" ? 1 : 0;
  if (first >= line.size()) return false;
  std::string path = line[first];
  if (first == 0 && path.starts_with('#')) path.erase(0, 1);
  if (path != "path") return false;
  names->assign(line.begin() + static_cast<std::ptrdiff_t>(first) + 1, line.end());
  return true;
}

// A first line that names label fields but not the path first is a header
// gone wrong; read as a text, it would give "unknown scheme 'scheme'".
bool LooksLikeHeader(const std::vector<std::string>& line) {
  static const std::vector<std::string> kFieldNames = {
      "scheme", "column", "split", "voice", "narratives", "axis", "intimidation",
      "attention", "themes", "schema", "kolom", "stem"};
  return std::any_of(line.begin() + 1, line.end(), [](const std::string& field) {
    return std::find(kFieldNames.begin(), kFieldNames.end(), field) != kFieldNames.end();
  });
}

}  // namespace

bool ReadLabelsTable(const std::string& file, LabelsTable* table,
                     std::vector<Diagnostic>* diagnostics) {
  std::string content, error;
  if (!ReadAll(file, &content, &error)) {
    diagnostics->push_back({file, 0, Severity::kError, error});
    return false;
  }
  const std::filesystem::path base = std::filesystem::path(file).parent_path();
  table->fields = {"scheme", "column", "split"};
  std::istringstream in(content);
  bool ok = true, header_seen = false;
  int line_number = 0;
  auto fail = [&](std::string message) {
    diagnostics->push_back({file, line_number, Severity::kError, std::move(message)});
    ok = false;
  };
  for (std::string line; std::getline(in, line);) {
    ++line_number;
    const std::vector<std::string> f = LabelFields(line);
    if (f.empty()) continue;
    if (!header_seen && table->rows.empty() && HeaderFields(f, &table->fields)) {
      header_seen = true;
      continue;
    }
    if (f[0][0] == '#') continue;
    if (!header_seen && table->rows.empty() && LooksLikeHeader(f)) {
      fail(fmt::format("'{}' looks like a header, but a header starts with 'path' "
                       "(such as: path<TAB>scheme<TAB>column<TAB>split)",
                       f[0]));
      continue;
    }
    if (f.size() < 2 || f.size() > table->fields.size() + 1) {
      std::string expected = "path";
      for (const std::string& name : table->fields) expected += " " + name;
      fail(fmt::format("expected: {}", expected));
      continue;
    }
    LabelsTable::Row row{(base / f[0]).string(), {f.begin() + 1, f.end()}, line_number};
    row.values.resize(table->fields.size(), kUnlabelled);
    table->rows.push_back(std::move(row));
  }
  if (ok && table->rows.empty()) fail("no labelled texts");
  return ok;
}

TaskMetrics ScoreTask(const std::vector<std::string>& classes,
                      const std::vector<std::string>& expected,
                      const std::vector<std::string>& predicted) {
  TaskMetrics m;
  m.classes = classes;
  m.confusion.assign(classes.size(), std::vector<int>(classes.size(), 0));
  auto index = [&](const std::string& id) {
    return static_cast<size_t>(std::find(classes.begin(), classes.end(), id) -
                               classes.begin());
  };
  int correct = 0;
  for (size_t i = 0; i < expected.size(); ++i) {
    const size_t e = index(expected[i]), p = index(predicted[i]);
    if (e < classes.size() && p < classes.size()) ++m.confusion[e][p];
    correct += expected[i] == predicted[i] ? 1 : 0;
  }
  for (size_t c = 0; c < classes.size(); ++c) {
    ClassMetrics cm;
    cm.id = classes[c];
    for (size_t k = 0; k < classes.size(); ++k) {
      cm.support += m.confusion[c][k];
      cm.predicted += m.confusion[k][c];
    }
    cm.correct = m.confusion[c][c];
    Finish(&cm);
    m.per_class.push_back(cm);
  }
  m.macro_f1 = MacroF1(m.per_class);
  m.accuracy = expected.empty() ? 0 : double(correct) / double(expected.size());
  return m;
}

double MacroF1(const std::vector<ClassMetrics>& per_class) {
  double sum = 0;
  int classes = 0;
  for (const ClassMetrics& c : per_class) {
    if (c.support == 0) continue;
    sum += c.f1;
    ++classes;
  }
  return classes ? sum / classes : 0;
}

TaskMetrics ScoreMultiLabel(const std::vector<std::string>& classes,
                            const std::vector<std::vector<std::string>>& expected,
                            const std::vector<std::vector<std::string>>& predicted) {
  TaskMetrics m;
  m.classes = classes;
  auto has = [](const std::vector<std::string>& set, const std::string& id) {
    return std::find(set.begin(), set.end(), id) != set.end();
  };
  int exact = 0;
  for (size_t i = 0; i < expected.size(); ++i) {
    std::vector<std::string> e = expected[i], p = predicted[i];
    std::sort(e.begin(), e.end());
    std::sort(p.begin(), p.end());
    exact += e == p ? 1 : 0;
  }
  for (const std::string& id : classes) {
    ClassMetrics cm;
    cm.id = id;
    for (size_t i = 0; i < expected.size(); ++i) {
      const bool e = has(expected[i], id), p = has(predicted[i], id);
      cm.support += e ? 1 : 0;
      cm.predicted += p ? 1 : 0;
      cm.correct += e && p ? 1 : 0;
    }
    Finish(&cm);
    m.per_class.push_back(cm);
  }
  m.macro_f1 = MacroF1(m.per_class);
  m.accuracy = expected.empty() ? 0 : double(exact) / double(expected.size());
  return m;
}

}  // namespace wijzij
