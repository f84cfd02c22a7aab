#include "options.h"

#include <fmt/format.h>

#include <algorithm>
#include <boost/program_options.hpp>
#include <filesystem>
#include <sstream>
#include <thread>

#include "config.h"
#include "did_you_mean.h"
#include "source.h"
#include "text_lines.h"

namespace wijzij {

namespace po = boost::program_options;

namespace {

constexpr const char* kAboutEn =
    "Reports us-versus-them language (wij-zij denken) in Dutch text: which\n"
    "wij-zij scheme a text leans toward and which communication column it\n"
    "speaks from, with every finding's line and column. PATH may be a file, a\n"
    "directory (searched recursively, hidden entries skipped) or - for\n"
    "standard input, which is also read when no PATH is given and standard\n"
    "input is not a terminal. Options may stand before or after a subcommand.\n"
    "\n"
    "Exit status: 0 analysed, 1 the --fail-on policy was reached,\n"
    "2 usage error, unreadable or invalid input, or invalid lexicons.\n";

constexpr const char* kAboutNl =
    "Meldt wij-zij-taal (wij-zij denken) in Nederlandse tekst: naar welk\n"
    "wij-zij-schema een tekst neigt en uit welke communicatiekolom hij spreekt,\n"
    "met regel en kolom van elke vondst. PATH is een bestand, een map (die\n"
    "doorzocht wordt, verborgen namen overgeslagen) of - voor standaardinvoer,\n"
    "die ook gelezen wordt zonder PATH als standaardinvoer geen terminal is.\n"
    "Opties mogen voor of na een subopdracht staan.\n"
    "\n"
    "Afsluitcode: 0 geanalyseerd, 1 het beleid van --fail-on is bereikt,\n"
    "2 gebruiksfout, onleesbare of ongeldige invoer, of ongeldige lexicons.\n";

// "Usage: wijzij [OPTIONS] [PATH...]" and a line per subcommand, then what
// each subcommand does.
std::string Usage(bool nl) {
  std::string out;
  for (const Subcommand& s : Subcommands()) {
    out += fmt::format("{}wijzij {}{}[OPTIONS]{}{}\n",
                       out.empty() ? (nl ? "Gebruik: " : "Usage: ")
                                   : (nl ? "         " : "       "),
                       s.name, s.name.empty() ? "" : " ", s.arguments.empty() ? "" : " ",
                       s.arguments);
  }
  return out;
}

std::string Commands(bool nl) {
  std::string out = nl ? "Subopdrachten:\n" : "Commands:\n";
  for (const Subcommand& s : Subcommands()) {
    const std::string name = s.name.empty() ? (nl ? "(geen)" : "(none)") : std::string(s.name);
    out += fmt::format("  {:<16}{}\n", name, nl ? s.description_nl : s.description_en);
  }
  return out;
}

struct Groups {
  po::options_description input;
  po::options_description output;
  po::options_description lexicons;
  po::options_description policy;
  po::options_description general;
  po::options_description hidden;
};

// Each flag is defined once, here, with its help in Dutch and English; --help
// is generated from these groups in the language of --lang.
// clang-format off
Groups Describe(RawOptions* o, bool nl) {
  auto t = [nl](const char* dutch, const char* english) { return nl ? dutch : english; };
  Groups g{po::options_description(t("Invoer", "Input")),
           po::options_description(t("Uitvoer", "Output")),
           po::options_description(t("Lexicons", "Lexicons")),
           po::options_description(t("Beleid", "Policy")),
           po::options_description(t("Algemeen", "General")),
           po::options_description("Hidden")};
  g.input.add_options()
      ("input-format", po::value(&o->input_format)->value_name("FORMAT"),
       t("auto (standaard: naar extensie, .md/.markdown Markdown, .html/.htm HTML, "
         "anders platte tekst), text, markdown, html, of jsonl: een JSON-object per "
         "regel, {\"id\": ..., \"text\": ...}",
         "auto (default: by extension, .md/.markdown Markdown, .html/.htm HTML, else "
         "plain text), text, markdown, html, or jsonl: one JSON object per line, "
         "{\"id\": ..., \"text\": ...}"))
      ("html-all", po::bool_switch(&o->html_all),
       t("lees van HTML-pagina's ook navigatie, kop- en voettekst, zijbalken, "
         "zoekvakken en cookiemeldingen (standaard: alleen de inhoud)",
         "in HTML pages, also read navigation, page header and footer, asides, search "
         "boxes and cookie banners (default: the content only)"))
      ("max-file-size", po::value(&o->max_file_size)->value_name("SIZE"),
       t("weiger, met een fout, invoer groter dan SIZE bytes (k, M, G toegestaan; "
         "standaard 256M; minder dan 4G)",
         "refuse, with an error, inputs larger than SIZE bytes (k, M, G allowed; default "
         "256M; less than 4G)"))
      ("glob", po::value(&o->globs)->value_name("PATTERN"),
       t("in mappen alleen bestanden die op PATTERN passen (herhaalbaar; een patroon "
         "zonder / past op de bestandsnaam, een met / op het pad onder de map)",
         "in directories, analyse only files matching PATTERN (repeatable; a pattern "
         "without / matches the file name, one with / the path below the directory)"))
      ("exclude", po::value(&o->excludes)->value_name("PATTERN"),
       t("sla in mappen bestanden over die op PATTERN passen (herhaalbaar)",
         "in directories, skip files matching PATTERN (repeatable)"))
      ("voice", po::value(&o->voice)->value_name("VOICE"),
       t("de stem van de teksten, als u die kent: bestuur (uw eigen persberichten), "
         "pool, verslag of inwoner; wijzij leest haar dan niet uit de woorden",
         "the voice of the texts, when you know it: bestuur (your own press releases), "
         "pool, verslag or inwoner; wijzij then does not read it from the words"))
      ("jobs,j", po::value(&o->jobs)->value_name("N"),
       t("analyseer N invoeren tegelijk (standaard: naar het werk, hoogstens het aantal "
         "kernen; 0: alle kernen); de uitvoer hangt niet af van N",
         "analyse N inputs at a time (default: by the work, at most the number of cores; "
         "0: all cores); the output does not depend on N"));
  g.output.add_options()
      ("format,f", po::value(&o->format)->value_name("FORMAT"),
       t("rapportvorm: text (standaard), json, jsonl, counts, line, github, sarif of "
         "html (zie --list-formats)",
         "report format: text (default), json, jsonl, counts, line, github, sarif or "
         "html (see --list-formats)"))
      ("output,o", po::value(&o->output)->value_name("FILE"),
       t("schrijf het rapport naar FILE in plaats van standaarduitvoer",
         "write the report to FILE instead of standard output"))
      ("list-formats", t("toon de rapportvormen en stop", "list the report formats and exit"))
      ("lang", po::value(&o->lang)->value_name("LANG"),
       t("taal van rapport en hulp: nl (standaard) of en",
         "language of the report and this help: nl (default) or en"))
      ("theme", po::value(&o->themes)->value_name("THEME"),
       t("rapporteer alleen teksten waarin THEME, of een andere klasse van een "
         "leesdimensie, voorkomt (bv. stikstof; herhaalbaar of met komma's; "
         "'wijzij explain' noemt ze)",
         "report only documents in which THEME, or another class of a reading dimension, "
         "is present (e.g. stikstof; repeatable or comma-separated; 'wijzij explain' lists "
         "them)"))
      ("summary", po::bool_switch(&o->summary),
       t("sluit af met cijfers over alle teksten (altijd in tekstrapporten over meer "
         "dan een tekst)",
         "end with figures over all documents (always in text reports of more than one "
         "document)"))
      ("quiet,q", po::bool_switch(&o->quiet),
       t("geen meldingen over overgeslagen bestanden en geen voortgangsregel (fouten "
         "wel)",
         "no notices about skipped files and no progress line (errors are still shown)"))
      ("min-level", po::value(&o->min_level)->value_name("LEVEL"),
       t("toon punten vanaf LEVEL: suggestion (standaard), warning of error; signalen "
         "zijn nooit een probleem",
         "list issues at or above LEVEL: suggestion (default), warning or error; "
         "signals are never problems"))
      ("show-signals", po::bool_switch(&o->show_signals),
       t("toon ook signalen (woorden die een score verklaren, zoals dank of de "
         "rechterkolom) in de vormen line, github en sarif",
         "also list signals (words that explain a score, such as thanks or the right "
         "column) in the line, github and sarif formats"))
      ("show-suppressed", po::bool_switch(&o->show_suppressed),
       t("toon ook de vondsten die wijzij-disable-markeringen stilzetten (text, json, "
         "line; in sarif als onderdrukte resultaten)",
         "also list the findings silenced by wijzij-disable markers (text, json, line; "
         "in sarif as suppressed results)"))
      ("color", po::value(&o->color)->value_name("WHEN"),
       t("kleur het tekstrapport: auto (standaard: alleen op een terminal, nooit met "
         "NO_COLOR), always of never",
         "colour the text report: auto (default: only on a terminal, never with "
         "NO_COLOR), always or never"));
  g.lexicons.add_options()
      ("lexicons,L", po::value(&o->lexicon_dirs)->value_name("DIR"),
       t("laad ook de *.lex-bestanden van DIR; een categorie met de id van een eerdere "
         "vervangt die (herhaalbaar)",
         "also load the *.lex files of DIR; a category with the id of an earlier one "
         "replaces it (repeatable)"))
      ("no-default-lexicons",
       t("begin zonder de lexicons die in wijzij zijn ingebouwd",
         "start without the lexicons built into wijzij"))
      ("disable", po::value(&o->disabled)->value_name("CATEGORY"),
       t("laat de vondsten van CATEGORY weg (met komma's of herhaald)",
         "drop the findings of CATEGORY (comma-separated or repeated)"))
      ("model", po::value(&o->model)->value_name("FILE"),
       t("gebruik dit modelbestand in plaats van het ingebouwde (hoe categorieën "
         "samen schema- en kolomscores vormen)",
         "use this model file instead of the built-in one (how categories combine into "
         "scheme and column scores)"));
  g.policy.add_options()
      ("fail-on", po::value(&o->fail_on)->value_name("POLICY"),
       t("stop met code 1 als een tekst POLICY bereikt: none, finding, category:<id>, "
         "severity:<level>, scheme, scheme:<id>, density:<id>>N, column:<id>; met "
         "komma's of herhaald",
         "exit 1 when a document reaches POLICY: none, finding, category:<id>, "
         "severity:<level>, scheme, scheme:<id>, density:<id>>N, column:<id>; "
         "comma-separated or repeated"))
      ("split", po::value(&o->split)->value_name("NAME"),
       t("eval en train: alleen de gelabelde teksten van deze split (bv. dev of test)",
         "eval and train: use only the labelled texts of this split (e.g. dev or test)"));
  g.general.add_options()
      ("config", po::value(&o->config_path)->value_name("FILE"),
       t("lees instellingen uit FILE in plaats van de .wijzij.ini die omhoog vanaf de "
         "werkmap wordt gevonden",
         "read settings from FILE instead of the .wijzij.ini found by walking up "
         "from the working directory"))
      ("no-config", t("lees geen configuratiebestand", "read no config file"))
      ("help,h", t("toon deze hulp en stop", "show this help and exit"))
      ("version,V", t("toon de versie en stop", "show the version and exit"));
  g.hidden.add_options()
      ("path", po::value(&o->paths)->composing(), "input paths");
  return g;
}
// clang-format on

// Long and short flags that take a value ("--format", "-f"): the word after
// them is that value, not a subcommand.
std::vector<std::string> FlagsWithValues(const po::options_description& all) {
  std::vector<std::string> flags;
  for (const auto& option : all.options()) {
    if (option->semantic()->max_tokens() == 0) continue;
    flags.push_back("--" + option->long_name());
    const std::string shown =
        option->canonical_display_name(po::command_line_style::allow_dash_for_short);
    if (shown.size() == 2 && shown[0] == '-') flags.push_back(shown);
  }
  return flags;
}

// Every "--name", for "did you mean" after an unknown option.
std::vector<std::string> LongFlags(const po::options_description& all) {
  std::vector<std::string> flags;
  for (const auto& option : all.options()) {
    if (option->long_name() != "path") flags.push_back("--" + option->long_name());
  }
  return flags;
}

// The argument positions that are not options or their values.
std::vector<int> Operands(int argc, const char* const* argv,
                          const po::options_description& all) {
  const std::vector<std::string> valued = FlagsWithValues(all);
  std::vector<int> operands;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--") break;
    if (arg.size() > 1 && arg[0] == '-') {
      const bool takes_next = arg.find('=') == std::string::npos &&
                              std::find(valued.begin(), valued.end(), arg) != valued.end();
      i += takes_next ? 1 : 0;
      continue;
    }
    operands.push_back(i);
  }
  return operands;
}

// A first operand that is no file but nearly a subcommand ("explian") is
// a typo, not a missing file.
bool MistypedSubcommand(const std::string& first, std::string* error) {
  std::error_code ec;
  if (first == "-" || std::filesystem::exists(first, ec)) return false;
  std::vector<std::string> words;
  for (const Subcommand& s : Subcommands()) {
    if (!s.name.empty()) words.emplace_back(s.name.substr(0, s.name.find(' ')));
  }
  const std::string near = DidYouMean(first, words);
  if (near.empty()) return false;
  *error = fmt::format("'{}' is neither a file nor a command; did you mean 'wijzij {}'?",
                       first, near);
  return true;
}

// Finds the subcommand named by the first operand (and, for "lexicon check",
// the second) and removes its words from `args`.
bool TakeSubcommand(std::vector<const char*>* args, const po::options_description& all,
                    Options* o, std::string* error) {
  o->subcommand = &Subcommands().front();
  const std::vector<int> operands =
      Operands(static_cast<int>(args->size()), args->data(), all);
  if (operands.empty()) return true;
  const std::string first = (*args)[static_cast<size_t>(operands[0])];
  std::vector<std::string> seconds;
  for (const Subcommand& s : Subcommands()) {
    const std::string_view name = s.name;
    const size_t space = name.find(' ');
    if (name.substr(0, space) != first) continue;
    if (space == std::string_view::npos) {
      o->subcommand = &s;
      args->erase(args->begin() + operands[0]);
      return true;
    }
    seconds.emplace_back(name.substr(space + 1));
    if (operands.size() > 1 && (*args)[static_cast<size_t>(operands[1])] == seconds.back()) {
      o->subcommand = &s;
      args->erase(args->begin() + operands[1]);
      args->erase(args->begin() + operands[0]);
      return true;
    }
  }
  if (seconds.empty()) return !MistypedSubcommand(first, error);  // a path
  std::string known;
  for (const std::string& s : seconds) known += (known.empty() ? "'" : " or '") + s + "'";
  if (operands.size() < 2) {
    *error = fmt::format("{}: expected {}", first, known);
    return false;
  }
  const std::string second = (*args)[static_cast<size_t>(operands[1])];
  *error = fmt::format("{}: unknown command '{}'; expected {}{}", first, second, known,
                       DidYouMeanHint(second, seconds));
  return false;
}

bool CheckChoice(const char* flag, const std::string& value,
                 const std::vector<std::string>& choices, std::string* error) {
  if (std::find(choices.begin(), choices.end(), value) != choices.end()) return true;
  std::string known;
  for (const auto& c : choices) known += (known.empty() ? "" : ", ") + c;
  *error = fmt::format("--{}: unknown value '{}' (choose from {})", flag, value, known);
  *error += DidYouMeanHint(value, choices);
  return false;
}

// "a,b" given once or "a" and "b" given twice mean the same.
std::vector<std::string> SplitLists(const std::vector<std::string>& values) {
  std::vector<std::string> ids;
  for (const std::string& spec : values) {
    size_t begin = 0;
    while (begin <= spec.size()) {
      const size_t end = std::min(spec.find(',', begin), spec.size());
      const std::string id(Trim(std::string_view(spec).substr(begin, end - begin)));
      if (!id.empty()) ids.push_back(id);
      begin = end + 1;
    }
  }
  return ids;
}

bool ValidateChoices(const RawOptions& raw, Options* o, std::string* error) {
  if (!CheckChoice("lang", raw.lang, {"nl", "en"}, error)) return false;
  o->language = raw.lang == "en" ? Language::kEnglish : Language::kDutch;
  std::vector<std::string> formats;
  for (const FormatInfo& f : ReportFormats()) formats.emplace_back(f.name);
  if (!o->subcommand->formats.empty())
    formats.assign(o->subcommand->formats.begin(), o->subcommand->formats.end());
  if (!CheckChoice("format", raw.format, formats, error)) return false;
  o->format = *FindReportFormat(raw.format);
  const std::vector<std::string> colors = {"auto", "always", "never"};
  if (!CheckChoice("color", raw.color, colors, error)) return false;
  o->color = static_cast<ColorWhen>(std::find(colors.begin(), colors.end(), raw.color) -
                                    colors.begin());
  if (!CheckChoice("input-format", raw.input_format,
                   {"auto", "text", "markdown", "html", "jsonl"}, error)) {
    return false;
  }
  o->jsonl_input = raw.input_format == "jsonl";
  if (!CheckChoice("min-level", raw.min_level, {"suggestion", "warning", "error"}, error))
    return false;
  ParseSeverity(raw.min_level, &o->min_level);
  if (raw.input_format == "text") o->input_format = InputFormat::kText;
  if (raw.input_format == "markdown") o->input_format = InputFormat::kMarkdown;
  if (raw.input_format == "html") o->input_format = InputFormat::kHtml;
  return true;
}

bool ValidateNumbers(const po::variables_map& vm, const RawOptions& raw, Options* o,
                     std::string* error) {
  o->max_file_size = kDefaultMaxFileSize;
  if (!raw.max_file_size.empty() && !ParseByteSize(raw.max_file_size, &o->max_file_size)) {
    *error = fmt::format("--max-file-size: '{}' is not a size such as 500k, 64M or 2G",
                         raw.max_file_size);
    return false;
  }
  if (o->max_file_size > kMaxDocumentBytes) {
    *error = "--max-file-size: at most 4G minus one byte (a document must be smaller than "
             "4 GiB)";
    return false;
  }
  if (raw.jobs < 0) {
    *error = fmt::format("--jobs: {} is not a number of threads (use 0 for all cores)",
                         raw.jobs);
    return false;
  }
  o->jobs = raw.jobs;
  o->jobs_by_work = !vm.count("jobs");
  if (o->jobs_by_work || raw.jobs == 0) {
    o->jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  }
  return true;
}

bool ValidatePaths(Options* o, std::string* error) {
  const Subcommand& s = *o->subcommand;
  if (o->paths.size() >= s.min_paths && o->paths.size() <= s.max_paths) return true;
  if (s.max_paths == 0) {
    *error = fmt::format("{}: takes no arguments", s.name);
  } else if (s.min_paths == s.max_paths) {
    *error = fmt::format("{}: expected {} {}", s.name, s.min_paths, s.arguments);
  } else {
    *error = fmt::format("{}: takes at most {} {}", s.name, s.max_paths, s.arguments);
  }
  return false;
}

bool Validate(const po::variables_map& vm, RawOptions raw, Options* o, std::string* error) {
  if (!ValidateChoices(raw, o, error) || !ValidateNumbers(vm, raw, o, error))
    return false;
  o->paths = raw.paths;
  o->output = raw.output;
  o->lexicon_dirs = raw.lexicon_dirs;
  o->default_lexicons = !vm.count("no-default-lexicons");
  o->fail_on = raw.fail_on;
  o->model = raw.model;
  o->split = raw.split;
  o->summary = raw.summary;
  o->show_suppressed = raw.show_suppressed;
  o->show_signals = raw.show_signals;
  o->html_scope = raw.html_all ? HtmlScope::kAll : HtmlScope::kMainContent;
  o->quiet = raw.quiet;
  o->disabled = SplitLists(raw.disabled);
  o->themes = SplitLists(raw.themes);
  o->voice = raw.voice;
  o->globs = raw.globs;
  o->excludes = raw.excludes;
  o->config_path = raw.config_path;
  o->raw = std::move(raw);
  if (vm.count("list-formats")) o->action = Options::Action::kListFormats;
  if (vm.count("help")) o->action = Options::Action::kHelp;
  if (vm.count("version")) o->action = Options::Action::kVersion;
  if (o->action != Options::Action::kRun) return true;
  return ValidatePaths(o, error);
}

// Stores the config file's settings the command line did not give. Paths in
// the file are relative to it.
bool ApplyConfig(const po::options_description& all, po::variables_map* vm, RawOptions* raw,
                 Options* o, std::string* error) {
  if (vm->count("no-config")) return true;
  std::string path = raw->config_path;
  if (path.empty()) path = FindConfigFile(std::filesystem::current_path().string());
  if (path.empty()) return true;
  raw->config_path = path;
  std::vector<ConfigEntry> entries;
  std::vector<Diagnostic> diags;
  if (!ReadConfigFile(path, &entries, &diags)) {
    for (size_t i = 0; i < diags.size(); ++i) {
      *error += (i ? "\n" : "") + FormatDiagnostic(diags[i]);
    }
    return false;
  }
  const std::filesystem::path base = std::filesystem::path(path).parent_path();
  std::map<std::string, std::vector<const ConfigEntry*>> by_key;
  for (const ConfigEntry& e : entries) {
    if (e.key.starts_with("severity.")) {
      o->severities[e.key.substr(9)] = {e.value, fmt::format("{}:{}", path, e.line)};
    } else if (!vm->count(e.key) || (*vm)[e.key].defaulted()) {
      by_key[e.key].push_back(&e);
    }
  }
  for (const auto& [key, group] : by_key) {
    std::vector<std::string> args = {"wijzij"};
    for (const ConfigEntry* e : group) {
      std::string value = e->value;
      if ((key == "lexicons" || key == "model") &&
          std::filesystem::path(value).is_relative()) {
        value = (base / value).lexically_normal().string();
      }
      if (key == "summary" || key == "show-signals" || key == "html-all") {
        if (value.empty() || value == "true" || value == "yes" || value == "1") {
          args.push_back("--" + key);
        } else if (value != "false" && value != "no" && value != "0") {
          *error =
              fmt::format("{}:{}: error: {}: expected yes or no", path, e->line, key);
          return false;
        }
        continue;
      }
      args.push_back("--" + key + "=" + value);
    }
    std::vector<const char*> argv;
    for (const auto& a : args) argv.push_back(a.c_str());
    const std::string where = fmt::format("{}:{}", path, group.front()->line);
    try {
      po::store(po::command_line_parser(static_cast<int>(argv.size()), argv.data())
                    .options(all)
                    .run(),
                *vm);
      po::notify(*vm);
    } catch (const po::error& e) {
      *error = fmt::format("{}: error: {}", where, e.what());
      return false;
    }
    o->sources[key] = where;
  }
  return true;
}

}  // namespace

