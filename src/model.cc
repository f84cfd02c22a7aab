#include "model.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <functional>
#include <set>

#include "builtin_lexicons.h"
#include "domain.h"
#include "source.h"
#include "text_lines.h"

namespace wijzij {

const std::vector<std::string_view>& RowIds() {
  static const std::vector<std::string_view> kRows = {
      "controle_omgang",      "naleving_vindingrijkheid", "afwachten_inspelen",
      "directief_empathisch", "oplossing_vraagstuk",      "informeren_vertellen"};
  return kRows;
}

const SchemeModel* Model::FindScheme(std::string_view id) const {
  for (const auto& s : schemes)
    if (s.id == id) return &s;
  return nullptr;
}
const RowModel* Model::FindRow(std::string_view id) const {
  for (const auto& r : rows)
    if (r.id == id) return &r;
  return nullptr;
}
const ColumnModel* Model::FindColumn(std::string_view id) const {
  for (const auto& c : columns)
    if (c.id == id) return &c;
  return nullptr;
}

const SignalModel* Model::FindSignal(std::string_view id) const {
  for (const auto* group : {&reading.narratives, &reading.axes, &reading.themes,
                            &reading.attention, &reading.intimidation}) {
    for (const SignalModel& s : *group)
      if (s.id == id) return &s;
  }
  return nullptr;
}

std::string Model::SignalName(std::string_view id, bool dutch) const {
  const SignalModel* s = FindSignal(id);
  return s ? Pick(dutch, s->texts.name_nl, s->texts.name_en) : std::string(id);
}

namespace {

class ModelParser {
 public:
  ModelParser(const std::string& file, const LexiconSet& lexicons, Model* model,
              std::vector<Diagnostic>* diags, bool skip_missing)
      : file_(file),
        lexicons_(lexicons),
        model_(model),
        diags_(diags),
        skip_missing_(skip_missing) {}

  bool Parse(std::string_view content) {
    *model_ = Model();
    model_->file = file_;
    ForEachLine(content, [this](int number, std::string_view line) {
      ParseLine(number, Trim(StripComment(line)));
    });
    CheckComplete();
    return !failed_;
  }

 private:
  enum class Kind { kNone, kWeights, kScheme, kColumn, kRow, kMarkers, kSignal };

  void Error(int line, std::string message) {
    diags_->push_back({file_, line, Severity::kError, std::move(message)});
    failed_ = true;
  }

  void ParseLine(int line_number, std::string_view line) {
    if (line.empty()) return;
    if (FindInvalidUtf8(line) != std::string_view::npos)
      return Error(line_number, "invalid UTF-8");
    if (line.front() == '[') return ParseSection(line_number, line);
    const size_t eq = line.find('=');
    if (eq == std::string_view::npos)
      return Error(line_number, "expected 'key = value' or a [section]");
    const std::string key(Trim(line.substr(0, eq)));
    const std::string value(Trim(line.substr(eq + 1)));
    if (value.empty()) return Error(line_number, fmt::format("'{}' has no value", key));
    if (!seen_.insert(section_name_ + "/" + key).second) {
      return Error(line_number,
                   fmt::format("'{}' given twice in {}", key, section_name_));
    }
    SetValue(line_number, key, value);
  }

  void ParseSection(int line_number, std::string_view line) {
    if (line.back() != ']') return Error(line_number, "a section line must end with ']'");
    const std::string inside(Trim(line.substr(1, line.size() - 2)));
    section_name_ = "[" + inside + "]";
    const size_t space = inside.find(' ');
    const std::string kind = inside.substr(0, space);
    const std::string id =
        space == std::string::npos ? "" : std::string(Trim(inside.substr(space)));
    if (!sections_.insert(inside).second)
      return Error(line_number, fmt::format("section [{}] given twice", inside));
    kind_ = Kind::kNone;
    if (kind == "weights" && id.empty()) return void(kind_ = Kind::kWeights);
    if (kind == "markers" && id.empty()) return void(kind_ = Kind::kMarkers);
    if (kind == "scheme" && FindDomainId(Schemes(), id)) {
      model_->schemes.push_back({id, {}, {}, {}, {}});
      return void(kind_ = Kind::kScheme);
    }
    if (kind == "column" && FindDomainId(Columns(), id)) {
      model_->columns.push_back({id, {}, {}});
      return void(kind_ = Kind::kColumn);
    }
    if (kind == "row" &&
        std::find(RowIds().begin(), RowIds().end(), id) != RowIds().end()) {
      model_->rows.push_back({id, {}, {}, {}, {}, {}});
      return void(kind_ = Kind::kRow);
    }
    if (std::vector<SignalModel>* signals = SignalsOf(kind); signals && !id.empty()) {
      if (model_->FindSignal(id))
        return Error(line_number, fmt::format("'{}' names two reading classes", id));
      signals->push_back({id, {}, {}, 1.0, {}});
      signal_ = &signals->back();
      return void(kind_ = Kind::kSignal);
    }
    Error(line_number, fmt::format("unknown section [{}]; expected [weights], [markers], "
                                   "[scheme <id>], [column <id>], [row <id>], "
                                   "[narrative <id>], [axis <id>], [theme <id>], "
                                   "[attention <id>] or [intimidation <id>]",
                                   inside));
    section_name_ = "";
  }

