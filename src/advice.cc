#include "advice.h"

#include <fmt/format.h>

#include <algorithm>

namespace wijzij {

namespace {

constexpr size_t kMaxAdvice = 3;
constexpr double kSchemeOrder = 40, kGroundOrder = 41, kAboveOrder = 42, kColumnOrder = 60;

struct Ranked {
  double order;
  double evidence;  ///< summed weight of the findings behind it
  Advice advice;
};

// The summed weight of the findings, each times what `factor` gives its
// category, and the line of the sentence holding most of it (0 when none does).
template <typename Factor>
std::pair<double, uint32_t> EvidenceOf(const DocumentReport& r, Factor factor) {
  double total = 0, best = 0, current = 0;
  const Finding* best_first = nullptr;  // the first finding of the best sentence
  const Finding* current_first = nullptr;
  uint32_t sentence = UINT32_MAX;
  for (const Finding& f : r.findings) {
    const double w = factor(r.CategoryOf(f)) * r.WeightOf(f);
    if (w <= 0) continue;
    total += w;
    if (f.sentence != sentence) sentence = f.sentence, current = 0, current_first = &f;
    current += w;
    if (current > best) best = current, best_first = current_first;
  }
  // One line looked up, not one per sentence: a long document has many.
  return {total, best_first ? r.StartOf(*best_first).line : 0};
}

Ranked Item(double order, std::pair<double, uint32_t> evidence, std::string id,
            std::string text) {
  return {order, evidence.first, {std::move(id), std::move(text), evidence.second}};
}

const RowBalance* MostLeftRow(const ColumnResult& column) {
  const RowBalance* best = nullptr;
  for (const RowBalance& row : column.rows) {
    if (row.left > 0 && (!best || row.left - row.right > best->left - best->right))
      best = &row;
  }
  return best;
}

std::string ConfidenceWord(Confidence confidence, bool nl) {
  switch (confidence) {
    case Confidence::kHigh:
      return nl ? "sterk" : "strongly";
    case Confidence::kMedium:
      return nl ? "matig" : "moderately";
    default:
      return nl ? "zwak" : "weakly";
  }
}

std::string SchemeAdvice(const DocumentReport& r, const Model& model, bool nl) {
  const SchemeModel* s = model.FindScheme(r.scheme.id);
  const std::string confidence = ConfidenceWord(r.scheme.confidence, nl);
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
  return text + fmt::format(fmt::runtime(nl ? ", te beginnen met de stap {}: {}"
                                            : ", starting with the step {}: {}"),
                            Pick(nl, m->texts.name_nl, m->texts.name_en),
                            Pick(nl, m->advice_nl, m->advice_en));
}

// What a selected class of a reading dimension asks of whoever answers:
// safety first, then what the writer's distrust asks for (seed 001), the
// groups they set apart and where the attention goes.
void DimensionAdvice(const DocumentReport& r, const Model& model, bool nl,
                     std::vector<Ranked>* out) {
  for (size_t d = 0; d < model.dimensions.size() && d < r.dimensions.size(); ++d) {
    const DimensionModel& dimension = model.dimensions[d];
    if (dimension.advice_id.empty()) continue;
    size_t given = 0;
    for (const ClassScore& selected : r.dimensions[d].selected) {
      if (dimension.advice_max > 0 && given == dimension.advice_max) break;
      const ClassModel* c = model.FindClass(selected.id);
      const std::string& instead = Pick(nl, c->texts.instead_nl, c->texts.instead_en);
      if (!c->advice || instead.empty()) continue;
      ++given;
      const std::string text = fmt::format(
          fmt::runtime(Pick(nl, dimension.advice_nl, dimension.advice_en)),
          fmt::arg("name", Pick(nl, c->texts.name_nl, c->texts.name_en)),
          fmt::arg("instead", instead));
      const auto evidence =
          EvidenceOf(r, [c](uint32_t category) { return c->evidence.WeightOf(category); });
      out->push_back(Item(dimension.advice_order, evidence, dimension.advice_id, text));
    }
  }
}

void DocumentLevelAdvice(const DocumentReport& r, const Model& model, bool nl,
                         std::vector<Ranked>* out) {
  const SchemeModel* scheme = model.FindScheme(r.scheme.id);
  const auto scheme_evidence = EvidenceOf(r, [scheme](uint32_t category) {
    if (!scheme) return 0.0;
    return scheme->vocabulary.WeightOf(category) + scheme->wij.WeightOf(category) +
           scheme->zij.WeightOf(category);
  });
  if (scheme) out->push_back(Item(kSchemeOrder, scheme_evidence, "scheme", SchemeAdvice(r, model, nl)));
  if (r.scheme.ground_pattern) {
    out->push_back(Item(kGroundOrder, scheme_evidence, "ground_pattern",
                        nl ? "Het versterkt daarmee het grondpatroon elite tegenover volk."
                           : "It thereby reinforces the ground pattern of elite versus people."));
  }
  const ColumnModel* left = model.ColumnOn(Side::kLeft);
  const auto left_evidence = EvidenceOf(r, [&model](uint32_t category) {
    return LeftRowOf(model, category) ? 1.0 : 0.0;
  });
  if (r.column.above_parties_trap) {
    out->push_back(Item(
        kAboveOrder, left_evidence, "above_parties",
        nl ? "Valkuil: de tekst zegt boven de partijen te staan maar spreekt directief "
             "en uitleggend; dan klinkt u als spreekbuis van een pool (vermomming)."
           : "Trap: the text claims to stand above the parties but speaks in a "
             "directive, explaining tone; you then sound like the voice of a pole "
             "(a disguise)."));
  }
  if (left && r.column.id == left->id)
    out->push_back(Item(kColumnOrder, left_evidence, "column_left", ColumnLeftAdvice(r, model, nl)));
}

// The first kMaxAdvice items, the column advice always among them.
std::vector<Advice> Keep(std::vector<Ranked> ranked) {
  std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    return a.order != b.order ? a.order < b.order : a.evidence > b.evidence;
  });
  auto column = std::find_if(ranked.begin(), ranked.end(),
                             [](const Ranked& r) { return r.advice.id == "column_left"; });
  if (column != ranked.end() && column - ranked.begin() >= static_cast<long>(kMaxAdvice))
    std::rotate(ranked.begin() + kMaxAdvice - 1, column, column + 1);
  if (ranked.size() > kMaxAdvice) ranked.resize(kMaxAdvice);
  std::vector<Advice> out;
  for (Ranked& item : ranked) out.push_back(std::move(item.advice));
  return out;
}

}  // namespace

