#include "fail_policy.h"

#include <fmt/format.h>

#include <charconv>

#include "analysis.h"

namespace wijzij {

namespace {

std::vector<std::string> SplitCommas(const std::string& text) {
  std::vector<std::string> parts;
  size_t begin = 0;
  while (begin <= text.size()) {
    size_t end = text.find(',', begin);
    if (end == std::string::npos) end = text.size();
    if (end > begin) parts.push_back(text.substr(begin, end - begin));
    begin = end + 1;
  }
  return parts;
}

// "moraliserend>10": a loaded category, '>' and a number.
bool ParseDensity(const std::string& value, const LexiconSet& set, FailRule* rule) {
  const size_t gt = value.find('>');
  if (gt == std::string::npos || set.FindCategory(value.substr(0, gt)) < 0) return false;
  const std::string number = value.substr(gt + 1);
  const auto [ptr, ec] =
      std::from_chars(number.data(), number.data() + number.size(), rule->threshold);
  if (ec != std::errc() || ptr != number.data() + number.size() || number.empty())
    return false;
  rule->kind = FailRule::Kind::kDensity;
  rule->value = value.substr(0, gt);
  return true;
}

bool ParseRule(const std::string& spec, const LexiconSet& set, const Model& model,
               FailRule* rule, std::string* error) {
  rule->spelled = spec;
  const size_t colon = spec.find(':');
  const std::string head = spec.substr(0, colon);
  const std::string value = colon == std::string::npos ? "" : spec.substr(colon + 1);
  if (spec == "finding") return rule->kind = FailRule::Kind::kFinding, true;
  if (spec == "scheme") return rule->kind = FailRule::Kind::kScheme, true;
  if (head == "category" && set.FindCategory(value) >= 0) {
    rule->kind = FailRule::Kind::kCategory;
    rule->value = value;
    return true;
  }
  if (head == "scheme" && model.FindScheme(value)) {
    rule->kind = FailRule::Kind::kSchemeId;
    rule->value = value;
    return true;
  }
  if (head == "severity" && ParseSeverity(value, &rule->severity)) {
    rule->kind = FailRule::Kind::kSeverity;
    return true;
  }
  if (head == "column" && model.FindColumn(value)) {
    rule->kind = FailRule::Kind::kColumn;
    rule->value = value;
    return true;
  }
  if (head == "density") return ParseDensity(value, set, rule);
  *error = fmt::format(
      "--fail-on: '{}' is not a policy; use none, finding, category:<id>, "
      "severity:<suggestion|warning|error>, scheme, scheme:<id>, density:<id>>N or column:<id> "
      "(see 'wijzij lexicon list')",
      spec);
  return false;
}

uint32_t CountFindings(const LexiconSet& set, const DocumentReport& report,
                       const FailRule& rule) {
  uint32_t count = 0;
  for (const Finding& f : report.findings) {
    if (f.negated || f.quoted) continue;
    const Category& category = set.categories[f.category];
    // A signal explains a score and is never a problem: only a category
    // rule names one.
    const bool counts =
        (rule.kind == FailRule::Kind::kFinding && IsIssue(category.severity)) ||
        (rule.kind == FailRule::Kind::kCategory && category.id == rule.value) ||
        (rule.kind == FailRule::Kind::kSeverity && IsIssue(category.severity) &&
         category.severity >= rule.severity);
    count += counts ? 1 : 0;
  }
  return count;
}

std::string RuleReason(const FailRule& rule, const LexiconSet& set,
                       const DocumentReport& report) {
  switch (rule.kind) {
    case FailRule::Kind::kFinding:
    case FailRule::Kind::kCategory:
    case FailRule::Kind::kSeverity: {
      const uint32_t n = CountFindings(set, report, rule);
      return n ? fmt::format("{} finding{} ({})", n, n == 1 ? "" : "s", rule.spelled)
               : "";
    }
    case FailRule::Kind::kScheme: {
      const auto& s = report.scheme;
      const bool reached =
          s.id != kNoneId && s.confidence >= Confidence::kMedium;
      return reached ? fmt::format("leans to {} ({})", s.id, rule.spelled) : "";
    }
    case FailRule::Kind::kDensity: {
      const double density = report.categories[set.FindCategory(rule.value)].per_1000;
      return density > rule.threshold ? fmt::format("{} {:.1f} per 1,000 words ({})",
                                                    rule.value, density, rule.spelled)
                                      : "";
    }
    case FailRule::Kind::kColumn:
      return report.column.id == rule.value
                 ? fmt::format("speaks from {} ({})", rule.value, rule.spelled)
                 : "";
    case FailRule::Kind::kSchemeId:
      return report.scheme.id == rule.value
                 ? fmt::format("leans to {} ({})", rule.value, rule.spelled)
                 : "";
  }
  return "";
}

}  // namespace

bool ParseFailPolicy(const std::vector<std::string>& specs, const LexiconSet& set,
                     const Model& model, FailPolicy* policy, std::string* error) {
  policy->rules.clear();
  for (const std::string& spec : specs) {
    for (const std::string& part : SplitCommas(spec)) {
      if (part == "none") continue;
      FailRule rule;
      if (!ParseRule(part, set, model, &rule, error)) return false;
      policy->rules.push_back(std::move(rule));
    }
  }
  return true;
}

std::string FailReason(const FailPolicy& policy, const LexiconSet& set,
                       const DocumentReport& report) {
  for (const FailRule& rule : policy.rules) {
    std::string reason = RuleReason(rule, set, report);
    if (!reason.empty()) return reason;
  }
  return "";
}

}  // namespace wijzij
