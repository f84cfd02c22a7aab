#pragma once
// `wijzij eval LABELS`: scores the model on a labelled set of texts.
//
// The labels file has one text per line, fields separated by tabs or spaces:
//
//   # path            scheme                    column          split
//   001_toespraak.txt democratie_vs_populisme   bruggenbouwer   dev
//
// Paths are relative to the labels file. The split field is optional;
// --split NAME keeps only the lines with that split. The report gives, for
// schemes (five classes with none) and columns (three classes with none),
// per-class precision, recall and F1, macro-F1, accuracy, the confusion
// matrix, and every misclassified text with its strongest evidence.

#include <string>
#include <vector>

#include "diagnostic.h"

namespace wijzij {

/// One labelled text.
struct LabelledText {
  std::string path;  ///< as resolved against the labels file's folder
  std::string scheme;
  std::string column;
  std::string split;  ///< may be empty
  int line = 0;
};

/// The whitespace-separated fields of one labels line.
std::vector<std::string> LabelFields(const std::string& line);

/// Reads a labels file; every problem goes to `diagnostics` as file:line.
bool ReadLabels(const std::string& file, std::vector<LabelledText>* labels,
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