  void SetValue(int line, const std::string& key, const std::string& value) {
    switch (kind_) {
      case Kind::kNone:
        return Error(line, fmt::format("'{}' stands outside a known section", key));
      case Kind::kWeights:
        return SetWeight(line, key, value);
      case Kind::kMarkers:
        return SetMarkers(line, key, value);
      case Kind::kScheme:
        return SetScheme(line, key, value, &model_->schemes.back());
      case Kind::kColumn:
        if (key == "evidence")
          return Categories(line, value, &model_->columns.back().evidence);
        if (!SetText(key, value, &model_->columns.back().texts)) UnknownKey(line, key);
        return;
      case Kind::kRow:
        return SetRow(line, key, value, &model_->rows.back());
      case Kind::kSignal:
        return SetSignal(line, key, value, signal_);
    }
  }

  std::vector<SignalModel>* SignalsOf(const std::string& kind) {
    ReadingModel& r = model_->reading;
    if (kind == "narrative") return &r.narratives;
    if (kind == "axis") return &r.axes;
    if (kind == "theme") return &r.themes;
    if (kind == "attention") return &r.attention;
    if (kind == "intimidation") return &r.intimidation;
    return nullptr;
  }

  void SetSignal(int line, const std::string& key, const std::string& value,
                 SignalModel* s) {
    if (key == "evidence") return Categories(line, value, &s->evidence);
    if (key == "requires") return Categories(line, value, &s->required);
    if (key == "unless") return Categories(line, value, &s->unless);
    if (key == "threshold") {
      const auto [ptr, ec] =
          std::from_chars(value.data(), value.data() + value.size(), s->threshold);
      if (ec != std::errc() || ptr != value.data() + value.size() || s->threshold <= 0)
        Error(line, fmt::format("threshold: '{}' is not a number above 0", value));
      return;
    }
    if (!SetText(key, value, &s->texts)) UnknownKey(line, key);
  }

  void UnknownKey(int line, const std::string& key) {
    Error(line, fmt::format("unknown key '{}' in {}", key, section_name_));
  }

  static bool SetText(const std::string& key, const std::string& value, Texts* t) {
    const std::map<std::string, std::string*> keys = {
        {"name_nl", &t->name_nl},       {"name_en", &t->name_en},
        {"explain_nl", &t->explain_nl}, {"explain_en", &t->explain_en},
        {"instead_nl", &t->instead_nl}, {"instead_en", &t->instead_en}};
    auto it = keys.find(key);
    if (it == keys.end()) return false;
    *it->second = value;
    return true;
  }

  void SetWeight(int line, const std::string& key, const std::string& value) {
    ModelWeights& w = model_->weights;
    const std::map<std::string, double*> keys = {
        {"negated", &w.negated},
        {"quoted", &w.quoted},
        {"quoted_majority", &w.quoted_majority},
        {"vocabulary", &w.vocabulary},
        {"side", &w.side},
        {"opposition", &w.opposition},
        {"length_exponent", &w.length_exponent},
        {"lean", &w.lean},
        {"lean_min_findings", &w.lean_min_findings},
        {"medium", &w.medium},
        {"high", &w.high},
        {"margin", &w.margin},
        {"column_min", &w.column_min},
        {"column_share", &w.column_share},
        {"ground_pattern", &w.ground_pattern}};
    auto it = keys.find(key);
    if (it == keys.end()) return UnknownKey(line, key);
    double number = 0;
    const auto [ptr, ec] =
        std::from_chars(value.data(), value.data() + value.size(), number);
    if (ec != std::errc() || ptr != value.data() + value.size() || number < 0) {
      return Error(line,
                   fmt::format("{}: '{}' is not a number of 0 or more", key, value));
    }
    *it->second = number;
  }

