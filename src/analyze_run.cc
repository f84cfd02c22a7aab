#include "analyze_run.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>

#include "analysis.h"
#include "inputs.h"
#include "office.h"
#include "ordered_pool.h"
#include "reading.h"
#include "source.h"
#include "streamed_file.h"
#include "summary.h"
#include "text_lines.h"

namespace wijzij {

namespace {

// One unit of work: a file to read, or a JSON Lines record already read.
struct Task {
  InputFile input;
  bool record = false;      ///< from a JSON Lines stream
  std::string text;         ///< the record's text
  std::string id_json;      ///< the record's "id", as JSON
  std::string fields_json;  ///< the record's other fields, as a JSON object
  std::string voice;        ///< the record's "voice", when it gives one
  std::string error;        ///< a record that could not be read
};

// What a task produced: a report formatted on the worker, or an error.
struct Outcome {
  std::optional<DocumentReport> report;
  std::optional<std::string> formatted;  ///< formatted on the worker, when small
  std::string path;
  std::string error;
  bool notice_only = false;  ///< a binary file met in a walk: say so, no error
  size_t bytes = 0;          ///< input size, for the progress line
};

// A progress line on stderr for runs over many files, only on a terminal:
// "wijzij: 120/1000 bestanden, 3.4 MB/s". Redrawn at most ten times a second
// and cleared at the end, so it never mixes with messages in a log.
class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled), start_(Clock::now()) {}

  void Done(size_t bytes) {
    ++done_;
    bytes_ += bytes;
    if (!enabled_ || total < kMinFiles) return;
    const auto now = Clock::now();
    if (now - last_ < std::chrono::milliseconds(100) && done_ < total) return;
    last_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    std::cerr << fmt::format(
                     "\rwijzij: {}/{} files, {:.1f} MB/s\x1b[K", done_, total,
                     seconds > 0 ? static_cast<double>(bytes_) / 1e6 / seconds : 0.0)
              << std::flush;
    shown_ = true;
  }

  void Clear() {
    if (shown_) std::cerr << "\r\x1b[K" << std::flush;
    shown_ = false;
  }

  size_t total = 0;

 private:
  using Clock = std::chrono::steady_clock;
  static constexpr size_t kMinFiles = 20;
  bool enabled_;
  bool shown_ = false;
  size_t done_ = 0, bytes_ = 0;
  Clock::time_point start_, last_;
};

class Run {
 public:
  Run(const Options& options, const LexiconSet& lexicons, const Model& model,
      const FailPolicy& policy, Reporter* reporter, Output* output)
      : options_(options),
        lexicons_(lexicons),
        policy_(policy),
        // -f counts shows no finding: keeping none bounds its memory.
        analyzer_(lexicons, model, Analyzer::kPartBytes,
                  options.format != ReportFormat::kCounts),
        summary_(lexicons, model),
        progress_(!options.quiet && isatty(STDERR_FILENO)),
        reporter_(reporter),
        output_(output) {}

  ExitCode Go() {
    InputList inputs;
    if (!options_.jsonl_input)
      inputs = ExpandInputs(options_.paths, {options_.globs, options_.excludes});
    jobs_ = Jobs(inputs);
    OrderedPool<Task, Outcome> pool(
        jobs_, static_cast<size_t>(4 * std::max(jobs_, 1)),
        [this](Task& task) { return Work(task); },
        [this](Outcome& outcome) { return Emit(outcome); });
    reporter_->Begin();
    if (options_.jsonl_input) {
      FeedRecords(&pool);
    } else {
      FeedFiles(&inputs, &pool);
    }
    pool.Finish();
    progress_.Clear();
    const bool summarise =
        options_.summary || reporter_->WantsSummary() ||
        ((options_.format == ReportFormat::kText || options_.format == ReportFormat::kHtml) &&
         summary_.documents() > 1);
    if (summarise && output_->ok()) reporter_->WriteSummary(summary_.Result());
    reporter_->End();
    output_->Flush();
    ReportFailures();
    return exit_code_;
  }

 private:
  // Threads by the work unless the user said how many: a few small files
  // are done sooner on one thread than handed out to several. A JSON Lines
  // stream's size is not known ahead, and it is usually long.
  int Jobs(const InputList& inputs) const {
    if (options_.jsonl_input) return options_.jobs;
    const int most = static_cast<int>(
        std::min<size_t>(static_cast<size_t>(options_.jobs), std::max<size_t>(1, inputs.files.size())));
    return options_.jobs_by_work ? ThreadsForInputs(inputs.files, most) : most;
  }

