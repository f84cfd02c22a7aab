#pragma once
// The --fail-on policy: when a run exits 1. Rules (several may be combined,
// comma-separated or with repeated --fail-on; any rule reached fails):
//
//   none                  never (the default)
//   finding               any issue (not a signal) neither negated nor quoted
//   category:<id>         a finding of that category, neither negated nor quoted
//   severity:<level>      an issue at or above suggestion|warning|error
//   scheme                a document leaning to any scheme with medium or high
//                         confidence
//   scheme:<id>           a document leaning to that scheme (any confidence)
//   density:<id>>N        a category's density above N per 1,000 words
//   column:<id>           a document whose column is bruggenbouwer (or midden)

#include <string>
#include <vector>

#include "diagnostic.h"
#include "lexicon.h"
#include "model.h"

namespace wijzij {

struct DocumentReport;

struct FailRule {
  enum class Kind {
    kFinding,
    kCategory,
    kSeverity,
    kScheme,
    kSchemeId,
    kDensity,
    kColumn
  };
  Kind kind = Kind::kFinding;
  std::string value;     ///< category, scheme or column id
  double threshold = 0;  ///< density rules: per 1,000 words
  Severity severity = Severity::kWarning;
  std::string spelled;  ///< as the user wrote it, for messages
};

struct FailPolicy {
  std::vector<FailRule> rules;  ///< empty: never fail
};

/// Parses the --fail-on values against the loaded categories and the
/// model's schemes and columns. On error returns false with a message naming
/// the bad rule.
bool ParseFailPolicy(const std::vector<std::string>& specs, const LexiconSet& set,
                     const Model& model, FailPolicy* policy, std::string* error);

/// Why `report` reaches the policy ("3 findings (finding)"), or empty.
std::string FailReason(const FailPolicy& policy, const LexiconSet& set,
                       const DocumentReport& report);

}  // namespace wijzij
