// The terminal report: per document a header line, the scheme leaning, the
// column balance, the densities, then one line per finding:
//
//   persbericht.txt: 52 woorden, 4 zinnen
//     wij-zij-schema: democratie_vs_populisme (democratie tegenover populisme),
//     score 5.77, zekerheid sterk kolom: bruggenbouwer (links 1.00, rechts 0.00) per 1000
//     woorden: moraliserend 57.7, directief 19.2, zij 19.2 1:6     moraliserend "idioten"
//     Deze idioten moeten zich schamen. 1:14    directief     "moeten"  Deze idioten
//     moeten zich schamen.
//             → Zet naast de instructie erkenning: …   (once per row)
//     advies:
//     - De tekst leunt sterk naar het schema …
//
// Dutch by default, English with --lang en. Colour only when asked for
// (the caller decides from the terminal and NO_COLOR).

#include <fmt/format.h>

#include <algorithm>

#include "advice.h"
#include "icu_util.h"
#include "report/reporter.h"

namespace wijzij {

namespace {

const char* kBold = "\x1b[1m";
const char* kDim = "\x1b[2m";
const char* kReset = "\x1b[0m";

const char* SeverityColor(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "\x1b[31m";
    case Severity::kWarning:
      return "\x1b[33m";
    case Severity::kSuggestion:
      return "\x1b[36m";
    case Severity::kInfo:
      return "\x1b[32m";
  }
  return "";
}

class TextReporter : public Reporter {
 public:
  TextReporter(const LexiconSet& lexicons, const Model& model,
               const ReportOptions& options, Output* output)
      : Reporter(output), lexicons_(lexicons), model_(model), options_(options) {}

 protected:
  void BeginDocument() override {
    if (!first_) output_->Write("\n");
    first_ = false;
  }

  void FormatTo(const DocumentReport& report, ReportBuffer* out) const override {
    *out += Header(report);
    *out += SchemeLine(report.scheme);
    *out += ColumnLine(report.column);
    *out += DimensionLines(report.dimensions);
    *out += DensityLine(report);
    FindingLines(report, out);
    SuppressedLines(report, out);
    *out += AdviceLines(report);
  }

 private:
  bool Dutch() const { return options_.language == Language::kDutch; }
  const char* T(const char* nl, const char* en) const { return Dutch() ? nl : en; }
  std::string Style(const char* code, std::string_view text) const {
    return options_.color ? fmt::format("{}{}{}", code, text, kReset) : std::string(text);
  }

  std::string Header(const DocumentReport& r) const {
    const std::string path = r.path == "-" ? T("<standaardinvoer>", "<stdin>") : r.path;
    const bool one_word = r.words == 1, one_sentence = r.sentences == 1;
    return fmt::format("{}: {} {}, {} {}\n", Style(kBold, path), r.words,
                       one_word ? T("woord", "word") : T("woorden", "words"), r.sentences,
                       one_sentence ? T("zin", "sentence") : T("zinnen", "sentences"));
  }


  std::string StanceNote(Stance stance) const {
    switch (stance) {
      case Stance::kVoice: return T(", de stem neemt stelling", ", the voice takes a stance");
      case Stance::kScheme:
        return T(", de tekst zet zelf een wij tegenover een zij",
                 ", the text itself sets an us against a them");
      case Stance::kNone: break;
    }
    return "";
  }

  std::string SchemeName(const std::string& id) const {
    const SchemeModel* s = model_.FindScheme(id);
    return s ? Pick(Dutch(), s->texts.name_nl, s->texts.name_en) : id;
  }

  std::string SetAsideWhy(const SchemeResult& s) const {
    if (s.not_adopted)
      return T("maar de tekst geeft anderen door zonder oordelend woord",
               "but the text relays others without a judging word");
    return T("maar de tekst noemt zelf geen groep van dat schema",
             "but the text itself names no group of that scheme");
  }

  std::string SchemeLine(const SchemeResult& s) const {
    std::string line = fmt::format("  {}: ", T("wij-zij-schema", "wij-zij scheme"));
    if (s.id == kNoneId) {
      line += T("geen", "none");
      if (s.set_aside != kNoneId)
        line += fmt::format(" ({} {:.2f}: {}, {})", T("hoogste score", "top score"), s.score,
                            s.set_aside, SetAsideWhy(s));
      else if (s.score > 0)
        line += fmt::format(" ({} {:.2f})", T("hoogste score", "top score"), s.score);
    } else {
      line += fmt::format("{} ({}), score {:.2f}, {} {}", s.id, SchemeName(s.id), s.score,
                          T("zekerheid", "confidence"), ConfidenceName(s.confidence, Dutch()));
      if (s.runner_up != kNoneId) {
        line += fmt::format("; {} {} ({:.2f})", T("daarna", "runner-up"), s.runner_up,
                            s.runner_up_score);
      }
    }
    line += "\n";
    if (s.ground_pattern) {
      line +=
          fmt::format("    {}\n", T("versterkt het grondpatroon elite tegenover volk",
                                    "reinforces the ground pattern elite versus people"));
    }
    return line;
  }

