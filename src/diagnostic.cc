#include "diagnostic.h"

#include <fmt/format.h>

#include <iostream>

namespace wijzij {

const char* SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kInfo:
      return "info";
    case Severity::kSuggestion:
      return "suggestion";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      return "error";
  }
  return "error";
}

bool ParseSeverity(const std::string& text, Severity* severity) {
  if (text == "signal") {
    *severity = Severity::kInfo;
    return true;
  }
  for (Severity s :
       {Severity::kInfo, Severity::kSuggestion, Severity::kWarning, Severity::kError}) {
    if (text == SeverityName(s)) {
      *severity = s;
      return true;
    }
  }
  return false;
}

std::string FormatDiagnostic(const Diagnostic& diagnostic) {
  if (diagnostic.line <= 0) {
    return fmt::format("{}: {}: {}", diagnostic.file, SeverityName(diagnostic.severity),
                       diagnostic.message);
  }
  return fmt::format("{}:{}: {}: {}", diagnostic.file, diagnostic.line,
                     SeverityName(diagnostic.severity), diagnostic.message);
}

bool HasErrors(const std::vector<Diagnostic>& diagnostics) {
  for (const auto& d : diagnostics) {
    if (d.severity == Severity::kError) return true;
  }
  return false;
}

void Message(std::string_view text) { std::cerr << "wijzij: " << text << '\n'; }

}  // namespace wijzij
