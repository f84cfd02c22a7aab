#include "model.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <string_view>
#include <utility>

#include "builtin_lexicons.h"
#include "source.h"
#include "text_lines.h"

namespace wijzij {

void EvidenceList::Add(uint32_t category, double weight) {
  items_.push_back({category, weight});
  if (category >= by_category_.size()) {
    by_category_.resize(category + 1u, 0.0);
    has_.resize(category + 1u, false);
  }
  by_category_[category] = weight;
  has_[category] = true;
}

const std::vector<WeightField>& WeightFields() {
  static const std::vector<WeightField> kFields = {
      {"negated", &ModelWeights::negated},
      {"quoted", &ModelWeights::quoted},
      {"quoted_majority", &ModelWeights::quoted_majority},
      {"vocabulary", &ModelWeights::vocabulary},
      {"side", &ModelWeights::side},
      {"opposition", &ModelWeights::opposition},
      {"strong_label", &ModelWeights::strong_label},
      {"length_exponent", &ModelWeights::length_exponent},
      {"lean", &ModelWeights::lean},
      {"lean_min_findings", &ModelWeights::lean_min_findings},
      {"lean_word", &ModelWeights::lean_word},
      {"medium", &ModelWeights::medium},
      {"high", &ModelWeights::high},
      {"margin", &ModelWeights::margin},
      {"column_min", &ModelWeights::column_min},
      {"column_share", &ModelWeights::column_share},
      {"stance_min", &ModelWeights::stance_min},
      {"stance_share", &ModelWeights::stance_share},
      {"ground_pattern", &ModelWeights::ground_pattern},
      {"relayed", &ModelWeights::relayed},
      {"relayed_scheme", &ModelWeights::relayed_scheme}};
  return kFields;
}

namespace {

template <class T>
const T* FindById(const std::vector<T>& items, std::string_view id) {
  for (const T& item : items)
    if (item.id == id) return &item;
  return nullptr;
}

}  // namespace

const SchemeModel* Model::FindScheme(std::string_view id) const {
  return FindById(schemes, id);
}
const RowModel* Model::FindRow(std::string_view id) const { return FindById(rows, id); }
const ColumnModel* Model::FindColumn(std::string_view id) const {
  return FindById(columns, id);
}
const DimensionModel* Model::FindDimension(std::string_view id) const {
  return FindById(dimensions, id);
}

const ColumnModel* Model::ColumnOn(Side side) const {
  for (const ColumnModel& c : columns)
    if (c.side == side) return &c;
  return nullptr;
}

const ClassModel* Model::FindClass(std::string_view id) const {
  for (const DimensionModel& d : dimensions)
    if (const ClassModel* c = FindById(d.classes, id)) return c;
  return nullptr;
}

std::string Model::ClassName(std::string_view id, bool dutch) const {
  const ClassModel* c = FindClass(id);
  return c ? Pick(dutch, c->texts.name_nl, c->texts.name_en) : std::string(id);
}

bool Model::IsWij(uint32_t category) const {
  return wij_markers.Has(category) ||
         std::any_of(schemes.begin(), schemes.end(),
                     [&](const SchemeModel& s) { return s.wij.Has(category); });
}

bool Model::IsZij(uint32_t category) const {
  return zij_markers.Has(category) ||
         std::any_of(schemes.begin(), schemes.end(),
                     [&](const SchemeModel& s) { return s.zij.Has(category); });
}

namespace {

bool ParseNumber(const std::string& text, double* number) {
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), *number);
  return ec == std::errc() && ptr == text.data() + text.size();
}

