#include "explain.h"

#include <fmt/format.h>

#include "did_you_mean.h"

namespace wijzij {

namespace {

// "moraliserend, zij (0.5)": the categories of a model list and any weight
// other than 1.
std::string Names(const LexiconSet& lexicons, const EvidenceList& list) {
  std::string out;
  for (const Evidence& e : list.items()) {
    out += (out.empty() ? "" : ", ") + lexicons.categories[e.category].id;
    if (e.weight != 1.0) out += fmt::format(" ({:g})", e.weight);
  }
  return out.empty() ? "-" : out;
}

std::string Block(const std::string& id, const std::string& name, std::string_view kind,
                  const Texts& t, bool nl) {
  std::string out = fmt::format("{} — {} ({})\n", id, name, kind);
  out += fmt::format("  {}\n", Pick(nl, t.explain_nl, t.explain_en));
  const std::string& instead = Pick(nl, t.instead_nl, t.instead_en);
  if (!instead.empty())
    out += fmt::format("  {}: {}\n", nl ? "Wat te doen" : "What to do", instead);
  return out;
}

std::string ExplainScheme(const SchemeModel& s, const LexiconSet& lx, bool nl) {
  std::string out = Block(s.id, Pick(nl, s.texts.name_nl, s.texts.name_en),
                          nl ? "wij-zij-schema" : "wij-zij scheme", s.texts, nl);
  out += fmt::format("  {}: {}; {}: {}; {}: {}\n", nl ? "vocabulaire" : "vocabulary",
                     Names(lx, s.vocabulary), nl ? "wij-kant" : "us side",
                     Names(lx, s.wij), nl ? "zij-kant" : "them side", Names(lx, s.zij));
  if (!s.required.empty())
    out += fmt::format("  {}: {}\n",
                       nl ? "alleen als de tekst zelf een groep noemt uit"
                          : "only when the text itself names a group from",
                       Names(lx, s.required));
  return out;
}

std::string ExplainRow(const RowModel& r, const LexiconSet& lx, bool nl) {
  std::string out =
      Block(r.id, Pick(nl, r.texts.name_nl, r.texts.name_en),
            nl ? "rij van de communicatietabel" : "row of the communication table",
            r.texts, nl);
  out += fmt::format("  {}: {}; {}: {}\n", nl ? "links" : "left", Names(lx, r.left),
                     nl ? "rechts" : "right", Names(lx, r.right));
  out += fmt::format("  {}: {}\n", nl ? "Alternatief" : "Alternative",
                     Pick(nl, r.advice_nl, r.advice_en));
  return out;
}

// ", 1 per 100 words": how many required findings a long text needs.
std::string RequiredDensity(double per_100_words, bool nl) {
  if (per_100_words <= 0) return "";
  return fmt::format(fmt::runtime(nl ? " (minstens 1, {:g} per 100 woorden)"
                                        : " (at least 1, {:g} per 100 words)"),
                     per_100_words);
}

// What one class of a dimension is: "verhaal van wantrouwen".
std::string KindOf(const DimensionModel& d, bool nl) {
  return Pick(nl, d.class_nl, d.class_en);
}

std::string ExplainClass(const ClassModel& s, const std::string& kind, const LexiconSet& lx,
                         bool nl) {
  std::string out = Block(s.id, Pick(nl, s.texts.name_nl, s.texts.name_en), kind, s.texts, nl);
  out += fmt::format("  {}: {} ({} {:g})\n", nl ? "bewijs" : "evidence", Names(lx, s.evidence),
                     nl ? "drempel" : "threshold", s.threshold);
  if (!s.required.empty())
    out += fmt::format("  {}: {}{}\n", nl ? "alleen met" : "only with", Names(lx, s.required),
                       RequiredDensity(s.required_per_100_words, nl));
  if (!s.unless.empty())
    out += fmt::format("  {}: {}\n", nl ? "niet als" : "not with", Names(lx, s.unless));
  if (!s.adopts.empty())
    out += fmt::format("  {}: {}\n",
                       nl ? "neemt een schema pas over met" : "adopts a scheme only with",
                       Names(lx, s.adopts));
  if (!s.schemes.empty())
    out += fmt::format("  {}: {}\n",
                       nl ? "ook bij een neiging naar" : "also when the text leans to",
                       fmt::join(s.schemes, ", "));
  return out;
}

// Where a category is used in the model, in words.
std::string Uses(uint32_t c, const Model& m, bool nl) {
  auto has = [&](const EvidenceList& list) { return list.Has(c); };
  std::vector<std::string> uses;
  for (const auto& s : m.schemes) {
    if (has(s.vocabulary))
      uses.push_back(fmt::format(
          fmt::runtime(nl ? "vocabulaire van {}" : "vocabulary of {}"), s.id));
    if (has(s.wij))
      uses.push_back(
          fmt::format(fmt::runtime(nl ? "wij-kant van {}" : "us side of {}"), s.id));
    if (has(s.zij))
      uses.push_back(
          fmt::format(fmt::runtime(nl ? "zij-kant van {}" : "them side of {}"), s.id));
    if (has(s.required))
      uses.push_back(fmt::format(
          fmt::runtime(nl ? "een groep die {} vereist" : "a group {} requires"), s.id));
  }
  for (const auto& r : m.rows) {
    if (has(r.left))
      uses.push_back(fmt::format(
          fmt::runtime(nl ? "linkerkolom van {}" : "left column of {}"), r.id));
    if (has(r.right))
      uses.push_back(fmt::format(
          fmt::runtime(nl ? "rechterkolom van {}" : "right column of {}"), r.id));
  }
  if (has(m.wij_markers))
    uses.push_back(nl ? "algemene wij-woorden" : "generic us words");
  if (has(m.zij_markers))
    uses.push_back(nl ? "algemene zij-woorden" : "generic them words");
  if (has(m.above_parties))
    uses.push_back(nl ? "claim boven de partijen" : "above-the-parties claim");
  for (const DimensionModel& d : m.dimensions) {
    for (const ClassModel& s : d.classes) {
      if (has(s.evidence)) uses.push_back(fmt::format("{} {}", KindOf(d, nl), s.id));
      if (has(s.unless))
        uses.push_back(fmt::format("{} {} ({})", KindOf(d, nl), s.id,
                                   nl ? "sluit die uit" : "rules it out"));
      if (has(s.adopts))
        uses.push_back(fmt::format("{} {} ({})", KindOf(d, nl), s.id,
                                   nl ? "neemt er een schema mee over" : "adopts a scheme with it"));
    }
  }
  std::string out;
  for (const auto& u : uses) out += (out.empty() ? "" : "; ") + u;
  return out.empty() ? "-" : out;
}

std::string ExplainCategory(uint32_t c, const LexiconSet& lx, const Model& m, bool nl) {
  const Category& cat = lx.categories[c];
  std::string out =
      fmt::format("{} — {} ({})\n", cat.id, nl ? cat.label_nl : cat.label_en,
                  nl ? "lexiconcategorie" : "lexicon category");
  out += fmt::format("  {}\n", nl ? cat.description_nl : cat.description_en);
  out += fmt::format("  {}: {}\n", nl ? "Telt als" : "Counts as", Uses(c, m, nl));
  for (const auto& r : m.rows) {
    if (r.left.Has(c)) {
      out += fmt::format("  {}: {}\n", nl ? "Wat te doen" : "What to do",
                         Pick(nl, r.advice_nl, r.advice_en));
    }
  }
  return out;
}

std::string List(const LexiconSet& lx, const Model& m, bool nl) {
  std::string out = fmt::format("{}:\n", nl ? "wij-zij-schema's" : "wij-zij schemes");
  for (const auto& s : m.schemes)
    out += fmt::format("  {:<32} {}\n", s.id, Pick(nl, s.texts.name_nl, s.texts.name_en));
  out += fmt::format("{}:\n", nl ? "kolommen" : "columns");
  for (const auto& c : m.columns)
    out += fmt::format("  {:<32} {}\n", c.id, Pick(nl, c.texts.name_nl, c.texts.name_en));
  out += fmt::format("{}:\n", nl ? "rijen" : "rows");
  for (const auto& r : m.rows)
    out += fmt::format("  {:<32} {}\n", r.id, Pick(nl, r.texts.name_nl, r.texts.name_en));
  out += fmt::format("{}:\n", nl ? "lezen wat binnenkomt" : "reading what comes in");
  for (const DimensionModel& d : m.dimensions) {
    for (const ClassModel& s : d.classes) {
      out += fmt::format("  {:<32} {} ({})\n", s.id,
                         Pick(nl, s.texts.name_nl, s.texts.name_en), KindOf(d, nl));
    }
  }
  out += fmt::format("{}:\n", nl ? "categorieën" : "categories");
  for (const auto& c : lx.categories)
    out += fmt::format("  {:<32} {}\n", c.id, nl ? c.label_nl : c.label_en);
  out += nl ? "\n'wijzij explain ID' legt één ervan uit.\n"
            : "\n'wijzij explain ID' explains one of them.\n";
  return out;
}

}  // namespace

bool Explain(const std::string& id, const LexiconSet& lexicons, const Model& model,
             bool dutch, std::string* out, std::string* error) {
  if (id.empty()) return *out = List(lexicons, model, dutch), true;
  if (const SchemeModel* s = model.FindScheme(id))
    return *out = ExplainScheme(*s, lexicons, dutch), true;
  if (const ColumnModel* c = model.FindColumn(id)) {
    *out = Block(c->id, Pick(dutch, c->texts.name_nl, c->texts.name_en),
                 dutch ? "communicatiekolom" : "communication column", c->texts, dutch);
    return true;
  }
  if (const RowModel* r = model.FindRow(id))
    return *out = ExplainRow(*r, lexicons, dutch), true;
  for (const DimensionModel& d : model.dimensions) {
    for (const ClassModel& s : d.classes) {
      if (s.id == id) return *out = ExplainClass(s, KindOf(d, dutch), lexicons, dutch), true;
    }
  }
  if (const int c = lexicons.FindCategory(id); c >= 0) {
    *out = ExplainCategory(static_cast<uint32_t>(c), lexicons, model, dutch);
    return true;
  }
  std::vector<std::string> known;
  for (const auto& s : model.schemes) known.push_back(s.id);
  for (const auto& c : model.columns) known.push_back(c.id);
  for (const auto& r : model.rows) known.push_back(r.id);
  for (const auto& c : lexicons.categories) known.push_back(c.id);
  for (const DimensionModel& d : model.dimensions)
    for (const ClassModel& s : d.classes) known.push_back(s.id);
  *error = fmt::format("explain: unknown id '{}'", id);
  *error += DidYouMeanHint(id, known) + " ('wijzij explain' lists every id)";
  return false;
}

}  // namespace wijzij
