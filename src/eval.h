#pragma once
// `wijzij eval LABELS`: scores the model on a labelled set of texts.
//
// The labels file has one text per line, fields separated by tabs or spaces.
// A header line (with or without a leading '#') names the fields; the first
// is the path, relative to the labels file:
//
//   # path            scheme                    column          split
//   001_toespraak.txt democratie_vs_populisme   bruggenbouwer   dev
//
// Known fields are `scheme`, `column`, `split` and the id of any reading
// dimension of the model (`narratives`, `axis`, …; lists comma-separated,
// "none" for the empty list); other fields are carried along. "-" leaves a
// text unlabelled for that field. Without a header the fields are
// path, scheme, column and split. --split NAME keeps only the lines with that
// split. The report gives per field per-class precision, recall and F1,
// macro-F1, accuracy, the confusion matrix, and every misclassified text.

#include <string>
#include <vector>

#include "diagnostic.h"

namespace wijzij {

/// What a labels file holds: the names of its fields after the path, and
/// per text its path and values (missing trailing values are "-").
struct LabelsTable {
  std::vector<std::string> fields;
  struct Row {
    std::string path;  ///< as resolved against the labels file's folder
    std::vector<std::string> values;  ///< one per field
    int line = 0;
  };
  std::vector<Row> rows;

  /// Index of the field `name`, or -1.
  int FieldIndex(const std::string& name) const;
};

/// A field value that leaves the text unlabelled for it.
inline constexpr const char* kUnlabelled = "-";

/// The whitespace-separated fields of one labels line.
std::vector<std::string> LabelFields(const std::string& line);

/// Reads a labels file; every problem goes to `diagnostics` as file:line.
bool ReadLabelsTable(const std::string& file, LabelsTable* table,
                     std::vector<Diagnostic>* diagnostics);

/// Precision, recall and F1 of one class.
struct ClassMetrics {
  std::string id;
  int support = 0;    ///< texts labelled with this class
  int predicted = 0;  ///< texts predicted as this class
  int correct = 0;
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

/// Metrics of one task (schemes or columns).
struct TaskMetrics {
  std::vector<std::string> classes;
  std::vector<ClassMetrics> per_class;
  std::vector<std::vector<int>> confusion;  ///< [expected][predicted]
  double macro_f1 = 0;                      ///< mean F1 over classes with support
  double accuracy = 0;                      ///< share of texts entirely right
};

/// Scores `predicted` against `expected` (same length) over `classes`.
TaskMetrics ScoreTask(const std::vector<std::string>& classes,
                      const std::vector<std::string>& expected,
                      const std::vector<std::string>& predicted);

/// The same for tasks where a text has any number of classes (narratives,
/// themes): each class is scored as present or absent; no confusion matrix;
/// accuracy is the share of texts whose set of classes is exactly right.
TaskMetrics ScoreMultiLabel(const std::vector<std::string>& classes,
                            const std::vector<std::vector<std::string>>& expected,
                            const std::vector<std::vector<std::string>>& predicted);

/// Mean F1 over the classes that occur in the labels.
double MacroF1(const std::vector<ClassMetrics>& per_class);

}  // namespace wijzij