bool ParseOptions(int argc, const char* const* argv, Options* options,
                  std::string* error) {
  RawOptions raw;
  Groups g = Describe(&raw, true);
  po::options_description all;
  all.add(g.input)
      .add(g.output)
      .add(g.lexicons)
      .add(g.policy)
      .add(g.general)
      .add(g.hidden);
  std::vector<const char*> args(argv, argv + argc);
  if (!TakeSubcommand(&args, all, options, error)) return false;
  po::positional_options_description positional;
  positional.add("path", -1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(static_cast<int>(args.size()), args.data())
                  .options(all)
                  .positional(positional)
                  .run(),
              vm);
    po::notify(vm);
  } catch (const po::unknown_option& e) {
    *error = e.what() + DidYouMeanHint(e.get_option_name(), LongFlags(all));
    return false;
  } catch (const po::error& e) {
    *error = e.what();
    return false;
  }
  for (const auto& [key, value] : vm) {
    if (key != "path" && !value.defaulted()) options->sources[key] = "command line";
  }
  if (!ApplyConfig(all, &vm, &raw, options, error)) return false;
  return Validate(vm, std::move(raw), options, error);
}

std::string ShortUsage(bool dutch) {
  return Usage(dutch) +
         (dutch ? "Geef een bestand of map, of stuur tekst naar standaardinvoer:\n"
                  "  wijzij persbericht.txt\n"
                  "  cat persbericht.txt | wijzij\n"
                  "'wijzij --help' toont alle opties.\n"
                : "Give a file or directory, or pipe text to standard input:\n"
                  "  wijzij persbericht.txt\n"
                  "  cat persbericht.txt | wijzij\n"
                  "'wijzij --help' shows every option.\n");
}

std::string HelpText(bool dutch) {
  RawOptions scratch;
  Groups g = Describe(&scratch, dutch);
  std::ostringstream out;
  out << Usage(dutch) << '\n'
      << (dutch ? kAboutNl : kAboutEn) << '\n'
      << Commands(dutch) << '\n'
      << g.input << '\n'
      << g.output << '\n'
      << g.lexicons << '\n'
      << g.policy << '\n'
      << g.general;
  return out.str();
}

}  // namespace wijzij
