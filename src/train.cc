#include "train.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iostream>
#include <utility>

#include "analysis.h"
#include "eval.h"
#include "logistic.h"
#include "source.h"

namespace wijzij {

namespace {

// What training reads of one labelled text.
struct Sample {
  std::vector<double> totals;  ///< summed finding weight per category
  uint32_t words = 0;
  std::vector<uint32_t> oppositions;  ///< per scheme
  bool relays = false;                ///< its voice relays others
};

// A weight this small is left out of the model file.
constexpr double kNegligible = 1e-3;

bool ReadSamples(const LabelsTable& table, const LexiconSet& lexicons, const Model& model,
                 std::vector<Sample>* samples) {
  const Analyzer analyzer(lexicons, model);
  bool ok = true;
  samples->clear();
  for (const LabelsTable::Row& row : table.rows) {
    SourceText source;
    std::string error;
    Sample sample;
    sample.totals.assign(lexicons.categories.size(), 0);
    if (!ReadSource(row.path, &source, &error)) {
      Message(error);
      ok = false;
    } else {
      const DocumentReport report = analyzer.Analyze(std::move(source));
      for (uint32_t c = 0; c < sample.totals.size(); ++c)
        sample.totals[c] = report.tally.Of(c).weight[report.mostly_quoted];
      sample.words = report.words;
      sample.relays = report.relays;
      for (const SchemeScore& s : report.scheme.scores) sample.oppositions.push_back(s.opposition);
    }
    samples->push_back(std::move(sample));
  }
  return ok;
}

// The categories of `lists`, each once, in the order they are named.
std::vector<uint32_t> Union(const std::vector<const EvidenceList*>& lists) {
  std::vector<uint32_t> out;
  for (const EvidenceList* list : lists) {
    for (const Evidence& e : list->items())
      if (std::find(out.begin(), out.end(), e.category) == out.end()) out.push_back(e.category);
  }
  return out;
}

// "a:0.8123, b:-0.2" for the weights of `features` that count.
std::string WeightList(const LexiconSet& lexicons, const std::vector<uint32_t>& features,
                       const std::vector<double>& weights, size_t count) {
  std::string out;
  size_t strongest = 0;
  for (size_t j = 0; j < count; ++j) {
    if (std::abs(weights[j]) > std::abs(weights[strongest])) strongest = j;
    if (std::abs(weights[j]) < kNegligible) continue;
    out += fmt::format("{}{}:{:.4f}", out.empty() ? "" : ", ",
                       lexicons.categories[features[j]].id, weights[j]);
  }
  // A list may not be empty: keep the strongest, however small.
  if (out.empty() && count > 0)
    out = fmt::format("{}:{:.4f}", lexicons.categories[features[strongest]].id,
                      std::abs(weights[strongest]) < kNegligible ? kNegligible : weights[strongest]);
  return out;
}

std::string Number(double value) { return fmt::format("{:.4f}", value); }

double LengthOf(const Model& model, uint32_t words) {
  return std::pow(std::max(1.0, words / 100.0), model.weights.length_exponent);
}

// A sample's summed weight of each of `categories` as scoring sees it:
// times the relay factor, divided by the length, as one row of features.
std::vector<double> ScaledTotals(const Sample& sample, const std::vector<uint32_t>& categories,
                                 double relayed, double length) {
  std::vector<double> x;
  x.reserve(categories.size());
  for (uint32_t c : categories) x.push_back(sample.totals[c] * relayed / length);
  return x;
}

// Labelled rows of a field: their indices and the class index of each.
struct Labelled {
  std::vector<size_t> rows;
  std::vector<size_t> labels;
};

Labelled LabelsOf(const LabelsTable& table, int field, const std::vector<std::string>& classes) {
  Labelled out;
  for (size_t i = 0; i < table.rows.size(); ++i) {
    const std::string& value = table.rows[i].values[static_cast<size_t>(field)];
    const auto it = std::find(classes.begin(), classes.end(), value);
    if (value == kUnlabelled || it == classes.end()) continue;
    out.rows.push_back(i);
    out.labels.push_back(static_cast<size_t>(it - classes.begin()));
  }
  return out;
}

// Every value of a field the model answers must be one of its classes.
bool CheckLabels(const std::string& file, const LabelsTable& table, const Model& model) {
  std::vector<std::pair<std::string, std::vector<std::string>>> fields;
  std::vector<std::string> schemes = {std::string(kNoneId)}, columns = {std::string(kNoneId)};
  for (const SchemeModel& s : model.schemes) schemes.push_back(s.id);
  for (const ColumnModel& c : model.columns) columns.push_back(c.id);
  fields.emplace_back("scheme", schemes);
  fields.emplace_back("column", columns);
  for (const DimensionModel& d : model.dimensions) {
    if (d.select == Selection::kAll || d.select == Selection::kFlag) continue;
    std::vector<std::string> ids = {std::string(kNoneId)};
    for (const ClassModel& c : d.classes) ids.push_back(c.id);
    fields.emplace_back(d.id, ids);
  }
  bool ok = true;
  for (const auto& [name, ids] : fields) {
    const int field = table.FieldIndex(name);
    if (field < 0) continue;
    for (const LabelsTable::Row& row : table.rows) {
      const std::string& value = row.values[static_cast<size_t>(field)];
      if (value == kUnlabelled || std::find(ids.begin(), ids.end(), value) != ids.end()) continue;
      std::cerr << FormatDiagnostic({file, row.line, Severity::kError,
                                     fmt::format("unknown {} '{}'", name, value)})
                << '\n';
      ok = false;
    }
  }
  return ok;
}

LogisticOptions Options(const Model& model, std::string_view field,
                        std::optional<size_t> reference) {
  LogisticOptions o;
  o.l2 = model.train.L2For(field);
  o.steps = static_cast<size_t>(model.train.steps);
  o.keep = model.train.keep;
  o.reference = reference;
  return o;
}

// The categories a class may weigh (its mask) with their fitted weights.
std::pair<std::vector<uint32_t>, std::vector<double>> OwnWeights(
    const std::vector<uint32_t>& categories, const std::vector<bool>& mask,
    const std::vector<double>& fitted) {
  std::pair<std::vector<uint32_t>, std::vector<double>> out;
  for (size_t j = 0; j < categories.size(); ++j) {
    if (!mask[j]) continue;
    out.first.push_back(categories[j]);
    out.second.push_back(fitted[j]);
  }
  return out;
}

void Report(std::string_view field, const LogisticFit& fit, const LogisticData& data) {
  size_t right = 0;
  for (size_t i = 0; i < data.labels.size(); ++i)
    right += PredictLogistic(fit, data.features[i]) == data.labels[i] ? 1 : 0;
  Message(fmt::format("train: {} fitted on {} texts ({} of them right in training)", field,
                      data.labels.size(), right));
}

// A dimension that picks one class: argmax, or strongest with none.
void FitDimension(const LexiconSet& lexicons, const LabelsTable& table, int field,
                  const std::vector<Sample>& samples, DimensionModel* d,
                  std::vector<ModelEdit>* edits, const Model& model) {
  std::vector<const EvidenceList*> lists;
  std::vector<std::string> classes;
  for (const ClassModel& c : d->classes) {
    lists.push_back(&c.evidence);
    classes.push_back(c.id);
  }
  const bool with_none = d->select == Selection::kStrongest;
  if (with_none) classes.emplace_back(kNoneId);
  const std::vector<uint32_t> features = Union(lists);
  const Labelled labelled = LabelsOf(table, field, classes);
  LogisticData data{{}, labelled.labels, classes.size()};
  for (size_t i : labelled.rows) {
    const double per = d->per_words ? std::max(1.0, samples[i].words / 100.0) : 1.0;
    data.features.push_back(ScaledTotals(samples[i], features, 1, per));
  }
  LogisticOptions options =
      Options(model, d->id, with_none ? std::optional(classes.size() - 1) : std::nullopt);
  // The fit starts from, and is pulled toward, the weights the model has.
  options.prior_weights.assign(classes.size(), std::vector<double>(features.size(), 0));
  options.prior_bias.assign(classes.size(), 0);
  for (size_t k = 0; k < d->classes.size(); ++k) {
    const ClassModel& c = d->classes[k];
    for (size_t j = 0; j < features.size(); ++j)
      options.prior_weights[k][j] = c.evidence.WeightOf(features[j]);
    options.prior_bias[k] = c.bias - (with_none ? c.threshold : 0);
  }
  const LogisticFit fit = FitLogistic(data, options);
  Report(d->id, fit, data);
  for (size_t k = 0; k < d->classes.size(); ++k) {
    ClassModel& c = d->classes[k];
    const std::string section = d->class_kind + " " + c.id;
    edits->push_back({section, "evidence", WeightList(lexicons, features, fit.weights[k], features.size())});
    edits->push_back({section, "bias", Number(fit.bias[k])});
    c.evidence = EvidenceList();
    for (size_t j = 0; j < features.size(); ++j)
      if (std::abs(fit.weights[k][j]) >= kNegligible) c.evidence.Add(features[j], fit.weights[k][j]);
    c.bias = fit.bias[k];
    if (with_none) {
      edits->push_back({section, "threshold", "0"});
      c.threshold = 0;
    }
  }
}

void FitSchemes(const LexiconSet& lexicons, const LabelsTable& table, int field,
                const std::vector<Sample>& samples, const Model& model,
                std::vector<ModelEdit>* edits) {
  std::vector<const EvidenceList*> lists;
  std::vector<std::string> classes;
  for (const SchemeModel& s : model.schemes) {
    for (const EvidenceList* l : {&s.vocabulary, &s.wij, &s.zij}) lists.push_back(l);
    classes.push_back(s.id);
  }
  classes.emplace_back(kNoneId);
  const std::vector<uint32_t> categories = Union(lists);
  const size_t schemes = model.schemes.size(), width = categories.size() + schemes;
  LogisticOptions options = Options(model, "scheme", classes.size() - 1);
  options.mask.assign(classes.size(), std::vector<bool>(width, false));
  for (size_t k = 0; k < schemes; ++k) {
    const SchemeModel& s = model.schemes[k];
    for (size_t j = 0; j < categories.size(); ++j)
      options.mask[k][j] = s.vocabulary.Has(categories[j]) || s.wij.Has(categories[j]) ||
                           s.zij.Has(categories[j]);
    options.mask[k][categories.size() + k] = true;  // its oppositions
  }
  const ModelWeights& w = model.weights;
  options.prior_weights.assign(classes.size(), std::vector<double>(width, 0));
  options.prior_bias.assign(classes.size(), 0);
  for (size_t k = 0; k < schemes; ++k) {
    const SchemeModel& s = model.schemes[k];
    for (size_t j = 0; j < categories.size(); ++j)
      options.prior_weights[k][j] =
          w.vocabulary * s.vocabulary.WeightOf(categories[j]) +
          w.side * std::max(s.wij.WeightOf(categories[j]), s.zij.WeightOf(categories[j]));
    options.prior_weights[k][categories.size() + k] = s.opposition.value_or(w.opposition);
    options.prior_bias[k] = s.bias - w.lean;
  }
  const Labelled labelled = LabelsOf(table, field, classes);
  LogisticData data{{}, labelled.labels, classes.size()};
  for (size_t i : labelled.rows) {
    const double length = LengthOf(model, samples[i].words);
    const double relayed = samples[i].relays ? w.relayed_scheme : 1;
    std::vector<double> x = ScaledTotals(samples[i], categories, relayed, length);
    for (size_t k = 0; k < schemes; ++k)
      x.push_back(k < samples[i].oppositions.size() ? samples[i].oppositions[k] / length : 0);
    data.features.push_back(std::move(x));
  }
  const LogisticFit fit = FitLogistic(data, options);
  Report("schemes", fit, data);
  for (size_t k = 0; k < schemes; ++k) {
    const auto [own, weights] = OwnWeights(categories, options.mask[k], fit.weights[k]);
    const std::string section = "scheme " + model.schemes[k].id;
    edits->push_back({section, "vocabulary", WeightList(lexicons, own, weights, own.size())});
    edits->push_back({section, "opposition", Number(fit.weights[k][categories.size() + k])});
    edits->push_back({section, "bias", Number(fit.bias[k])});
  }
  // The learned scale: a scheme leans from logit 0; its side labels are in
  // its vocabulary now.
  for (const auto& [key, value] : {std::pair{"vocabulary", "1"}, {"side", "0"}, {"lean", "0"},
                                   {"medium", "1"}, {"high", "2.5"}, {"margin", "1"},
                                   {"ground_pattern", "0"}})
    edits->push_back({"weights", key, value});
}

void FitColumns(const LexiconSet& lexicons, const LabelsTable& table, int field,
                const std::vector<Sample>& samples, const Model& model,
                std::vector<ModelEdit>* edits) {
  const ColumnModel* left = model.ColumnOn(Side::kLeft);
  const ColumnModel* right = model.ColumnOn(Side::kRight);
  if (!left || !right) return;
  std::vector<const EvidenceList*> left_lists = {&left->evidence}, right_lists = {&right->evidence};
  for (const RowModel& row : model.rows) {
    left_lists.push_back(&row.left);
    right_lists.push_back(&row.right);
  }
  const std::vector<uint32_t> left_set = Union(left_lists), right_set = Union(right_lists);
  std::vector<const EvidenceList*> all = left_lists;
  all.insert(all.end(), right_lists.begin(), right_lists.end());
  const std::vector<uint32_t> categories = Union(all);
  const std::vector<std::string> classes = {left->id, right->id, std::string(kNoneId)};
  LogisticOptions options = Options(model, "column", 2);
  options.mask.assign(3, std::vector<bool>(categories.size(), false));
  for (size_t j = 0; j < categories.size(); ++j) {
    const auto in = [&](const std::vector<uint32_t>& set) {
      return std::find(set.begin(), set.end(), categories[j]) != set.end();
    };
    options.mask[0][j] = in(left_set);
    options.mask[1][j] = in(right_set);
  }
  // The prior: every category of a side at its weight there, a bias that
  // asks for about the evidence the share rule asks for.
  options.prior_weights.assign(3, std::vector<double>(categories.size(), 0));
  options.prior_bias = {-model.weights.column_min, -model.weights.column_min, 0};
  for (size_t j = 0; j < categories.size(); ++j) {
    for (size_t k = 0; k < 2; ++k) {
      if (!options.mask[k][j]) continue;
      const ColumnModel& column = k == 0 ? *left : *right;
      double weight = column.evidence.WeightOf(categories[j]);
      for (const RowModel& row : model.rows)
        weight = std::max(weight, (k == 0 ? row.left : row.right).WeightOf(categories[j]));
      options.prior_weights[k][j] = weight;
    }
  }
  const Labelled labelled = LabelsOf(table, field, classes);
  LogisticData data{{}, labelled.labels, 3};
  for (size_t i : labelled.rows) {
    const double length = LengthOf(model, samples[i].words);
    const double relayed = samples[i].relays ? model.weights.relayed : 1;
    data.features.push_back(ScaledTotals(samples[i], categories, relayed, length));
  }
  const LogisticFit fit = FitLogistic(data, options);
  Report("columns", fit, data);
  for (size_t k = 0; k < 2; ++k) {
    const auto [own, weights] = OwnWeights(categories, options.mask[k], fit.weights[k]);
    const std::string section = "column " + classes[k];
    edits->push_back({section, "evidence", WeightList(lexicons, own, weights, own.size())});
    edits->push_back({section, "bias", Number(fit.bias[k])});
  }
}

bool Write(const TrainOptions& options, const std::string& text) {
  if (options.output.empty() || options.output == "-") {
    std::cout << text;
    return static_cast<bool>(std::cout);
  }
  std::ofstream out(options.output, std::ios::binary);
  out << text;
  return static_cast<bool>(out.flush());
}

}  // namespace

ExitCode RunTrain(const TrainOptions& options, const LexiconSet& lexicons, const Model& model) {
  LabelsTable table;
  std::vector<Diagnostic> diags;
  const bool read = ReadLabelsTable(options.labels, &table, &diags);
  for (const auto& d : diags) std::cerr << FormatDiagnostic(d) << '\n';
  if (!read || !CheckLabels(options.labels, table, model)) return ExitCode::kError;
  const int split = table.FieldIndex("split");
  std::erase_if(table.rows, [&](const LabelsTable::Row& row) {
    return !options.split.empty() &&
           (split < 0 || row.values[static_cast<size_t>(split)] != options.split);
  });
  std::string text, error;
  if (!ReadModelText(options.model_path, &text, &error)) {
    Message(fmt::format("{}: {}", options.model_path, error));
    return ExitCode::kError;
  }
  // Pass 1: the dimensions, on the texts as they are (no voice relays yet).
  Model fitted = model;
  for (DimensionModel& d : fitted.dimensions)
    for (ClassModel& c : d.classes) c.relays = false;
  std::vector<Sample> samples;
  if (!ReadSamples(table, lexicons, fitted, &samples)) return ExitCode::kError;
  std::vector<ModelEdit> edits;
  for (size_t d = 0; d < fitted.dimensions.size(); ++d) {
    DimensionModel& dimension = fitted.dimensions[d];
    const int field = table.FieldIndex(dimension.id);
    if (field < 0 || !dimension.learn || dimension.select == Selection::kAll ||
        dimension.select == Selection::kFlag)
      continue;
    FitDimension(lexicons, table, field, samples, &dimension, &edits, fitted);
  }
  // Pass 2: schemes and columns, on the texts read with the fitted voice.
  for (size_t d = 0; d < fitted.dimensions.size(); ++d)
    for (size_t k = 0; k < fitted.dimensions[d].classes.size(); ++k)
      fitted.dimensions[d].classes[k].relays = model.dimensions[d].classes[k].relays;
  if (!ReadSamples(table, lexicons, fitted, &samples)) return ExitCode::kError;
  if (const int field = table.FieldIndex("scheme"); field >= 0)
    FitSchemes(lexicons, table, field, samples, fitted, &edits);
  if (const int field = table.FieldIndex("column"); field >= 0)
    FitColumns(lexicons, table, field, samples, fitted, &edits);
  if (!Write(options, PatchModelText(text, edits))) {
    Message(fmt::format("{}: cannot write the model", options.output));
    return ExitCode::kError;
  }
  return ExitCode::kClean;
}

}  // namespace wijzij