  void FeedFiles(InputList* inputs, OrderedPool<Task, Outcome>* pool) {
    if (!options_.quiet) {
      for (const auto& notice : inputs->notices) Message(notice);
    }
    progress_.total = inputs->files.size();
    for (const auto& error : inputs->errors) Failed(error, error);
    for (InputFile& input : inputs->files) {
      Task task;
      task.input = std::move(input);
      if (!pool->Submit(std::move(task))) return;
    }
  }

  // Reads each JSON Lines input line by line; memory holds only the lines
  // in flight, and never more than --max-file-size of one line.
  void FeedRecords(OrderedPool<Task, Outcome>* pool) {
    std::vector<std::string> paths = options_.paths;
    if (paths.empty()) paths.push_back("-");
    for (const std::string& path : paths) {
      std::ifstream file;
      std::istream* in = &std::cin;
      if (path != "-") {
        file.open(path, std::ios::binary);
        if (!file) {
          Failed(path, fmt::format("{}: cannot open", path));
          continue;
        }
        in = &file;
      }
      size_t line_number = 0;
      std::string line;
      for (LineRead read; (read = ReadLineUpTo(*in, options_.max_file_size, &line)) !=
                          LineRead::kEnd;) {
        ++line_number;
        if (read == LineRead::kLine && line.find_first_not_of(" \t\r") == std::string::npos)
          continue;
        // Errors go through the pool too, so they come out in input order.
        Task task = read == LineRead::kTooLong ? TooLongRecord(path, line_number)
                                               : ParseRecord(path, line_number, line);
        if (!pool->Submit(std::move(task))) return;
      }
    }
  }

  static Task TooLongRecord(const std::string& path, size_t line_number) {
    Task task;
    task.record = true;
    task.input = {fmt::format("{}:{}", path, line_number), true};
    task.error = fmt::format("{}: record larger than --max-file-size; skipped", task.input.path);
    return task;
  }

  static Task ParseRecord(const std::string& path, size_t line_number,
                          const std::string& line) {
    Task task;
    task.record = true;
    task.input = {fmt::format("{}:{}", path, line_number), true};
    nlohmann::json object =
        nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (object.is_discarded() || !object.is_object()) {
      task.error =
          fmt::format("{}: not a JSON object (invalid JSON or UTF-8)", task.input.path);
    } else if (!object.contains("text") || !object["text"].is_string()) {
      task.error = fmt::format("{}: the record has no \"text\" string", task.input.path);
    } else if (object.contains("voice") && !object["voice"].is_string()) {
      task.error = fmt::format("{}: the record's \"voice\" is not a string", task.input.path);
    } else {
      // An archive that knows each record's source gives its voice, as
      // --voice does for a whole run; it stays among the passed-through fields.
      if (object.contains("voice")) task.voice = object["voice"].get<std::string>();
      task.text = object["text"].get<std::string>();
      task.id_json = object.contains("id") ? object["id"].dump() : "null";
      object.erase("text");
      object.erase("id");
      task.fields_json = object.dump();
    }
    return task;
  }

  Outcome Work(Task& task) const {
    Outcome outcome;
    outcome.path = task.input.path;
    if (!task.error.empty()) return outcome.error = task.error, outcome;
    // --voice was checked at the start; only a record's own voice is new here.
    if (const std::string problem = VoiceProblem(analyzer_.model(), task.voice);
        !problem.empty()) {
      outcome.error = fmt::format("{}: {}", outcome.path, problem);
      return outcome;
    }
    const std::string voice = task.voice.empty() ? options_.voice : task.voice;
    if (StreamsFile(task)) {
      StreamedFile file;
      if (file.Open(task.input.path, options_.max_file_size)) {
        outcome.bytes = file.size();
        DocumentReport report;
        if (!analyzer_.AnalyzeStreamed(&file, task.input.path, voice, &report, &outcome.error))
          return outcome;
        outcome.report = std::move(report);
        return Analysed(task, std::move(outcome));
      }
    }
    SourceText source;
    if (task.record) {
      source.path = task.input.path;
      source.bytes = std::move(task.text);
      source.format = InputFormat::kText;
    } else {
      SourceProblem problem = SourceProblem::kNone;
      source.format = FormatFor(task.input.path, options_.input_format);
      source.html_scope = options_.html_scope;
      if (!ReadSource(task.input.path, &source, &outcome.error, &problem,
                      options_.max_file_size)) {
        // A binary file met during a walk is not what the user asked about.
        outcome.notice_only = problem == SourceProblem::kBinary && !task.input.named;
        outcome.bytes = source.bytes.size();
        return outcome;
      }
    }
    outcome.bytes = source.bytes.size();
    source.voice = voice;
    outcome.report = analyzer_.Analyze(std::move(source));
    return Analysed(task, std::move(outcome));
  }

