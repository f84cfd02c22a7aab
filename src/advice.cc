#include "advice.h"

#include <fmt/format.h>

#include <algorithm>

#include "domain.h"

namespace wijzij {

namespace {

constexpr size_t kMaxAdvice = 3;

bool Contains(const std::vector<uint32_t>& categories, uint32_t category) {
  return std::find(categories.begin(), categories.end(), category) != categories.end();
}

// Findings about the poles (out-group words) against evidence of attention
// to the middle (right-column words).
bool AttentionOnPoles(const DocumentReport& report, const Model& model) {
  double poles = 0;
  for (const Finding& f : report.findings) {
    if (f.negated || f.quoted) continue;
    bool zij = Contains(model.zij_markers, f.category);
    for (const SchemeModel& s : model.schemes) zij |= Contains(s.zij, f.category);
    poles += zij ? f.weight : 0;
  }
  return poles >= 2 && poles > report.column.right_evidence;
}

const RowBalance* MostLeftRow(const ColumnResult& column) {
  const RowBalance* best = nullptr;
  for (const RowBalance& row : column.rows) {
    if (row.left > 0 && (!best || row.left - row.right > best->left - best->right))
      best = &row;
  }
  return best;
}

std::string SchemeAdvice(const DocumentReport& r, const Model& model, bool nl) {
  const SchemeModel* s = model.FindScheme(r.scheme.id);
  const std::string confidence =
      r.scheme.confidence == "high"     ? (nl ? "sterk" : "strongly")
      : r.scheme.confidence == "medium" ? (nl ? "matig" : "moderately")
                                        : (nl ? "zwak" : "weakly");
  return nl ? fmt::format("De tekst leunt {} naar het schema {}. {}", confidence,
                          s->texts.name_nl, s->texts.instead_nl)
            : fmt::format("The text leans {} toward the scheme {}. {}", confidence,
                          Pick(false, s->texts.name_nl, s->texts.name_en),
                          Pick(false, s->texts.instead_nl, s->texts.instead_en));
}

std::string ColumnLeftAdvice(const DocumentReport& r, const Model& model, bool nl) {
  const RowBalance* row = MostLeftRow(r.column);
  const RowModel* m = row ? model.FindRow(row->id) : nullptr;
  std::string text =
      nl ? "De tekst spreekt vooral vanuit de bruggenbouwerspositie (uitleggen, "
           "instrueren, handhaven). Versterk de rechterkolom"
         : "The text speaks mostly from the bridge-builder position (explaining, "
           "instructing, enforcing). Strengthen the right column";
  if (!m) return text + ".";
  return text + fmt::format(fmt::runtime(nl ? ", te beginnen bij {}: {}"
                                            : ", starting with {}: {}"),
                            Pick(nl, m->texts.name_nl, m->texts.name_en),
                            Pick(nl, m->advice_nl, m->advice_en));
}

}  // namespace

const RowModel* LeftRowOf(const Model& model, uint32_t category) {
  for (const RowModel& row : model.rows) {
    if (Contains(row.left, category)) return &row;
  }
  return nullptr;
}

std::string Alternative(const Model& model, uint32_t category, bool dutch) {
  const RowModel* row = LeftRowOf(model, category);
  return row ? Pick(dutch, row->advice_nl, row->advice_en) : "";
}

// What an answer to an incoming message needs first: safety, then what the
// writer's distrust asks for (seed 001), then the groups they set apart.
void ReadingAdvice(const DocumentReport& r, const Model& model, bool nl,
                   std::vector<Advice>* out) {
  for (const SignalScore& s : r.reading.intimidation) {
    const SignalModel* m = model.FindSignal(s.id);
    out->push_back({"intimidation", fmt::format("{}: {}", nl ? "Dreiging" : "Threat",
                                                Pick(nl, m->texts.instead_nl,
                                                     m->texts.instead_en))});
  }
  for (size_t i = 0; i < r.reading.narratives.size() && i < 2; ++i) {
    const SignalModel* m = model.FindSignal(r.reading.narratives[i].id);
    out->push_back(
        {"narrative",
         fmt::format(fmt::runtime(nl ? "Het verhaal van de {} klinkt door. {}"
                                     : "The story of {} sounds through. {}"),
                     Pick(nl, m->texts.name_nl, m->texts.name_en),
                     Pick(nl, m->texts.instead_nl, m->texts.instead_en))});
  }
  const SignalModel* axis = model.FindSignal(r.reading.axis);
  if (axis && r.reading.axis == "horizontaal")
    out->push_back({"axis", Pick(nl, axis->texts.instead_nl, axis->texts.instead_en)});
}

std::vector<Advice> DocumentAdvice(const DocumentReport& r, const Model& model, bool nl) {
  std::vector<Advice> out;
  ReadingAdvice(r, model, nl, &out);
  if (r.scheme.id != kNoneId) out.push_back({"scheme", SchemeAdvice(r, model, nl)});
  if (r.scheme.ground_pattern) {
    out.push_back(
        {"ground_pattern",
         nl ? "Het versterkt daarmee het grondpatroon elite tegenover volk."
            : "It thereby reinforces the ground pattern of elite versus people."});
  }
  if (r.column.above_parties_trap) {
    out.push_back(
        {"above_parties",
         nl ? "Valkuil: de tekst zegt boven de partijen te staan maar spreekt directief "
              "en uitleggend; dan klinkt u als spreekbuis van een pool (vermomming)."
            : "Trap: the text claims to stand above the parties but speaks in a "
              "directive, explaining tone; you then sound like the voice of a pole "
              "(a disguise)."});
  }
  // Where the attention goes is model data when the model has attention
  // classes; the class with advice (the poles) gives it.
  const SignalModel* attention = model.FindSignal(r.reading.attention);
  if (attention && !attention->texts.instead_nl.empty()) {
    out.push_back({"poles", fmt::format("{}. {}",
                                        nl ? "De aandacht gaat naar de polen"
                                           : "Attention goes to the poles",
                                        Pick(nl, attention->texts.instead_nl,
                                             attention->texts.instead_en))});
  } else if (model.reading.attention.empty() && AttentionOnPoles(r, model)) {
    out.push_back(
        {"poles",
         nl ? "De aandacht gaat naar de polen. Verleg haar naar het midden: de "
              "inwoners die doorgaan, twijfelen of zich zorgen maken."
            : "Attention goes to the poles. Move it to the middle: the residents who "
              "carry on, doubt or worry."});
  }
  if (r.column.id == kLeftColumn)
    out.push_back({"column_left", ColumnLeftAdvice(r, model, nl)});
  if (out.empty() && r.column.id == kRightColumn) {
    out.push_back(
        {"middle", nl ? "De tekst spreekt vanuit leiderschap over het midden. Stel "
                        "waar nodig ook de norm, kort en helder."
                      : "The text speaks from leadership over the middle. Where "
                        "needed, also set the norm, briefly and clearly."});
  }
  if (out.empty()) {
    out.push_back({"none", nl ? "Geen duidelijke wij-zij-taal of kolom gevonden."
                              : "No clear us-versus-them language or column found."});
  }
  if (out.size() > kMaxAdvice) out.resize(kMaxAdvice);
  return out;
}

}  // namespace wijzij