// The advice templates must format with {name} and {instead} alone.
bool ValidTemplate(const std::string& text) {
  try {
    (void)fmt::format(fmt::runtime(text), fmt::arg("name", ""), fmt::arg("instead", ""));
    return true;
  } catch (const fmt::format_error&) {
    return false;
  }
}

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
  enum class Kind { kNone, kWeights, kTrain, kMarkers, kScheme, kColumn, kRow, kDimension, kClass };

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
    section_line_[section_name_] = line_number;
    const size_t space = inside.find(' ');
    const std::string kind = inside.substr(0, space);
    const std::string id =
        space == std::string::npos ? "" : std::string(Trim(inside.substr(space)));
    if (!sections_.insert(inside).second)
      return Error(line_number, fmt::format("section [{}] given twice", inside));
    kind_ = Kind::kNone;
    if (kind == "weights" && id.empty()) return void(kind_ = Kind::kWeights);
    if (kind == "markers" && id.empty()) return void(kind_ = Kind::kMarkers);
    if (kind == "train" && id.empty()) return void(kind_ = Kind::kTrain);
    if (id.empty()) return UnknownSection(line_number, inside);
    if (kind == "scheme") return Begin(Kind::kScheme, &model_->schemes, id);
    if (kind == "column") return Begin(Kind::kColumn, &model_->columns, id);
    if (kind == "row") return Begin(Kind::kRow, &model_->rows, id);
    if (kind == "dimension") {
      if (model_->FindDimension(id))
        return Error(line_number, fmt::format("dimension '{}' given twice", id));
      return Begin(Kind::kDimension, &model_->dimensions, id);
    }
    if (DimensionModel* d = DimensionOfKind(kind)) {
      if (model_->FindClass(id))
        return Error(line_number, fmt::format("'{}' names two reading classes", id));
      classes_of_ = d;
      return Begin(Kind::kClass, &d->classes, id);
    }
    UnknownSection(line_number, inside);
  }

  template <class T>
  void Begin(Kind kind, std::vector<T>* items, const std::string& id) {
    items->emplace_back();
    items->back().id = id;
    kind_ = kind;
  }

  void UnknownSection(int line, const std::string& inside) {
    std::string classes;
    for (const DimensionModel& d : model_->dimensions)
      if (!d.class_kind.empty()) classes += fmt::format(", [{} <id>]", d.class_kind);
    Error(line, fmt::format("unknown section [{}]; expected [weights], [train], [markers], "
                            "[scheme <id>], [column <id>], [row <id>], "
                            "[dimension <id>]{}",
                            inside, classes));
    section_name_ = "";
  }

  DimensionModel* DimensionOfKind(const std::string& kind) {
    for (DimensionModel& d : model_->dimensions)
      if (d.class_kind == kind) return &d;
    return nullptr;
  }

  void SetValue(int line, const std::string& key, const std::string& value) {
    switch (kind_) {
      case Kind::kNone:
        return Error(line, fmt::format("'{}' stands outside a known section", key));
      case Kind::kWeights:
        return SetWeight(line, key, value);
      case Kind::kTrain:
        if (key == "l2") return Number(line, key, value, &model_->train.l2);
        if (key == "steps") return Number(line, key, value, &model_->train.steps);
        if (key == "keep") return Share(line, key, value, &model_->train.keep);
        if (key.starts_with("l2_") && key.size() > 3)
          return Number(line, key, value, &model_->train.l2_by_field[key.substr(3)]);
        return UnknownKey(line, key);
      case Kind::kMarkers:
        return SetMarkers(line, key, value);
      case Kind::kScheme:
        return SetScheme(line, key, value, &model_->schemes.back());
      case Kind::kColumn:
        return SetColumn(line, key, value, &model_->columns.back());
      case Kind::kRow:
        return SetRow(line, key, value, &model_->rows.back());
      case Kind::kDimension:
        return SetDimension(line, key, value, &model_->dimensions.back());
      case Kind::kClass:
        return SetClass(line, key, value, &classes_of_->classes.back());
    }
  }

  void UnknownKey(int line, const std::string& key) {
    Error(line, fmt::format("unknown key '{}' in {}", key, section_name_));
  }

  static bool SetText(const std::string& key, const std::string& value, Texts* t) {
    // A table, not a map built per call: a start parses some 300 texts.
    static constexpr std::pair<std::string_view, std::string Texts::*> kKeys[] = {
        {"name_nl", &Texts::name_nl},       {"name_en", &Texts::name_en},
        {"explain_nl", &Texts::explain_nl}, {"explain_en", &Texts::explain_en},
        {"instead_nl", &Texts::instead_nl}, {"instead_en", &Texts::instead_en}};
    for (const auto& [name, field] : kKeys) {
      if (key == name) {
        t->*field = value;
        return true;
      }
    }
    return false;
  }

  void SetWeight(int line, const std::string& key, const std::string& value) {
    const auto& fields = WeightFields();
    const auto it = std::find_if(fields.begin(), fields.end(),
                                 [&](const WeightField& f) { return f.name == key; });
    if (it == fields.end()) return UnknownKey(line, key);
    double number = 0;
    if (NonNegative(line, key, value, &number)) model_->weights.*(it->field) = number;
  }

  void SetMarkers(int line, const std::string& key, const std::string& value) {
    if (key == "wij") return Categories(line, value, &model_->wij_markers);
    if (key == "zij") return Categories(line, value, &model_->zij_markers);
    if (key == "above_parties") return Categories(line, value, &model_->above_parties);
    UnknownKey(line, key);
  }

  void SetScheme(int line, const std::string& key, const std::string& value,
                 SchemeModel* s) {
    if (key == "vocabulary" || key == "wij" || key == "zij") named_.insert(s->id);
    if (key == "vocabulary") return Categories(line, value, &s->vocabulary);
    if (key == "wij") return Categories(line, value, &s->wij);
    if (key == "zij") return Categories(line, value, &s->zij);
    if (key == "ground_pattern") return YesNo(line, key, value, &s->ground_pattern);
    if (key == "stance") return YesNo(line, key, value, &s->stance);
    if (key == "requires") return Categories(line, value, &s->required);
    if (key == "bias") return Number(line, key, value, &s->bias);
    if (key == "opposition") {
      double weight = 0;
      Number(line, key, value, &weight);
      return void(s->opposition = weight);
    }
    if (!SetText(key, value, &s->texts)) UnknownKey(line, key);
  }

  void SetColumn(int line, const std::string& key, const std::string& value,
                 ColumnModel* c) {
    if (key == "evidence") return Categories(line, value, &c->evidence);
    if (key == "bias") {
      double bias = 0;
      Number(line, key, value, &bias);
      return void(c->bias = bias);
    }
    if (key == "side") {
      if (value != "left" && value != "right")
        return Error(line, fmt::format("side: '{}' is not left or right", value));
      c->side = value == "left" ? Side::kLeft : Side::kRight;
      return void(named_.insert("column " + c->id));
    }
    if (!SetText(key, value, &c->texts)) UnknownKey(line, key);
  }

  void SetRow(int line, const std::string& key, const std::string& value, RowModel* r) {
    if (key == "left") return Categories(line, value, &r->left);
    if (key == "right") return Categories(line, value, &r->right);
    if (key == "advice_nl") return void(r->advice_nl = value);
    if (key == "advice_en") return void(r->advice_en = value);
    if (!SetText(key, value, &r->texts)) UnknownKey(line, key);
  }

  void SetDimension(int line, const std::string& key, const std::string& value,
                    DimensionModel* d) {
    if (key == "classes") return SetClassKind(line, value, d);
    if (key == "select") return SetSelection(line, value, d);
    if (key == "learn") return YesNo(line, key, value, &d->learn);
    if (key == "scale") {
      if (value != "words") return Error(line, fmt::format("scale: '{}' is not words", value));
      return void(d->per_words = true);
    }
    if (key == "class_nl") return void(d->class_nl = value);
    if (key == "class_en") return void(d->class_en = value);
    if (key == "advice_id") return void(d->advice_id = value);
    if (key == "advice_nl" || key == "advice_en") {
      if (!ValidTemplate(value))
        return Error(line, fmt::format("{}: a template may use only {{name}} and {{instead}}",
                                       key));
      return void((key == "advice_nl" ? d->advice_nl : d->advice_en) = value);
    }
    if (key == "close_margin") return void(NonNegative(line, key, value, &d->close_margin));
    if (key == "advice_max" || key == "advice_order") {
      double number = 0;
      if (!NonNegative(line, key, value, &number)) return;
      if (key == "advice_max") return void(d->advice_max = static_cast<size_t>(number));
      return void(d->advice_order = number);
    }
    if (!SetText(key, value, &d->texts)) UnknownKey(line, key);
  }

  void SetClassKind(int line, const std::string& value, DimensionModel* d) {
    static const std::set<std::string> kTaken = {"weights", "train", "markers", "scheme",
                                                 "column",  "row",   "dimension"};
    if (kTaken.count(value) || DimensionOfKind(value))
      return Error(line, fmt::format("classes: '{}' is already a section name", value));
    d->class_kind = value;
  }

  void SetSelection(int line, const std::string& value, DimensionModel* d) {
    if (value == "all") return void(d->select = Selection::kAll);
    if (value == "strongest") return void(d->select = Selection::kStrongest);
    if (value == "flag") return void(d->select = Selection::kFlag);
    if (value == "argmax") return void(d->select = Selection::kArgmax);
    Error(line, fmt::format("select: '{}' is not all, strongest, flag or argmax", value));
  }

  void SetClass(int line, const std::string& key, const std::string& value, ClassModel* c) {
    if (key == "evidence") return Categories(line, value, &c->evidence);
    if (key == "requires") return Categories(line, value, &c->required);
    if (key == "requires_per_100_words")
      return void(NonNegative(line, key, value, &c->required_per_100_words));
    if (key == "unless") return Categories(line, value, &c->unless);
    if (key == "advice") return YesNo(line, key, value, &c->advice);
    if (key == "relays") return YesNo(line, key, value, &c->relays);
    if (key == "adopts") return Categories(line, value, &c->adopts);
    if (key == "stance") return YesNo(line, key, value, &c->stance);
    if (key == "schemes") return SchemeIds(line, value, c);
    if (key == "bias") return Number(line, key, value, &c->bias);
    if (key == "threshold") return void(NonNegative(line, key, value, &c->threshold));
    if (!SetText(key, value, &c->texts)) UnknownKey(line, key);
  }

  // Scheme ids are checked once the whole file is read (CheckSchemeIds):
  // a scheme may be defined after the class that names it.
  void SchemeIds(int line, const std::string& value, ClassModel* c) {
    for (const std::string& id : CommaItems(value)) {
      if (id.empty()) return Error(line, fmt::format("schemes: empty id in '{}'", value));
      c->schemes.push_back(id);
      scheme_refs_.emplace_back(line, id);
    }
  }

  void CheckSchemeIds() {
    for (const auto& [line, id] : scheme_refs_) {
      if (!model_->FindScheme(id))
        Error(line, fmt::format("schemes: '{}' is not a [scheme] of this model", id));
    }
  }

  void Number(int line, const std::string& key, const std::string& value, double* out) {
    if (!ParseNumber(value, out)) Error(line, fmt::format("{}: '{}' is not a number", key, value));
  }

  bool NonNegative(int line, const std::string& key, const std::string& value, double* out) {
    if (ParseNumber(value, out) && *out >= 0) return true;
    Error(line, fmt::format("{}: '{}' is not a number of 0 or more", key, value));
    return false;
  }

  void Share(int line, const std::string& key, const std::string& value, double* out) {
    if (!ParseNumber(value, out) || *out < 0 || *out > 1)
      Error(line, fmt::format("{}: '{}' is not a number from 0 to 1", key, value));
  }

  void YesNo(int line, const std::string& key, const std::string& value, bool* out) {
    if (value != "yes" && value != "no")
      return Error(line, fmt::format("{}: '{}' is not yes or no", key, value));
    *out = value == "yes";
  }

  // "a, b" -> "a", "b"; an empty item stays, for the caller to judge.
  static std::vector<std::string> CommaItems(const std::string& value) {
    std::vector<std::string> items;
    size_t begin = 0;
    while (begin <= value.size()) {
      const size_t end = std::min(value.find(',', begin), value.size());
      items.emplace_back(Trim(std::string_view(value).substr(begin, end - begin)));
      begin = end + 1;
    }
    return items;
  }

  // "a, b:0.5, c" -> categories with weights; unknown ids are errors here.
  void Categories(int line, const std::string& value, EvidenceList* out) {
    for (const std::string& item : CommaItems(value)) {
      if (!item.empty()) Category(line, item, out);
    }
  }

  void Category(int line, const std::string& item, EvidenceList* out) {
    const size_t colon = item.find(':');
    const std::string id(Trim(std::string_view(item).substr(0, colon)));
    double weight = 1.0;
    if (colon != std::string::npos) {
      const std::string number(Trim(std::string_view(item).substr(colon + 1)));
      if (!ParseNumber(number, &weight))
        return Error(line, fmt::format("'{}': the weight after ':' must be a number", item));
    }
    const int index = lexicons_.FindCategory(id);
    if (index < 0 && skip_missing_) return;
    if (index < 0) {
      return Error(line,
                   fmt::format("category '{}' is not loaded (see 'wijzij lexicon list')", id));
    }
    out->Add(static_cast<uint32_t>(index), weight);
  }

  int LineOf(const std::string& section) const {
    const auto it = section_line_.find(section);
    return it == section_line_.end() ? 0 : it->second;
  }

  void CheckComplete() {
    if (model_->schemes.empty()) Error(0, "no [scheme <id>] section");
    for (const SchemeModel& s : model_->schemes) {
      if (!named_.count(s.id))
        Error(LineOf("[scheme " + s.id + "]"),
              fmt::format("[scheme {}] names no vocabulary, wij or zij categories", s.id));
    }
    if (std::count_if(model_->schemes.begin(), model_->schemes.end(),
                      [](const SchemeModel& s) { return s.ground_pattern; }) > 1)
      Error(0, "more than one scheme says ground_pattern = yes");
    CheckColumns();
    CheckTrainFields();
    CheckSchemeIds();
    if (model_->rows.empty()) Error(0, "no [row <id>] section");
    for (const DimensionModel& d : model_->dimensions) {
      if (d.class_kind.empty())
        Error(LineOf("[dimension " + d.id + "]"),
              fmt::format("[dimension {}] has no 'classes = <section word>'", d.id));
    }
  }

  // "l2_voice" must name a field `wijzij train` fits, or a typo goes unseen.
  void CheckTrainFields() {
    for (const auto& entry : model_->train.l2_by_field) {
      const std::string& field = entry.first;  // a lambda cannot capture a binding (C++20)
      const bool known =
          field == "scheme" || field == "column" ||
          std::any_of(model_->dimensions.begin(), model_->dimensions.end(),
                      [&](const DimensionModel& d) { return d.id == field; });
      if (!known)
        Error(LineOf("[train]"),
              fmt::format("[train] l2_{}: no field '{}' (scheme, column or a dimension)", field,
                          field));
    }
  }

  void CheckColumns() {
    for (const ColumnModel& c : model_->columns) {
      if (!named_.count("column " + c.id))
        Error(LineOf("[column " + c.id + "]"),
              fmt::format("[column {}] has no 'side = left' or 'side = right'", c.id));
    }
    for (Side side : {Side::kLeft, Side::kRight}) {
      const auto n = std::count_if(model_->columns.begin(), model_->columns.end(),
                                   [&](const ColumnModel& c) { return c.side == side; });
      const char* name = side == Side::kLeft ? "left" : "right";
      if (n != 1) Error(0, fmt::format("expected one [column <id>] with side = {}", name));
    }
  }

  const std::string& file_;
  const LexiconSet& lexicons_;
  Model* model_;
  std::vector<Diagnostic>* diags_;
  bool skip_missing_;
  Kind kind_ = Kind::kNone;
  DimensionModel* classes_of_ = nullptr;  ///< the dimension whose class is being read
  std::string section_name_;
  std::set<std::string> seen_, sections_;
  std::set<std::string> named_;  ///< schemes and columns that gave their key
  std::map<std::string, int> section_line_;
  std::vector<std::pair<int, std::string>> scheme_refs_;  ///< (line, id) of each `schemes` id
  bool failed_ = false;
};

}  // namespace