  void SetMarkers(int line, const std::string& key, const std::string& value) {
    if (key == "wij") return Categories(line, value, &model_->wij_markers);
    if (key == "zij") return Categories(line, value, &model_->zij_markers);
    if (key == "above_parties") return Categories(line, value, &model_->above_parties);
    UnknownKey(line, key);
  }

  void SetScheme(int line, const std::string& key, const std::string& value,
                 SchemeModel* s) {
    if (key == "vocabulary") return Categories(line, value, &s->vocabulary);
    if (key == "wij") return Categories(line, value, &s->wij);
    if (key == "zij") return Categories(line, value, &s->zij);
    if (!SetText(key, value, &s->texts)) UnknownKey(line, key);
  }

  void SetRow(int line, const std::string& key, const std::string& value, RowModel* r) {
    if (key == "left") return Categories(line, value, &r->left);
    if (key == "right") return Categories(line, value, &r->right);
    if (key == "advice_nl") return void(r->advice_nl = value);
    if (key == "advice_en") return void(r->advice_en = value);
    if (!SetText(key, value, &r->texts)) UnknownKey(line, key);
  }

  // "a, b, c" -> category indices; unknown ids are errors at this line.
  void Categories(int line, const std::string& value, std::vector<uint32_t>* out) {
    size_t begin = 0;
    while (begin <= value.size()) {
      size_t end = value.find(',', begin);
      if (end == std::string::npos) end = value.size();
      const std::string id(Trim(std::string_view(value).substr(begin, end - begin)));
      begin = end + 1;
      if (id.empty()) continue;
      const int index = lexicons_.FindCategory(id);
      if (index < 0 && skip_missing_) continue;
      if (index < 0) {
        Error(line,
              fmt::format("category '{}' is not loaded (see 'wijzij lexicon list')", id));
      } else {
        out->push_back(static_cast<uint32_t>(index));
      }
    }
  }

  void CheckComplete() {
    for (const DomainId& s : Schemes()) {
      if (!model_->FindScheme(s.id))
        Error(0, fmt::format("no [scheme {}] section", s.id));
    }
    for (const DomainId& c : Columns()) {
      if (!model_->FindColumn(c.id))
        Error(0, fmt::format("no [column {}] section", c.id));
    }
    for (std::string_view r : RowIds()) {
      if (!model_->FindRow(r)) Error(0, fmt::format("no [row {}] section", r));
    }
    SortLikeDomain();
  }

  void SortLikeDomain() {
    auto rank = [](const auto& ids, std::string_view id) {
      for (size_t i = 0; i < ids.size(); ++i)
        if (ids[i] == id) return i;
      return ids.size();
    };
    std::vector<std::string_view> scheme_ids;
    for (const auto& s : Schemes()) scheme_ids.push_back(s.id);
    std::sort(model_->schemes.begin(), model_->schemes.end(),
              [&](const auto& a, const auto& b) {
                return rank(scheme_ids, a.id) < rank(scheme_ids, b.id);
              });
    std::sort(model_->rows.begin(), model_->rows.end(),
              [&](const auto& a, const auto& b) {
                return rank(RowIds(), a.id) < rank(RowIds(), b.id);
              });
  }

  const std::string& file_;
  const LexiconSet& lexicons_;
  Model* model_;
  std::vector<Diagnostic>* diags_;
  bool skip_missing_;
  Kind kind_ = Kind::kNone;
  SignalModel* signal_ = nullptr;  ///< the [narrative …] etc. being read
  std::string section_name_;
  std::set<std::string> seen_, sections_;
  bool failed_ = false;
};

}  // namespace

bool ParseModel(const std::string& file, std::string_view content,
                const LexiconSet& lexicons, Model* model,
                std::vector<Diagnostic>* diagnostics, bool skip_missing) {
  return ModelParser(file, lexicons, model, diagnostics, skip_missing).Parse(content);
}

bool LoadModel(const std::string& path, const LexiconSet& lexicons, Model* model,
               std::vector<Diagnostic>* diagnostics) {
  if (path.empty()) {
    for (const BuiltinLexicon& builtin : BuiltinModels()) {
      return ParseModel(std::string(builtin.name), builtin.content, lexicons, model,
                        diagnostics,
                        /*skip_missing=*/true);
    }
    diagnostics->push_back({"wijzij.model", 0, Severity::kError, "no built-in model"});
    return false;
  }
  std::string content, error;
  if (!ReadAll(path, &content, &error)) {
    diagnostics->push_back({path, 0, Severity::kError, error});
    return false;
  }
  return ParseModel(path, content, lexicons, model, diagnostics);
}

}  // namespace wijzij