std::string Verdict(const DocumentReport& r, const Model& model, bool nl) {
  std::string out = nl ? "wij-zij-schema " : "wij-zij scheme ";
  if (r.scheme.id == kNoneId) {
    out += nl ? "geen" : "none";
  } else {
    out += fmt::format("{} ({})", r.scheme.id, ConfidenceWord(r.scheme.confidence, nl));
  }
  out += fmt::format("; {} {}", nl ? "kolom" : "column",
                     r.column.id == kNoneId ? (nl ? "geen" : "none") : r.column.id);
  for (size_t d = 0; d < model.dimensions.size() && d < r.dimensions.size(); ++d) {
    const DimensionModel& m = model.dimensions[d];
    if (m.select != Selection::kStrongest && m.select != Selection::kArgmax) continue;
    if (r.dimensions[d].selected.empty()) continue;
    out += fmt::format("; {} {}", Pick(nl, m.texts.name_nl, m.texts.name_en),
                       r.dimensions[d].Choice());
  }
  const std::vector<Advice> advice = DocumentAdvice(r, model, nl);
  if (!advice.empty() && advice[0].id != "none") out += ". " + advice[0].text;
  return out;
}

Severity VerdictLevel(const DocumentReport& r, const Model& model) {
  if (r.scheme.id != kNoneId && r.scheme.confidence >= Confidence::kMedium)
    return Severity::kWarning;
  const ColumnModel* left = model.ColumnOn(Side::kLeft);
  if (r.scheme.id != kNoneId || (left && r.column.id == left->id)) return Severity::kSuggestion;
  return Severity::kInfo;
}

const RowModel* LeftRowOf(const Model& model, uint32_t category) {
  for (const RowModel& row : model.rows) {
    if (row.left.Has(category)) return &row;
  }
  return nullptr;
}

std::string Alternative(const Model& model, uint32_t category, bool dutch) {
  const RowModel* row = LeftRowOf(model, category);
  return row ? Pick(dutch, row->advice_nl, row->advice_en) : "";
}

std::vector<Advice> DocumentAdvice(const DocumentReport& r, const Model& model, bool nl) {
  std::vector<Ranked> ranked;
  DimensionAdvice(r, model, nl, &ranked);
  DocumentLevelAdvice(r, model, nl, &ranked);
  std::vector<Advice> out = Keep(std::move(ranked));
  const ColumnModel* right = model.ColumnOn(Side::kRight);
  if (out.empty() && right && r.column.id == right->id) {
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
  return out;
}

}  // namespace wijzij