  std::string ColumnLine(const ColumnResult& c) const {
    const std::string id = c.id == kNoneId ? T("geen", "none") : c.id;
    std::string out =
        fmt::format("  {}: {} ({} {:.2f}, {} {:.2f}){}\n", T("kolom", "column"), id,
                    T("links", "left"), c.left, T("rechts", "right"), c.right,
                    StanceNote(c.from_stance));
    std::string rows;
    for (const RowBalance& row : c.rows) {
      if (row.left + row.right <= 0) continue;
      rows += fmt::format("{}{} {:.1f}/{:.1f}", rows.empty() ? "" : ", ", row.id,
                          row.left, row.right);
    }
    if (!rows.empty()) {
      out += fmt::format("    {} ({}): {}\n", T("rijen", "rows"),
                         T("links/rechts", "left/right"), rows);
    }
    if (c.above_parties_trap) {
      out += fmt::format("    {}\n", T("valkuil: boven de partijen, maar linkerkolom",
                                       "trap: above the parties, but left column"));
    }
    return out;
  }

  std::string ClassNames(const std::vector<ClassScore>& classes) const {
    std::string out;
    for (const ClassScore& s : classes) {
      out += fmt::format("{}{} ({:.1f})", out.empty() ? "" : ", ",
                         model_.ClassName(s.id, Dutch()), s.evidence);
    }
    return out;
  }

  // A choice the words barely made says so, and how the user can decide it.
  std::string CloseCall(const DimensionResult& r) const {
    if (!r.close) return "";
    return fmt::format(fmt::runtime(T(", nipt voor {} (kent u de afzender, geef dan --voice)",
                         ", narrowly over {} (if you know the sender, give --voice)")),
                       model_.ClassName(r.runner_up, Dutch()));
  }

  std::string Label(const DimensionModel& d) const {
    return Pick(Dutch(), d.texts.name_nl, d.texts.name_en);
  }

  // Only what is present: most drafts show none of these lines. A flag
  // comes first, in capitals; the other dimensions follow in model order.
  std::string DimensionLines(const std::vector<DimensionResult>& results) const {
    std::string flags, others;
    for (size_t d = 0; d < model_.dimensions.size() && d < results.size(); ++d) {
      const DimensionModel& m = model_.dimensions[d];
      const DimensionResult& r = results[d];
      if (r.selected.empty()) continue;
      if (m.select == Selection::kFlag) {
        flags += fmt::format("  {}: {}\n",
                             Style(SeverityColor(Severity::kError), Uppercase(Label(m))),
                             ClassNames(r.selected));
      } else if (m.select == Selection::kAll) {
        others += fmt::format("  {}: {}\n", Label(m), ClassNames(r.selected));
      } else {
        // A class taken for the scheme or given by the user says so: the
        // words alone did not decide it.
        const char* why = r.selected[0].given         ? T(", opgegeven", ", given")
                          : r.selected[0].from_scheme ? T(", volgt het schema", ", follows the scheme")
                                                      : "";
        others += fmt::format("  {}: {}{}{}\n", Label(m), model_.ClassName(r.Choice(), Dutch()),
                              why, CloseCall(r));
      }
    }
    return flags + others;
  }

