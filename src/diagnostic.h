#pragma once
// Problems in user-supplied data (lexicon files, command lines), carried as
// values with a location so that a loader can collect all of them before
// refusing the input.
//
//   std::vector<Diagnostic> diags;
//   diags.push_back({"moraliserend.lex", 12, Severity::kError, "empty entry"});
//   for (const auto& d : diags) std::cerr << FormatDiagnostic(d) << '\n';
//   // moraliserend.lex:12: error: empty entry

#include <string>
#include <string_view>
#include <vector>

namespace wijzij {

/// How much a finding or a diagnostic matters. For a lexicon category, kInfo
/// is a signal (it explains scores and is never a problem); the others are
/// issues at that level.
enum class Severity { kInfo, kSuggestion, kWarning, kError };

/// A category of this severity is an issue, not a signal.
inline bool IsIssue(Severity severity) { return severity >= Severity::kSuggestion; }

/// One problem found in a file, at a 1-based line (0 when the whole file).
struct Diagnostic {
  std::string file;
  int line = 0;
  Severity severity = Severity::kError;
  std::string message;
};

/// "info", "suggestion", "warning" or "error".
const char* SeverityName(Severity severity);

/// Parses a severity name, and "signal" as info; false for anything else.
bool ParseSeverity(const std::string& text, Severity* severity);

/// Renders `file:line: severity: message` (no line part when line is 0).
std::string FormatDiagnostic(const Diagnostic& diagnostic);

/// True when any diagnostic is an error.
bool HasErrors(const std::vector<Diagnostic>& diagnostics);

/// Writes "wijzij: <text>" to standard error: how every message to the
/// user begins.
void Message(std::string_view text);

}  // namespace wijzij
