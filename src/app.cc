#include "app.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "analysis.h"
#include "analyze_run.h"
#include "eval_command.h"
#include "explain.h"
#include "fail_policy.h"
#include "inputs.h"
#include "lexicon.h"
#include "model.h"
#include "options.h"
#include "output.h"
#include "report/reporter.h"
#include "source.h"
#include "version.h"

namespace wijzij {

namespace {

void Message(std::string_view text) { std::cerr << "wijzij: " << text << '\n'; }

bool UseColor(const std::string& when) {
  if (when == "always") return true;
  if (when == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  return isatty(STDOUT_FILENO) && (no_color == nullptr || *no_color == '\0') &&
         !(term && std::string_view(term) == "dumb");
}

void PrintDiagnostics(const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics) std::cerr << FormatDiagnostic(d) << '\n';
}

// Lexicons, then the model that refers to their categories.
bool LoadLexiconsAndModel(const Options& options, LexiconSet* set, Model* model,
                          std::vector<Diagnostic>* diags) {
  bool ok = LoadLexiconSet({options.default_lexicons, options.lexicon_dirs}, set, diags);
  if (ok) ok = LoadModel(options.model, *set, model, diags);
  PrintDiagnostics(*diags);
  return ok;
}

ExitCode LexiconCheck(const Options& options) {
  LexiconSet set;
  Model model;
  std::vector<Diagnostic> diags;
  if (!LoadLexiconsAndModel(options, &set, &model, &diags)) {
    size_t errors = 0;
    for (const auto& d : diags) errors += d.severity == Severity::kError ? 1 : 0;
    Message(fmt::format("lexicons rejected: {} error{}", errors, errors == 1 ? "" : "s"));
    return ExitCode::kError;
  }
  std::cout << fmt::format("lexicons ok: {} categories, {} entries; model ok: {}\n",
                           set.categories.size(), set.entries.size(), model.file);
  return ExitCode::kClean;
}

ExitCode LexiconList(const Options& options) {
  LexiconSet set;
  Model model;
  std::vector<Diagnostic> diags;
  if (!LoadLexiconsAndModel(options, &set, &model, &diags)) return ExitCode::kError;
  std::vector<size_t> counts(set.categories.size());
  for (const Entry& e : set.entries) ++counts[e.category];
  const bool dutch = options.language == Language::kDutch;
  std::string out = fmt::format("{:<16} {:>7}  {:<8} {:<24} {}\n", "category", "entries",
                                "severity", "file", "label");
  for (size_t i = 0; i < set.categories.size(); ++i) {
    const Category& c = set.categories[i];
    out += fmt::format("{:<16} {:>7}  {:<8} {:<24} {}\n", c.id, counts[i],
                       SeverityName(c.severity), c.file, dutch ? c.label_nl : c.label_en);
  }
  std::cout << out;
  return ExitCode::kClean;
}

ExitCode Analyze(const Options& options) {
  LexiconSet set;
  Model model;
  std::vector<Diagnostic> diags;
  if (!LoadLexiconsAndModel(options, &set, &model, &diags)) return ExitCode::kError;
  FailPolicy policy;
  std::string error;
  if (!ParseFailPolicy(options.fail_on, set, &policy, &error)) {
    Message(error);
    return ExitCode::kError;
  }
  Output output(stdout);
  auto reporter = MakeReporter(
      options.format, set, model,
      {options.language, UseColor(options.color), options.show_suppressed}, &output);
  const ExitCode code = RunAnalysis(options, set, model, policy, reporter.get(), &output);
  if (!output.error().empty()) {
    Message(
        fmt::format("cannot write the report to standard output: {}", output.error()));
    return ExitCode::kError;
  }
  return code;
}

ExitCode ExplainCommand(const Options& options) {
  LexiconSet set;
  Model model;
  std::vector<Diagnostic> diags;
  if (!LoadLexiconsAndModel(options, &set, &model, &diags)) return ExitCode::kError;
  std::string out, error;
  const std::string id = options.paths.empty() ? "" : options.paths[0];
  if (!Explain(id, set, model, options.language == Language::kDutch, &out, &error)) {
    Message(error);
    return ExitCode::kError;
  }
  std::cout << out;
  return ExitCode::kClean;
}

ExitCode EvalCommand(const Options& options) {
  LexiconSet set;
  Model model;
  std::vector<Diagnostic> diags;
  if (!LoadLexiconsAndModel(options, &set, &model, &diags)) return ExitCode::kError;
  return RunEval({options.paths[0], options.split, options.format == "json",
                  options.language == Language::kDutch},
                 set, model);
}

}  // namespace

ExitCode Run(int argc, const char* const* argv) {
  Options options;
  std::string error;
  if (!ParseOptions(argc, argv, &options, &error)) {
    Message(error);
    std::cerr << "Try 'wijzij --help' for more information.\n";
    return ExitCode::kError;
  }
  switch (options.command) {
    case Options::Command::kHelp:
      std::cout << HelpText();
      return ExitCode::kClean;
    case Options::Command::kListFormats:
      std::cout << DescribeFormats();
      return ExitCode::kClean;
    case Options::Command::kVersion:
      std::cout << "wijzij " << WIJZIJ_VERSION << '\n';
      return ExitCode::kClean;
    case Options::Command::kLexiconCheck:
      return LexiconCheck(options);
    case Options::Command::kLexiconList:
      return LexiconList(options);
    case Options::Command::kExplain:
      return ExplainCommand(options);
    case Options::Command::kEval:
      return EvalCommand(options);
    case Options::Command::kAnalyze:
      return Analyze(options);
  }
  return ExitCode::kError;
}

}  // namespace wijzij