bool ParseModel(const std::string& file, std::string_view content,
                const LexiconSet& lexicons, Model* model,
                std::vector<Diagnostic>* diagnostics, bool skip_missing) {
  return ModelParser(file, lexicons, model, diagnostics, skip_missing).Parse(content);
}

bool ReadModelText(const std::string& path, std::string* text, std::string* error) {
  if (!path.empty()) return ReadAll(path, text, error);
  for (const BuiltinLexicon& builtin : BuiltinModels()) {
    *text = std::string(builtin.content);
    return true;
  }
  *error = "no built-in model";
  return false;
}

namespace {

// "[scheme x]" -> "scheme x", else empty.
std::string SectionOf(std::string_view line) {
  line = Trim(StripComment(line));
  if (line.size() < 2 || line.front() != '[' || line.back() != ']') return "";
  return std::string(Trim(line.substr(1, line.size() - 2)));
}

std::string KeyOf(std::string_view line) {
  line = Trim(StripComment(line));
  const size_t eq = line.find('=');
  return eq == std::string_view::npos ? "" : std::string(Trim(line.substr(0, eq)));
}

}  // namespace

std::string PatchModelText(std::string_view text, const std::vector<ModelEdit>& edits) {
  std::vector<std::string> lines;
  ForEachLine(text, [&](int, std::string_view line) { lines.emplace_back(line); });
  for (const ModelEdit& edit : edits) {
    const std::string written = edit.key + " = " + edit.value;
    std::string section;
    size_t header = lines.size(), found = lines.size();
    for (size_t i = 0; i < lines.size() && found == lines.size(); ++i) {
      if (const std::string s = SectionOf(lines[i]); !s.empty()) {
        section = s;
        if (s == edit.section) header = i;
      } else if (section == edit.section && KeyOf(lines[i]) == edit.key) {
        found = i;
      }
    }
    if (found < lines.size()) {
      lines[found] = written;
    } else if (header < lines.size()) {
      lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(header) + 1, written);
    } else {
      if (!lines.empty() && !Trim(lines.back()).empty()) lines.push_back("");
      lines.push_back("[" + edit.section + "]");
      lines.push_back(written);
    }
  }
  std::string out;
  for (const std::string& line : lines) out += line + "\n";
  return out;
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