  std::string DensityLine(const DocumentReport& r) const {
    std::vector<size_t> order;
    for (size_t i = 0; i < r.categories.size(); ++i) {
      if (r.categories[i].count > 0) order.push_back(i);
    }
    if (order.empty()) return fmt::format("  {}\n", T("geen bevindingen", "no findings"));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return r.categories[a].per_1000 > r.categories[b].per_1000;
    });
    std::string line = fmt::format("  {}:", T("per 1000 woorden", "per 1,000 words"));
    for (size_t k = 0; k < order.size(); ++k) {
      line += fmt::format("{} {} {:.1f}", k ? "," : "", lexicons_.categories[order[k]].id,
                          r.categories[order[k]].per_1000);
    }
    return line + "\n";
  }

  void FindingLines(const DocumentReport& r, ReportBuffer* out) const {
    size_t width = 0;
    for (const Finding& f : r.findings) {
      width = std::max(width, lexicons_.CategoryOfEntry(f.entry).id.size());
    }
    std::vector<const RowModel*> advised;
    PositionReader positions = r.Positions();
    for (const Finding& f : r.findings) {
      const Category& category = lexicons_.CategoryOfEntry(f.entry);
      if (!Listed(category, options_, true)) continue;
      std::string tags;
      if (f.negated) tags += fmt::format(" [{}]", T("ontkend", "negated"));
      if (f.quoted) tags += fmt::format(" [{}]", T("geciteerd", "quoted"));
      const TextPosition at = positions.At(f.offset);
      *out += fmt::format("  {:<8} {}  \"{}\"{}  {}\n", fmt::format("{}:{}", at.line, at.column),
                         Style(SeverityColor(category.severity),
                               fmt::format("{:<{}}", category.id, width)),
                         OneLine(r.TextOf(f)), Style(kDim, tags), Style(kDim, r.ContextOf(f)));
      const RowModel* row = LeftRowOf(model_, r.CategoryOf(f));
      if (row && std::find(advised.begin(), advised.end(), row) == advised.end()) {
        advised.push_back(row);
        *out += fmt::format("           → {}\n",
                            Pick(Dutch(), row->advice_nl, row->advice_en));
      }
    }
  }

  void WriteSummary(const SummaryResult& r) override {
    std::string out =
        fmt::format("\n{}: {} {}", Style(kBold, T("samenvatting", "summary")),
                    r.documents, T("documenten", "documents"));
    if (r.errors) out += fmt::format(", {} {}", r.errors, T("fouten", "errors"));
    out += fmt::format("\n  {}:", T("wij-zij-schema", "wij-zij scheme"));
    for (const auto& [id, n] : r.schemes) out += fmt::format(" {} {},", id, n);
    out.back() = '\n';
    out += fmt::format("  {}:", T("kolom", "column"));
    for (const auto& [id, n] : r.columns) out += fmt::format(" {} {},", id, n);
    out.back() = '\n';
    out += fmt::format("  {}:",
                       T("aandeel links (0-0.2 … 0.8-1)", "left share (0-0.2 … 0.8-1)"));
    for (size_t n : r.left_share_histogram) out += fmt::format(" {}", n);
    out += fmt::format("\n  {} ({}):\n",
                       T("dichtheid per 1000 woorden", "density per 1,000 words"),
                       T("gemiddeld, mediaan, p90", "mean, median, p90"));
    for (const DensityStats& d : r.densities) {
      if (d.mean <= 0) continue;
      out += fmt::format("    {:<24} {:>7.1f} {:>7.1f} {:>7.1f}\n", d.category, d.mean,
                         d.median, d.p90);
    }
    out += DimensionSummary(r);
    if (!r.strongest.empty()) {
      out +=
          fmt::format("  {}:\n", T("sterkste schemascores", "strongest scheme scores"));
      for (const StrongDocument& d : r.strongest) {
        out += fmt::format("    {:>6.2f}  {:<30} {}\n", d.score, d.scheme, d.path);
      }
    }
    if (!r.most_findings.empty()) {
      out += fmt::format("  {}:\n", T("meeste bevindingen", "most findings"));
      for (const auto& [path, n] : r.most_findings)
        out += fmt::format("    {:>6}  {}\n", n, path);
    }
    output_->Write(out);
  }

  // Flagged documents per flag, then documents per class of every dimension
  // that selects all its present classes or picks one; the close calls of
  // the latter, with what to do about them.
  std::string DimensionSummary(const SummaryResult& r) const {
    std::string flags, others;
    for (size_t d = 0; d < model_.dimensions.size() && d < r.classes.size(); ++d) {
      const DimensionModel& m = model_.dimensions[d];
      if (m.select == Selection::kFlag && r.with_class[d] > 0) {
        flags += fmt::format("  {}: {}\n", Label(m), r.with_class[d]);
      } else if (CountsClasses(m) && !r.classes[d].empty()) {
        others += fmt::format("  {}:", Label(m));
        for (const auto& [id, n] : r.classes[d]) others += fmt::format(" {} {},", id, n);
        others.back() = '\n';
        if (r.close[d] > 0)
          others += fmt::format(fmt::runtime(T("    nipt: {} (kent u de afzender, geef dan --voice)\n",
                                               "    close calls: {} (if you know the sender, give --voice)\n")),
                                r.close[d]);
      }
    }
    return flags + others;
  }

  void SuppressedLines(const DocumentReport& r, ReportBuffer* out) const {
    if (r.suppressed.empty()) return;
    *out += fmt::format("  {}: {}\n", T("onderdrukt", "suppressed"), r.suppressed_count);
    if (!options_.show_suppressed) return;
    PositionReader positions = r.Positions();
    for (const Finding& f : r.suppressed) {
      const TextPosition at = positions.At(f.offset);
      *out += fmt::format(
          "  {:<8} {}  \"{}\" [{}]\n", fmt::format("{}:{}", at.line, at.column),
          lexicons_.CategoryOfEntry(f.entry).id, OneLine(r.TextOf(f)), T("onderdrukt", "suppressed"));
    }
  }

  std::string AdviceLines(const DocumentReport& r) const {
    std::string out = fmt::format("  {}:\n", T("advies", "advice"));
    for (const Advice& a : DocumentAdvice(r, model_, Dutch()))
      out += a.line == 0 ? fmt::format("  - {}\n", a.text)
                         : fmt::format("  - {} ({} {})\n", a.text, T("regel", "line"), a.line);
    return out;
  }

  const LexiconSet& lexicons_;
  const Model& model_;
  ReportOptions options_;
  bool first_ = true;
};

}  // namespace

std::unique_ptr<Reporter> MakeTextReporter(const LexiconSet& lexicons, const Model& model,
                                           const ReportOptions& options, Output* output) {
  return std::make_unique<TextReporter>(lexicons, model, options, output);
}

}  // namespace wijzij
