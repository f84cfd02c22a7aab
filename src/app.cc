#include "app.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "analyze_run.h"
#include "did_you_mean.h"
#include "eval_command.h"
#include "explain.h"
#include "fail_policy.h"
#include "lexicon.h"
#include "model.h"
#include "options.h"
#include "output.h"
#include "reading.h"
#include "report/reporter.h"
#include "subcommand.h"
#include "train.h"
#include "version.h"

namespace wijzij {

namespace {

bool UseColor(ColorWhen when) {
  if (when != ColorWhen::kAuto) return when == ColorWhen::kAlways;
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  return isatty(STDOUT_FILENO) && (no_color == nullptr || *no_color == '\0') &&
         !(term && std::string_view(term) == "dumb");
}

void PrintDiagnostics(const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics) std::cerr << FormatDiagnostic(d) << '\n';
}

// Where a setting was given, for its error messages: "--disable" from the
// command line, "file:line" from a config file.
std::string SourceOf(const Options& options, const std::string& key) {
  const auto it = options.sources.find(key);
  return it == options.sources.end() || it->second == "command line" ? "--" + key
                                                                       : it->second;
}

// An error in a setting, named by where the setting was given: "--fail-on: …"
// from the command line, "FILE:LINE: error: fail-on: …" from a config file.
void SettingError(const Options& options, const std::string& key, const std::string& error) {
  const std::string where = SourceOf(options, key);
  Message(where == "--" + key ? fmt::format("{}: {}", where, error)
                              : fmt::format("{}: error: {}: {}", where, key, error));
}

std::vector<std::string> CategoryIds(const LexiconSet& set) {
  std::vector<std::string> ids;
  for (const Category& c : set.categories) ids.push_back(c.id);
  return ids;
}

// [severity] from the config file and --disable, applied to the loaded set.
bool ApplyCategorySettings(const Options& options, LexiconSet* set,
                           std::vector<Diagnostic>* diags) {
  bool ok = true;
  for (const auto& [id, setting] : options.severities) {
    const auto& [level, where] = setting;
    const int c = set->FindCategory(id);
    Severity severity;
    if (c < 0 || !ParseSeverity(level, &severity)) {
      diags->push_back(
          {where, 0, Severity::kError,
           c < 0 ? fmt::format("unknown category '{}' in [severity]{}", id,
                               DidYouMeanHint(id, CategoryIds(*set)))
                 : fmt::format("severity '{}': expected signal, suggestion, warning or error", level)});
      ok = false;
      continue;
    }
    set->categories[static_cast<size_t>(c)].severity = severity;
  }
  for (const std::string& id : options.disabled) {
    const int c = set->FindCategory(id);
    if (c < 0) {
      SettingError(options, "disable",
                   fmt::format("unknown category '{}' to disable{}", id,
                               DidYouMeanHint(id, CategoryIds(*set))));
      ok = false;
      continue;
    }
    std::erase_if(set->entries,
                  [&](const Entry& e) { return e.category == static_cast<uint32_t>(c); });
  }
  return ok;
}

ExitCode LexiconCheck(const Options&, const LexiconSet& set, const Model& model);

bool LoadLexiconsAndModel(const Options& options, LexiconSet* set, Model* model,
                          std::vector<Diagnostic>* diags) {
  // `lexicon check DIR…` checks DIR as --lexicons would load it.
  std::vector<std::string> dirs = options.lexicon_dirs;
  if (options.subcommand->run == LexiconCheck)
    dirs.insert(dirs.end(), options.paths.begin(), options.paths.end());
  bool ok = LoadLexiconSet({options.default_lexicons, dirs}, set, diags);
  if (ok) ok = ApplyCategorySettings(options, set, diags);
  if (ok) ok = LoadModel(options.model, *set, model, diags);
  PrintDiagnostics(*diags);
  return ok;
}

// Every setting with its value and where it came from.
void PrintSettings(const Options& o) {
  auto where = [&](const char* key) {
    const auto it = o.sources.find(key);
    return it == o.sources.end() ? std::string("default") : it->second;
  };
  auto join = [](const std::vector<std::string>& values) {
    std::string out;
    for (const auto& v : values) out += (out.empty() ? "" : ", ") + v;
    return out.empty() ? std::string("-") : out;
  };
  std::string out =
      fmt::format("config file: {}\n", o.config_path.empty() ? "none" : o.config_path);
  const std::vector<std::pair<const char*, std::string>> rows = {
      {"fail-on", join(o.fail_on)},
      {"format", o.raw.format},
      {"lang", o.Dutch() ? "nl" : "en"},
      {"color", o.raw.color},
      {"input-format", o.raw.input_format},
      {"lexicons", join(o.lexicon_dirs)},
      {"model", o.model.empty() ? "built-in" : o.model},
      {"disable", join(o.disabled)},
      {"glob", join(o.globs)},
      {"exclude", join(o.excludes)},
      {"theme", join(o.themes)},
      {"voice", o.voice.empty() ? "read from the words" : o.voice},
      {"jobs", o.jobs_by_work ? fmt::format("by the work, at most {}", o.jobs)
                              : std::to_string(o.jobs)},
      {"max-file-size", std::to_string(o.max_file_size)},
      {"summary", o.summary ? "yes" : "no"},
      {"min-level", o.raw.min_level},
      {"show-signals", o.show_signals ? "yes" : "no"},
      {"html-all", o.html_scope == HtmlScope::kAll ? "yes" : "no"}};
  for (const auto& [key, value] : rows) {
    out += fmt::format("{:<16} = {:<40} ({})\n", key, value, where(key));
  }
  for (const auto& [id, setting] : o.severities) {
    out += fmt::format("{:<16} = {:<40} ({})\n", "severity." + id, setting.first,
                       setting.second);
  }
  std::cout << out;
}

ExitCode LexiconCheck(const Options&, const LexiconSet& set, const Model& model) {
  std::cout << fmt::format("lexicons ok: {} categories, {} entries; model ok: {}\n",
                           set.categories.size(), set.entries.size(), model.file);
  return ExitCode::kClean;
}

ExitCode LexiconList(const Options& options, const LexiconSet& set, const Model&) {
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

bool CheckFailPolicy(const Options& options, const LexiconSet& set, const Model& model,
                     FailPolicy* policy) {
  std::string error;
  if (ParseFailPolicy(options.fail_on, set, model, policy, &error)) return true;
  SettingError(options, "fail-on", error);
  return false;
}

// Every --theme must be a class of one of the model's reading dimensions.
bool CheckThemes(const Options& options, const Model& model) {
  std::vector<std::string> known;
  for (const DimensionModel& d : model.dimensions)
    for (const ClassModel& c : d.classes) known.push_back(c.id);
  for (const std::string& id : options.themes) {
    if (std::find(known.begin(), known.end(), id) != known.end()) continue;
    SettingError(options, "theme",
                 fmt::format("unknown theme '{}'{} ('wijzij explain' lists the themes and "
                             "the other reading classes)",
                             id, DidYouMeanHint(id, known)));
    return false;
  }
  return true;
}

// --voice must be a class of the model's voice dimension.
bool CheckVoice(const Options& options, const Model& model) {
  const std::string problem = VoiceProblem(model, options.voice);
  if (!problem.empty()) SettingError(options, "voice", problem);
  return problem.empty();
}

// `wijzij config`: the settings, then whether they hold: the lexicons and
// model load, and every category, scheme, column and theme named exists.
ExitCode ConfigCommand(const Options& options, const LexiconSet&, const Model&) {
  PrintSettings(options);
  std::cout.flush();
  LexiconSet set;
  Model model;
  std::vector<Diagnostic> diags;
  FailPolicy policy;
  const bool ok = LoadLexiconsAndModel(options, &set, &model, &diags) &&
                  CheckThemes(options, model) && CheckVoice(options, model) &&
                  CheckFailPolicy(options, set, model, &policy);
  return ok ? ExitCode::kClean : ExitCode::kError;
}

ExitCode Analyze(const Options& options, const LexiconSet& set, const Model& model) {
  // Nothing named and nothing piped: waiting for typed text would look like
  // a hang, so say how to give input instead.
  if (options.paths.empty() && isatty(STDIN_FILENO)) {
    std::cerr << ShortUsage(options.Dutch());
    return ExitCode::kError;
  }
  FailPolicy policy;
  if (!CheckThemes(options, model) || !CheckVoice(options, model) ||
      !CheckFailPolicy(options, set, model, &policy))
    return ExitCode::kError;
  std::FILE* stream = stdout;
  if (!options.output.empty() && options.output != "-") {
    stream = std::fopen(options.output.c_str(), "wb");
    if (!stream) {
      Message(fmt::format("{}: cannot open for writing: {}", options.output,
                          std::strerror(errno)));
      return ExitCode::kError;
    }
  }
  Output output(stream);
  // A file never gets terminal colours unless asked for.
  const bool color =
      stream == stdout ? UseColor(options.color) : options.color == ColorWhen::kAlways;
  auto reporter = MakeReporter(
      options.format, set, model,
      {options.language, color, options.show_suppressed, options.min_level, options.show_signals},
      &output);
  const ExitCode code = RunAnalysis(options, set, model, policy, reporter.get(), &output);
  if (stream != stdout && std::fclose(stream) != 0 && output.error().empty()) {
    Message(fmt::format("{}: cannot write the report: {}", options.output,
                        std::strerror(errno)));
    return ExitCode::kError;
  }
  if (!output.error().empty()) {
    Message(fmt::format("cannot write the report to {}: {}",
                        stream == stdout ? "standard output" : options.output,
                        output.error()));
    return ExitCode::kError;
  }
  return code;
}

ExitCode ExplainCommand(const Options& options, const LexiconSet& set,
                        const Model& model) {
  std::string out, error;
  const std::string id = options.paths.empty() ? "" : options.paths[0];
  if (!Explain(id, set, model, options.Dutch(), &out, &error)) {
    Message(error);
    return ExitCode::kError;
  }
  std::cout << out;
  return ExitCode::kClean;
}

ExitCode EvalCommand(const Options& options, const LexiconSet& set, const Model& model) {
  return RunEval({options.paths[0], options.split, options.format == ReportFormat::kJson,
                  options.Dutch()},
                 set, model);
}

ExitCode TrainCommand(const Options& options, const LexiconSet& set, const Model& model) {
  return RunTrain({options.paths[0], options.split, options.model, options.output}, set, model);
}

// Lexicons, then the model that refers to their categories. `lexicon check`
// ends its errors with a count.
bool Load(const Options& options, LexiconSet* set, Model* model) {
  std::vector<Diagnostic> diags;
  if (LoadLexiconsAndModel(options, set, model, &diags)) return true;
  if (options.subcommand->run == LexiconCheck) {
    size_t errors = 0;
    for (const auto& d : diags) errors += d.severity == Severity::kError ? 1 : 0;
    Message(fmt::format("lexicons rejected: {} error{}", errors, errors == 1 ? "" : "s"));
  }
  return false;
}

ExitCode RunAction(const Options& options) {
  switch (options.action) {
    case Options::Action::kHelp:
      std::cout << HelpText(options.Dutch());
      break;
    case Options::Action::kListFormats:
      std::cout << DescribeFormats();
      break;
    case Options::Action::kVersion:
      std::cout << "wijzij " << WIJZIJ_VERSION << '\n';
      break;
    case Options::Action::kRun:
      break;
  }
  return ExitCode::kClean;
}

}  // namespace

const std::vector<Subcommand>& Subcommands() {
  static const std::vector<Subcommand> kSubcommands = {
      {"", "[PATH...]", "analyseer bestanden, mappen of standaardinvoer",
       "analyse files, directories or standard input", 0, SIZE_MAX, true, {}, Analyze},
      {"lexicon check", "[DIR...]", "controleer lexicons en het model",
       "validate lexicons and the model", 0, SIZE_MAX, true, {}, LexiconCheck},
      {"lexicon list", "", "toon de categorieën met hun aantal ingangen",
       "list the categories and their entry counts", 0, 0, true, {}, LexiconList},
      {"explain", "[ID]", "leg een schema, kolom, rij, leesklasse of categorie uit",
       "explain a scheme, column, row, reading class or category", 0, 1, true, {},
       ExplainCommand},
      {"eval", "LABELS", "scoor het model op gelabelde teksten",
       "score the model on labelled texts", 1, 1, true, {"text", "json"}, EvalCommand},
      {"train", "LABELS", "pas de gewichten van het model aan op gelabelde teksten (-o)",
       "fit the model's weights on labelled texts; writes the model to -o", 1, 1, true, {},
       TrainCommand},
      {"config", "", "toon de geldende instellingen en waar ze vandaan komen",
       "show the settings in effect and where they come from", 0, 0, false, {},
       ConfigCommand}};
  return kSubcommands;
}

ExitCode Run(int argc, const char* const* argv) {
  Options options;
  std::string error;
  if (!ParseOptions(argc, argv, &options, &error)) {
    Message(error);
    std::cerr << "Try 'wijzij --help' for more information.\n";
    return ExitCode::kError;
  }
  if (options.action != Options::Action::kRun) return RunAction(options);
  const Subcommand& command = *options.subcommand;
  LexiconSet set;
  Model model;
  if (command.loads_lexicons && !Load(options, &set, &model)) return ExitCode::kError;
  return command.run(options, set, model);
}

}  // namespace wijzij
