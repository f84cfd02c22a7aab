#include "fail_policy.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "analysis.h"
#include "did_you_mean.h"

namespace wijzij {

namespace {

// "a, b" in a config file means "a,b": parts are trimmed.
std::vector<std::string> SplitCommas(const std::string& text) {
  std::vector<std::string> parts;
  size_t begin = 0;
  while (begin <= text.size()) {
    size_t end = text.find(',', begin);
    if (end == std::string::npos) end = text.size();
    std::string part = text.substr(begin, end - begin);
    part.erase(0, part.find_first_not_of(" \t"));
    part.erase(part.find_last_not_of(" \t") + 1);
    if (!part.empty()) parts.push_back(std::move(part));
    begin = end + 1;
  }
  return parts;
}

constexpr const char* kPolicies =
    "none, finding, category:<id>, severity:<suggestion|warning|error>, scheme, "
    "scheme:<id>, density:<id>>N or column:<id>";

std::vector<std::string> CategoryIds(const LexiconSet& set) {
  std::vector<std::string> ids;
  for (const Category& c : set.categories) ids.push_back(c.id);
  return ids;
}

template <typename Item>
std::vector<std::string> IdsOf(const std::vector<Item>& items) {
  std::vector<std::string> ids;
  for (const Item& item : items) ids.push_back(item.id);
  return ids;
}

std::string Listed(const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : ", ") + id;
  return out;
}

// "moraliserend>10": a loaded category, '>' and a number of findings per
// 1,000 words.
bool ParseDensity(const std::string& spec, const std::string& value, const LexiconSet& set,
                  FailRule* rule, std::string* error) {
  const size_t gt = value.find('>');
  if (gt == std::string::npos) {
    *error = fmt::format("'{}': expected density:<category>>N, a category's findings per "
                         "1,000 words above N (quote the > in a shell)",
                         spec);
    return false;
  }
  const std::string id = value.substr(0, gt);
  if (set.FindCategory(id) < 0) {
    *error = fmt::format("'{}': unknown category '{}'{} ('wijzij lexicon list' lists them)",
                         spec, id, DidYouMeanHint(id, CategoryIds(set)));
    return false;
  }
  const std::string number = value.substr(gt + 1);
  const auto [ptr, ec] =
      std::from_chars(number.data(), number.data() + number.size(), rule->threshold);
  if (ec != std::errc() || ptr != number.data() + number.size() || number.empty() ||
      rule->threshold < 0) {
    *error = fmt::format("'{}': '{}' is not a number of findings per 1,000 words (such as "
                         "density:{}>5)",
                         spec, number, id);
    return false;
  }
  rule->kind = FailRule::Kind::kDensity;
  rule->value = id;
  return true;
}

// A rule that names an id: the id, or an error listing what is known.
bool ParseNamed(const std::string& spec, const std::string& what, const std::string& value,
                const std::vector<std::string>& known, const char* listed_by,
                std::string* error) {
  if (std::find(known.begin(), known.end(), value) != known.end()) return true;
  *error = fmt::format("'{}': unknown {} '{}'{}", spec, what, value,
                       DidYouMeanHint(value, known));
  *error += listed_by ? fmt::format(" ({} lists them)", listed_by)
                      : fmt::format(" (use {})", Listed(known));
  return false;
}

bool ParseRule(const std::string& spec, const LexiconSet& set, const Model& model,
               FailRule* rule, std::string* error) {
  rule->spelled = spec;
  const size_t colon = spec.find(':');
  const std::string head = spec.substr(0, colon);
  const std::string value = colon == std::string::npos ? "" : spec.substr(colon + 1);
  if (spec == "finding") return rule->kind = FailRule::Kind::kFinding, true;
  if (spec == "scheme") return rule->kind = FailRule::Kind::kScheme, true;
  rule->value = value;
  if (colon != std::string::npos && head == "category") {
    rule->kind = FailRule::Kind::kCategory;
    return ParseNamed(spec, "category", value, CategoryIds(set), "'wijzij lexicon list'",
                      error);
  }
  if (colon != std::string::npos && head == "scheme") {
    rule->kind = FailRule::Kind::kSchemeId;
    return ParseNamed(spec, "scheme", value, IdsOf(model.schemes), nullptr, error);
  }
  if (colon != std::string::npos && head == "column") {
    rule->kind = FailRule::Kind::kColumn;
    return ParseNamed(spec, "column", value, IdsOf(model.columns), nullptr, error);
  }
  if (colon != std::string::npos && head == "severity") {
    rule->kind = FailRule::Kind::kSeverity;
    if (value != "signal" && value != "info" && ParseSeverity(value, &rule->severity))
      return true;
    // A signal is never a problem, so no level below suggestion counts.
    return ParseNamed(spec, "level", value, {"suggestion", "warning", "error"}, nullptr,
                      error);
  }
  if (colon != std::string::npos && head == "density")
    return ParseDensity(spec, value, set, rule, error);
  const std::vector<std::string> heads = {"none",      "finding",   "scheme",  "category:",
                                          "severity:", "scheme:",   "density:", "column:"};
  *error = fmt::format("'{}' is not a policy; use {}{}", spec, kPolicies,
                       DidYouMeanHint(colon == std::string::npos ? spec : head + ":", heads));
  return false;
}

uint32_t CountFindings(const LexiconSet& set, const DocumentReport& report,
                       const FailRule& rule) {
  uint32_t count = 0;
  for (uint32_t c = 0; c < set.categories.size(); ++c) {
    // Only the writer's own words: neither negated nor quoted.
    const uint32_t plain = report.tally.Of(c).plain;
    const Category& category = set.categories[c];
    // A signal explains a score and is never a problem: only a category
    // rule names one.
    const bool counts =
        (rule.kind == FailRule::Kind::kFinding && IsIssue(category.severity)) ||
        (rule.kind == FailRule::Kind::kCategory && category.id == rule.value) ||
        (rule.kind == FailRule::Kind::kSeverity && IsIssue(category.severity) &&
         category.severity >= rule.severity);
    count += counts ? plain : 0;
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
