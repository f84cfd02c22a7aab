// The visual report: one self-contained HTML page (no scripts, no external
// fonts, styles or images) that can be mailed, opened offline and printed.
//
//   <h1>wijzij-rapport</h1>
//   <section id="overzicht">              (more than one document)
//     documents per scheme, left-share distribution, themes, narratives,
//     intimidation, strongest documents
//   <article id="doc-…"> per document:
//     verdict line; the text with every finding in a <mark data-finding="i">
//     (colour + underline style per category, a tooltip on hover and focus);
//     a panel with the scheme scores (bar chart), the column balance per row
//     (diverging chart) and the category densities (table); the advice.
//
// Every finding is one highlight; an overlapping finding is split into
// fragments with the same data-finding. The text is escaped, never markup:
// a <script> in a draft is shown, not run. Documents are kept until the end
// of the run, because the overview comes first: for archives use jsonl.

#include <fmt/format.h>

#include <cstdint>

#include "advice.h"
#include "icu_util.h"
#include "report/highlight.h"
#include "report/reporter.h"
#include "report/svg_charts.h"
#include "version.h"

namespace wijzij {

namespace {

// Okabe-Ito colours (safe for the common colour-vision deficiencies), shown
// as a light tint under dark text with a full-colour underline; the
// underline style varies too, so no two categories differ in colour alone.
constexpr const char* kPalette[] = {"230,159,0",  "86,180,233",  "0,158,115",
                                    "240,228,66", "0,114,178",   "213,94,0",
                                    "204,121,167", "120,120,120"};
constexpr const char* kLineStyles[] = {"solid", "dashed", "dotted", "double", "wavy"};
constexpr size_t kColors = std::size(kPalette);
constexpr size_t kStyles = std::size(kLineStyles);

// The id of a document's section, from its path (stable across runs).
std::string AnchorOf(std::string_view path) {
  uint64_t hash = 1469598103934665603ULL;  // FNV-1a
  for (unsigned char c : path) hash = (hash ^ c) * 1099511628211ULL;
  return fmt::format("doc-{:016x}", hash);
}

std::string CategoryCss(size_t count) {
  std::string css;
  for (size_t i = 0; i < count; ++i) {
    css += fmt::format(
        ".k{0}{{background:rgba({1},.28);text-decoration:underline {2} rgb({1});}}\n", i,
        kPalette[i % kColors], kLineStyles[(i / kColors) % kStyles]);
  }
  return css;
}

constexpr const char* kStyleSheet = R"(
body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1a1a1a;background:#fff;margin:0}
main,header{max-width:1180px;margin:0 auto;padding:0 20px}
header{padding-top:16px}
h1{font-size:1.6em;margin:.4em 0}
h2{font-size:1.3em;margin:0 0 .3em;overflow-wrap:anywhere}
h3{font-size:1.05em;margin:1em 0 .4em}
.meta,.small{color:#4a4a4a;font-size:.9em}
article,#overzicht{border-top:2px solid #1f2d3d;padding:16px 0 24px}
.verdict{font-size:1.05em;margin:.2em 0 .8em}
.grid{display:grid;grid-template-columns:minmax(0,1fr) 520px;gap:28px;align-items:start}
.text{white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid #c8c8c8;border-radius:6px;padding:14px 16px;background:#fcfcfc}
mark{color:#111;text-decoration-thickness:2px;text-underline-offset:3px;border-radius:2px;position:relative;cursor:help}
mark:focus{outline:3px solid #000;outline-offset:1px}
mark:hover::after,mark:focus::after{content:attr(data-tip);position:absolute;left:0;top:1.7em;z-index:10;width:max-content;max-width:340px;white-space:normal;background:#1a1a1a;color:#fff;font-size:.85em;line-height:1.4;padding:6px 8px;border-radius:4px;text-decoration:none}
.legend{list-style:none;padding:0;margin:.6em 0;display:flex;flex-wrap:wrap;gap:6px 14px;font-size:.9em}
table{border-collapse:collapse;font-size:.92em;width:100%}
th,td{text-align:left;padding:3px 8px;border-bottom:1px solid #ddd}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
svg.chart{max-width:100%;height:auto;font-size:12px}
svg.chart text{fill:#1a1a1a}
svg.chart .strong{font-weight:bold}
svg.chart .small{font-size:11px;fill:#4a4a4a}
svg.defs{position:absolute}
.advice li{margin:.3em 0}
.alert{border-left:6px solid #8b0000;background:#fbeaea;padding:8px 12px;color:#5a0000}
.reading{margin:.2em 0 .8em;padding-left:1.2em}
.errors{color:#8b0000}
a{color:#0a5f9e}
@media (max-width:900px){.grid{grid-template-columns:1fr}}
mark.issue{font-weight:600}
mark.signal{background:transparent}
.legend .kind{font-weight:600;color:#4a4a4a}
.print-list{display:none}
.print-list li{margin:.15em 0;break-inside:avoid}
@media print{mark::after{display:none!important}.grid{grid-template-columns:1fr}article{break-before:page}article:first-of-type{break-before:auto}.text{border:none;padding:0}.print-list{display:block}}
)";

class HtmlReporter : public Reporter {
 public:
  HtmlReporter(const LexiconSet& lexicons, const Model& model, const ReportOptions& options,
               Output* output)
      : Reporter(output),
        lexicons_(lexicons),
        model_(model),
        dutch_(options.language == Language::kDutch) {}

  void Write(std::string_view formatted) override {
    documents_.emplace_back(formatted);
  }

  void InputError(const std::string& path, const std::string& message) override {
    (void)path;
    errors_.push_back(message);
  }

  void WriteSummary(const SummaryResult& summary) override {
    summary_ = summary;
    has_summary_ = true;
  }

  void End() override {
    output_->Write(PageStart());
    if (has_summary_ && summary_.documents > 1) output_->Write(Overview());
    for (const std::string& document : documents_) output_->Write(document);
    if (!errors_.empty()) {
      std::string out = fmt::format("<section class=\"errors\"><h2>{}</h2><ul>",
                                    T("Niet geanalyseerd", "Not analysed"));
      for (const std::string& error : errors_)
        out += fmt::format("<li>{}</li>", EscapeHtml(error));
      output_->Write(out + "</ul></section>");
    }
    output_->Write("</main>\n</body>\n</html>\n");
  }

 protected:
  void FormatTo(const DocumentReport& report, ReportBuffer* out) const override {
    *out += fmt::format("<article id=\"{}\" aria-labelledby=\"{}-h\">\n<h2 id=\"{}-h\">{}</h2>\n",
                        AnchorOf(report.path), AnchorOf(report.path), AnchorOf(report.path),
                        EscapeHtml(DisplayPath(report.path)));
    *out += fmt::format("<p class=\"meta\">{} {}, {} {}, {} {}</p>\n", report.words,
                        T("woorden", "words"), report.sentences, T("zinnen", "sentences"),
                        report.findings.size(), T("bevindingen", "findings"));
    *out += fmt::format("<p class=\"verdict\">{}</p>\n", Verdict(report));
    *out += Dimensions(report.dimensions);
    *out += "<div class=\"grid\">\n<section>\n";
    *out += fmt::format("<h3>{}</h3>\n", T("Tekst", "Text"));
    *out += Legend(report);
    TextWithHighlights(report, out);
    *out += "</section>\n<aside>\n";
    *out += SchemePanel(report);
    *out += ColumnPanel(report);
    *out += DensityTable(report);
    *out += "</aside>\n</div>\n";
    *out += AdviceList(report);
    *out += PrintList(report);
    *out += "</article>\n";
  }

  bool Streams() const override { return false; }

 private:
  const char* T(const char* nl, const char* en) const { return dutch_ ? nl : en; }

  std::string DisplayPath(const std::string& path) const {
    return path == "-" ? T("standaardinvoer", "standard input") : path;
  }

  std::string PageStart() const {
    const size_t documents = has_summary_ ? summary_.documents : documents_.size();
    return fmt::format(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta name=\"generator\" content=\"wijzij {}\">\n<title>{}</title>\n"
        "<style>{}{}</style>\n</head>\n<body>\n{}\n<header><h1>{}</h1>"
        "<p class=\"meta\">{} {} · wijzij {}</p></header>\n<main>\n",
        dutch_ ? "nl" : "en", WIJZIJ_VERSION, T("wijzij-rapport", "wijzij report"),
        kStyleSheet, CategoryCss(lexicons_.categories.size()), ChartDefinitions(),
        T("wijzij-rapport", "wijzij report"), documents,
        documents == 1 ? T("document", "document") : T("documenten", "documents"),
        WIJZIJ_VERSION);
  }

  std::string SchemeName(const std::string& id) const {
    const SchemeModel* s = model_.FindScheme(id);
    return s ? Pick(dutch_, s->texts.name_nl, s->texts.name_en) : id;
  }

  std::string ColumnName(const std::string& id) const {
    const ColumnModel* c = model_.FindColumn(id);
    return c ? Pick(dutch_, c->texts.name_nl, c->texts.name_en) : id;
  }


  std::string Verdict(const DocumentReport& r) const {
    std::string scheme =
        r.scheme.id == kNoneId
            ? T("Geen wij-zij-schema.", "No wij-zij scheme.")
            : fmt::format("{} <strong>{}</strong> ({} {}).",
                          T("Leunt naar", "Leans toward"), EscapeHtml(SchemeName(r.scheme.id)),
                          T("zekerheid", "confidence"), ConfidenceName(r.scheme.confidence, dutch_));
    std::string column =
        r.column.id == kNoneId
            ? T("Geen duidelijke kolom.", "No clear column.")
            : fmt::format("{} <strong>{}</strong>.", T("Kolom:", "Column:"),
                          EscapeHtml(ColumnName(r.column.id)));
    return scheme + " " + column;
  }

  std::string Names(const std::vector<ClassScore>& classes) const {
    std::string out;
    for (const ClassScore& s : classes)
      out += (out.empty() ? "" : ", ") + EscapeHtml(model_.ClassName(s.id, dutch_));
    return out;
  }

  // A choice the words barely made says so, and how the user can decide it.
  std::string CloseCall(const DimensionResult& r) const {
    if (!r.close) return "";
    return fmt::format(fmt::runtime(T(", nipt voor {} (kent u de afzender, geef dan <code>--voice</code>)",
                         ", narrowly over {} (if you know the sender, give <code>--voice</code>)")),
                       EscapeHtml(model_.ClassName(r.runner_up, dutch_)));
  }

  // "Thema's", "Intimidatie": the dimension's label as a heading.
  std::string Heading(const DimensionModel& d) const {
    return EscapeHtml(Capitalize(Pick(dutch_, d.texts.name_nl, d.texts.name_en)));
  }

  // A flag first and unmissable; the other dimensions only when present.
  std::string Dimensions(const std::vector<DimensionResult>& results) const {
    std::string alerts, items;
    for (size_t d = 0; d < model_.dimensions.size() && d < results.size(); ++d) {
      const DimensionModel& m = model_.dimensions[d];
      if (results[d].selected.empty()) continue;
      if (m.select == Selection::kFlag) {
        alerts += fmt::format("<p class=\"alert\" role=\"alert\"><strong>{}:</strong> {}</p>\n",
                              Heading(m), Names(results[d].selected));
      } else {
        items += fmt::format("<li>{}: {}{}</li>", Heading(m), Names(results[d].selected),
                             CloseCall(results[d]));
      }
    }
    if (!items.empty()) alerts += fmt::format("<ul class=\"reading\">{}</ul>\n", items);
    return alerts;
  }

  std::string Tip(const Finding& f) const {
    const Category& c = lexicons_.CategoryOfEntry(f.entry);
    const Entry& e = lexicons_.entries[f.entry];
    std::string tip = fmt::format("{} ({}) · {} {}:{} «{}»", dutch_ ? c.label_nl : c.label_en,
                                  c.id, T("lexicon", "lexicon"), c.file, e.line, e.written);
    if (f.negated) tip += fmt::format(" · {}", T("ontkend", "negated"));
    if (f.quoted) tip += fmt::format(" · {}", T("geciteerd", "quoted"));
    const std::string alternative = Alternative(model_, e.category, dutch_);
    if (!alternative.empty()) tip += " → " + alternative;
    return tip;
  }

  void TextWithHighlights(const DocumentReport& r, ReportBuffer* out) const {
    const HighlightedText text = HighlightFindings(r);
    *out += "<div class=\"text\">";
    for (const TextPiece& piece : text.pieces) {
      switch (piece.kind) {
        case TextPiece::Kind::kText:
          *out += EscapeHtml(piece.text);
          break;
        case TextPiece::Kind::kOpen: {
          const Finding& f = r.findings[piece.finding];
          const uint32_t category = r.CategoryOf(f);
          *out += fmt::format("<mark class=\"k{} {}\" tabindex=\"0\" data-finding=\"{}-{}\" "
                              "data-category=\"{}\" data-tip=\"{}\">",
                              category, KindClass(category), AnchorOf(r.path), piece.finding,
                              lexicons_.categories[category].id, EscapeHtml(Tip(f)));
          break;
        }
        case TextPiece::Kind::kClose:
          *out += "</mark>";
          break;
      }
    }
    *out += "</div>\n";
  }

  // Problems (issues) are highlighted and bold; signals, which only explain
  // a score, keep their category's underline without the highlight.
  const char* KindClass(uint32_t category) const {
    return IsIssue(lexicons_.categories[category].severity) ? "issue" : "signal";
  }

  // The legend in two groups: what to look at, and the signals.
  std::string Legend(const DocumentReport& r) const {
    std::string items;
    for (const bool issues : {true, false}) {
      std::string group;
      for (size_t i = 0; i < r.categories.size(); ++i) {
        const Category& c = lexicons_.categories[i];
        if (r.categories[i].count == 0 || IsIssue(c.severity) != issues) continue;
        group += fmt::format("<li><mark class=\"k{} {}\">{}</mark> {}</li>", i,
                             issues ? "issue" : "signal",
                             EscapeHtml(dutch_ ? c.label_nl : c.label_en), r.categories[i].count);
      }
      if (group.empty()) continue;
      items += fmt::format("<li class=\"kind\">{}</li>{}",
                           issues ? T("Aandachtspunten:", "Issues:")
                                  : T("Signalen (verklaren de scores):", "Signals (explain the scores):"),
                           group);
    }
    if (items.empty())
      return fmt::format("<p class=\"small\">{}</p>\n", T("Geen bevindingen.", "No findings."));
    return fmt::format("<ul class=\"legend\" aria-label=\"{}\">{}</ul>\n",
                       T("Legenda", "Legend"), items);
  }

  // On paper the tooltips are gone: a numbered list of the findings with
  // their right-column alternatives, shown only when printing.
  std::string PrintList(const DocumentReport& r) const {
    if (r.findings.empty()) return "";
    std::string items;
    PositionReader positions = r.Positions();
    for (const Finding& f : r.findings) {
      const Category& c = lexicons_.CategoryOfEntry(f.entry);
      const TextPosition at = positions.At(f.offset);
      std::string item = fmt::format("{}:{} · {} · «{}»", at.line, at.column,
                                     dutch_ ? c.label_nl : c.label_en, r.TextOf(f));
      if (!IsIssue(c.severity)) item += fmt::format(" ({})", T("signaal", "signal"));
      const std::string alternative = Alternative(model_, r.CategoryOf(f), dutch_);
      if (!alternative.empty()) item += " → " + alternative;
      items += fmt::format("<li>{}</li>", EscapeHtml(item));
    }
    return fmt::format("<section class=\"print-list\"><h3>{}</h3><ol>{}</ol></section>\n",
                       T("Bevindingen", "Findings"), items);
  }

  std::string SchemePanel(const DocumentReport& r) const {
    std::vector<Bar> bars;
    for (const SchemeScore& s : r.scheme.scores)
      bars.push_back({SchemeName(s.id), s.score, s.id == r.scheme.id});
    return fmt::format("<h3>{}</h3>\n{}\n", T("Wij-zij-schema's", "Wij-zij schemes"),
                       BarChart(bars, T("Score per wij-zij-schema", "Score per wij-zij scheme"),
                                model_.weights.lean, T("drempel", "threshold")));
  }

  std::string ColumnPanel(const DocumentReport& r) const {
    std::vector<DivergingBar> rows;
    for (const RowBalance& row : r.column.rows) {
      const RowModel* model_row = model_.FindRow(row.id);
      rows.push_back({model_row ? Pick(dutch_, model_row->texts.name_nl,
                                       model_row->texts.name_en)
                                : row.id,
                      row.left, row.right});
    }
    return fmt::format(
        "<h3>{}</h3>\n<p class=\"small\">{} {:.2f} · {} {:.2f}</p>\n{}\n",
        T("Kolom per rij", "Column per row"), T("links", "left"), r.column.left,
        T("rechts", "right"), r.column.right,
        DivergingChart(rows, T("Balans per rij van de communicatietabel",
                               "Balance per row of the communication table"),
                       "bruggenbouwer", "midden"));
  }

  std::string DensityTable(const DocumentReport& r) const {
    std::string rows;
    for (size_t i = 0; i < r.categories.size(); ++i) {
      if (r.categories[i].count == 0) continue;
      const Category& c = lexicons_.categories[i];
      rows += fmt::format("<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td>"
                          "<td class=\"num\">{:.1f}</td></tr>",
                          EscapeHtml(dutch_ ? c.label_nl : c.label_en), r.categories[i].count,
                          r.categories[i].per_1000);
    }
    if (rows.empty()) return "";
    return fmt::format(
        "<h3>{}</h3>\n<table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\" "
        "class=\"num\">{}</th><th scope=\"col\" class=\"num\">{}</th></tr></thead>"
        "<tbody>{}</tbody></table>\n",
        T("Dichtheid", "Density"), T("categorie", "category"), T("aantal", "count"),
        T("per 1000 woorden", "per 1,000 words"), rows);
  }

  std::string AdviceList(const DocumentReport& r) const {
    std::string items;
    for (const Advice& a : DocumentAdvice(r, model_, dutch_))
      items += a.line == 0 ? fmt::format("<li>{}</li>", EscapeHtml(a.text))
                           : fmt::format("<li>{} <span class=\"where\">({} {})</span></li>",
                                         EscapeHtml(a.text), T("regel", "line"), a.line);
    return fmt::format("<section class=\"advice\"><h3>{}</h3><ul>{}</ul></section>\n",
                       T("Advies", "Advice"), items);
  }

  // Documents per class of every dimension that selects all its present
  // classes or picks one (with its close calls), then the flagged
  // documents; only what is present.
  std::string DimensionOverview() const {
    std::string charts, alerts;
    for (size_t d = 0; d < model_.dimensions.size() && d < summary_.classes.size(); ++d) {
      const DimensionModel& m = model_.dimensions[d];
      if (m.select == Selection::kFlag && summary_.with_class[d] > 0) {
        const size_t n = summary_.with_class[d];
        alerts += fmt::format("<p class=\"alert\" role=\"alert\"><strong>{}:</strong> {} {}</p>\n",
                              Heading(m), n,
                              n == 1 ? T("document", "document") : T("documenten", "documents"));
      } else if (CountsClasses(m) && !summary_.classes[d].empty()) {
        std::vector<Bar> bars;
        for (const auto& [id, n] : summary_.classes[d])
          bars.push_back({model_.ClassName(id, dutch_), static_cast<double>(n), false});
        const std::string title = fmt::format(fmt::runtime(T("Documenten per {}", "Documents per {}")),
                                              Pick(dutch_, m.class_nl, m.class_en));
        charts += fmt::format("<h3>{}</h3>\n{}\n", Heading(m), BarChart(bars, title, 0, "", true));
        if (summary_.close[d] > 0)
          charts += fmt::format(
              fmt::runtime(T("<p>Nipt: {} (kent u de afzender, geef dan <code>--voice</code>)</p>\n",
                             "<p>Close calls: {} (if you know the sender, give <code>--voice</code>)</p>\n")),
              summary_.close[d]);
      }
    }
    return charts + alerts;
  }

  std::string Overview() const {
    std::vector<Bar> schemes;
    for (const auto& [id, n] : summary_.schemes)
      schemes.push_back({id == kNoneId ? T("geen", "none") : SchemeName(id),
                         static_cast<double>(n), false});
    std::vector<Bar> shares;
    const char* bins[] = {"0–0,2", "0,2–0,4", "0,4–0,6", "0,6–0,8", "0,8–1"};
    for (size_t i = 0; i < summary_.left_share_histogram.size() && i < 5; ++i)
      shares.push_back({bins[i], static_cast<double>(summary_.left_share_histogram[i]), false});
    std::string strongest;
    for (const StrongDocument& d : summary_.strongest) {
      strongest += fmt::format(
          "<tr><td><a href=\"#{}\">{}</a></td><td>{}</td><td class=\"num\">{:.2f}</td></tr>",
          AnchorOf(d.path), EscapeHtml(DisplayPath(d.path)), EscapeHtml(SchemeName(d.scheme)),
          d.score);
    }
    std::string out = fmt::format(
        "<section id=\"overzicht\" aria-labelledby=\"overzicht-h\">\n<h2 id=\"overzicht-h\">{}</h2>\n"
        "<p class=\"meta\">{} {}{}</p>\n<div class=\"grid\"><div>\n<h3>{}</h3>\n{}\n",
        T("Overzicht", "Overview"), summary_.documents, T("documenten", "documents"),
        summary_.errors ? fmt::format(", {} {}", summary_.errors, T("fouten", "errors")) : "",
        T("Documenten per schema", "Documents per scheme"),
        BarChart(schemes, T("Documenten per wij-zij-schema", "Documents per wij-zij scheme"),
                 0, "", true));
    out += fmt::format("<h3>{}</h3>\n{}\n", T("Aandeel linkerkolom", "Left-column share"),
                       BarChart(shares,
                                T("Documenten naar aandeel linkerkolom",
                                  "Documents by left-column share"),
                                0, "", true));
    out += DimensionOverview();
    out += "</div><div>\n";
    if (!strongest.empty()) {
      out += fmt::format(
          "<h3>{}</h3>\n<table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>"
          "<th scope=\"col\" class=\"num\">{}</th></tr></thead><tbody>{}</tbody></table>\n",
          T("Sterkste schemascores", "Strongest scheme scores"), T("document", "document"),
          T("schema", "scheme"), T("score", "score"), strongest);
    }
    return out + "</div></div>\n</section>\n";
  }

  const LexiconSet& lexicons_;
  const Model& model_;
  bool dutch_;
  std::vector<std::string> documents_;
  std::vector<std::string> errors_;
  SummaryResult summary_;
  bool has_summary_ = false;
};

}  // namespace

std::unique_ptr<Reporter> MakeHtmlReporter(const LexiconSet& lexicons, const Model& model,
                                           const ReportOptions& options, Output* output) {
  return std::make_unique<HtmlReporter>(lexicons, model, options, output);
}

}  // namespace wijzij
