#include "app.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "analysis.h"
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

// Analyses every input in order; one bad input never stops the others.
class AnalyzeRun {
 public:
  AnalyzeRun(const Options& options, const LexiconSet& set, const Model& model,
             const FailPolicy& policy, Reporter* reporter, Output* output)
      : options_(options),
        set_(set),
        policy_(policy),
        analyzer_(set, model),
        reporter_(reporter),
        output_(output) {}

  ExitCode Run() {
    InputList inputs = ExpandInputs(options_.paths);
    for (const auto& notice : inputs.notices) Message(notice);
    for (const auto& error : inputs.errors) InputFailed(error, error);
    reporter_->Begin();
    for (const InputFile& input : inputs.files) {
      AnalyzeOne(input);
      if (!output_->ok()) break;
    }
    reporter_->End();
    output_->Flush();
    if (!failed_documents_.empty()) {
      Message(fmt::format("--fail-on reached in {} document{}: {}",
                          failed_documents_.size(),
                          failed_documents_.size() == 1 ? "" : "s", first_failure_));
    }
    return exit_code_;
  }

 private:
  void InputFailed(const std::string& path, const std::string& message) {
    Message(message);
    reporter_->InputError(path, message);
    exit_code_ = ExitCode::kError;
  }

  void AnalyzeOne(const InputFile& input) {
    SourceText source;
    std::string error;
    SourceProblem problem = SourceProblem::kNone;
    if (!ReadSource(input.path, &source, &error, &problem)) {
      // A binary file met during a walk is not what the user asked about.
      if (problem == SourceProblem::kBinary && !input.named) return Message(error);
      return InputFailed(input.path, error);
    }
    const DocumentReport report = analyzer_.Analyze(source);
    reporter_->Document(report);
    const std::string reason = FailReason(policy_, set_, report);
    if (!reason.empty()) {
      if (failed_documents_.empty())
        first_failure_ = fmt::format("{}: {}", report.path, reason);
      failed_documents_.push_back(report.path);
      exit_code_ = Worse(exit_code_, ExitCode::kPolicyReached);
    }
  }

  const Options& options_;
  const LexiconSet& set_;
  const FailPolicy& policy_;
  Analyzer analyzer_;
  Reporter* reporter_;
  Output* output_;
  ExitCode exit_code_ = ExitCode::kClean;
  std::vector<std::string> failed_documents_;
  std::string first_failure_;
};

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
  auto reporter = MakeReporter(options.format, set, model,
                               {options.language, UseColor(options.color)}, &output);
  const ExitCode code =
      AnalyzeRun(options, set, model, policy, reporter.get(), &output).Run();
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