  // -f counts reads a large plain-text file a window at a time, so its
  // memory does not grow with the file (streamed_file.h); it shows nothing
  // that needs the whole text.
  bool StreamsFile(const Task& task) const {
    if (options_.format != ReportFormat::kCounts || task.record || task.input.path == "-" ||
        FormatFor(task.input.path, options_.input_format) != InputFormat::kText ||
        OfficeKindFor(task.input.path) != OfficeKind::kNone)
      return false;
    std::error_code error;
    const uintmax_t size = std::filesystem::file_size(task.input.path, error);
    return !error && size >= kStreamFromBytes;
  }

  Outcome Analysed(Task& task, Outcome outcome) const {
    outcome.report->id_json = std::move(task.id_json);
    outcome.report->fields_json = std::move(task.fields_json);
    // -f counts shows nothing of the text: up to 4 × -j reports wait for
    // their turn, and none of them need hold a whole document.
    if (options_.format == ReportFormat::kCounts) outcome.report->bytes.reset();
    // Formatting on a worker saves time in order; a document with very many
    // findings is formatted in order instead, written in pieces as it goes.
    const size_t findings = outcome.report->findings.size() + outcome.report->suppressed.size();
    if (jobs_ > 1 && findings <= kFormatAheadFindings)
      outcome.formatted = reporter_->Format(*outcome.report);
    return outcome;
  }

  bool Emit(Outcome& outcome) {
    progress_.Done(outcome.bytes);
    if (outcome.notice_only) {
      if (!options_.quiet) Message(outcome.error);
    } else if (!outcome.report) {
      Failed(outcome.path, outcome.error);
    } else if (!HasTheme(*outcome.report)) {
      // --theme: a document without the theme is left out, as if not given.
    } else {
      for (const std::string& warning : outcome.report->warnings)
        std::cerr << warning << '\n';
      if (outcome.formatted) {
        reporter_->Write(*outcome.formatted);
      } else {
        reporter_->Document(*outcome.report);
      }
      summary_.Add(*outcome.report);
      CheckPolicy(*outcome.report);
    }
    return output_->ok();
  }

  bool HasTheme(const DocumentReport& report) const {
    if (options_.themes.empty()) return true;
    for (const DimensionResult& d : report.dimensions) {
      for (const ClassScore& s : d.selected) {
        if (std::find(options_.themes.begin(), options_.themes.end(), s.id) !=
            options_.themes.end())
          return true;
      }
    }
    return false;
  }

  void Failed(const std::string& path, const std::string& message) {
    summary_.AddError();
    progress_.Clear();
    Message(message);
    reporter_->InputError(path, message);
    exit_code_ = ExitCode::kError;
  }

  void CheckPolicy(const DocumentReport& report) {
    const std::string reason = FailReason(policy_, lexicons_, report);
    if (reason.empty()) return;
    ++failed_count_;
    if (failures_.size() < kListedFailures)
      failures_.push_back(fmt::format("  {}: {}", report.path, reason));
    exit_code_ = Worse(exit_code_, ExitCode::kPolicyReached);
  }

  // Every document that reached --fail-on, with why, so a CI log says what
  // to fix without a second run; long lists are cut off after a hundred.
  void ReportFailures() const {
    if (failed_count_ == 0) return;
    std::string text = fmt::format("--fail-on reached in {} document{}:", failed_count_,
                                   failed_count_ == 1 ? "" : "s");
    for (const std::string& line : failures_) text += "\n" + line;
    if (failed_count_ > failures_.size())
      text += fmt::format("\n  … and {} more", failed_count_ - failures_.size());
    Message(text);
  }

  static constexpr size_t kFormatAheadFindings = 10000;
  static constexpr uintmax_t kStreamFromBytes = uintmax_t{8} << 20;
  static constexpr size_t kListedFailures = 100;

  const Options& options_;
  int jobs_ = 1;
  const LexiconSet& lexicons_;
  const FailPolicy& policy_;
  const Analyzer analyzer_;
  Summary summary_;
  Progress progress_;
  Reporter* reporter_;
  Output* output_;
  ExitCode exit_code_ = ExitCode::kClean;
  size_t failed_count_ = 0;
  std::vector<std::string> failures_;  ///< "  path: reason", the first kListedFailures
};

}  // namespace

ExitCode RunAnalysis(const Options& options, const LexiconSet& lexicons,
                     const Model& model, const FailPolicy& policy, Reporter* reporter,
                     Output* output) {
  return Run(options, lexicons, model, policy, reporter, output).Go();
}

}  // namespace wijzij
