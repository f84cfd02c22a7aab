#include "reading.h"

#include <fmt/format.h>

#include <algorithm>

#include "did_you_mean.h"

namespace wijzij {

namespace {

// Summed weight and number of findings per category, as the tally holds
// them for this text, however many classes read them.
struct CategoryTotals {
  const Tally& tally;
  bool mostly_quoted;

  uint32_t Count(uint32_t c) const { return tally.Of(c).findings; }
  double Weight(uint32_t c) const { return tally.Of(c).weight[mostly_quoted]; }
};

bool AnyFound(const EvidenceList& list, const CategoryTotals& totals) {
  return std::any_of(list.items().begin(), list.items().end(),
                     [&](const Evidence& e) { return totals.Count(e.category) > 0; });
}

// Whether the text has enough findings of the class's required categories:
// one, or more in a long text when the class asks for a density.
bool HasRequired(const ClassModel& model, const CategoryTotals& totals, uint32_t words) {
  if (model.required.empty()) return true;
  double found = 0;
  for (const Evidence& e : model.required.items()) found += totals.Count(e.category);
  return found >= std::max(1.0, model.required_per_100_words * words / 100.0);
}

// `per` divides the summed weight: 1, or the text's hundreds of words.
ClassScore Score(const ClassModel& model, const CategoryTotals& totals, double per,
                 uint32_t words) {
  ClassScore score{model.id, model.bias, 0};
  score.ruled_out = !HasRequired(model, totals, words) || AnyFound(model.unless, totals);
  if (score.ruled_out) return score;
  double sum = 0;
  for (const Evidence& e : model.evidence.items()) {
    if (totals.Count(e.category) == 0) continue;
    sum += e.weight * totals.Weight(e.category);
    score.findings += totals.Count(e.category);
  }
  score.evidence += sum / per;
  return score;
}

// Every class at or over its threshold, strongest first.
std::vector<ClassScore> Present(const DimensionModel& d, const std::vector<ClassScore>& scores) {
  std::vector<ClassScore> present;
  for (size_t i = 0; i < d.classes.size(); ++i) {
    if (scores[i].evidence >= d.classes[i].threshold) present.push_back(scores[i]);
  }
  std::stable_sort(present.begin(), present.end(),
                   [](const auto& a, const auto& b) { return a.evidence > b.evidence; });
  return present;
}

// The one present class that has more evidence than every other class.
std::vector<ClassScore> Strongest(std::vector<ClassScore> present,
                                  const std::vector<ClassScore>& scores) {
  if (present.empty()) return present;
  for (const ClassScore& other : scores) {
    if (other.id != present[0].id && other.evidence >= present[0].evidence) return {};
  }
  present.resize(1);
  return present;
}

// The class with the most evidence among those not ruled out (a report
// needs a cue of reporting, not only its bias); the first of equals.
std::vector<ClassScore> Argmax(const std::vector<ClassScore>& scores) {
  const ClassScore* best = nullptr;
  for (const ClassScore& s : scores)
    if (!s.ruled_out && (!best || s.evidence > best->evidence)) best = &s;
  if (!best && !scores.empty()) best = &scores[0];
  return best ? std::vector<ClassScore>{*best} : std::vector<ClassScore>{};
}

// The runner-up of an argmax choice and the choice's lead over it.
void SetLead(const DimensionModel& d, DimensionResult* result) {
  if (result->selected.empty()) return;
  const ClassScore& chosen = result->selected[0];
  const ClassScore* next = nullptr;
  for (const ClassScore& s : result->scores) {
    if (s.ruled_out || s.id == chosen.id) continue;
    if (!next || s.evidence > next->evidence) next = &s;
  }
  if (!next) return;
  result->runner_up = next->id;
  result->margin = chosen.evidence - next->evidence;
  result->close = result->margin < d.close_margin;
}

DimensionResult ScoreDimension(const DimensionModel& d, const CategoryTotals& totals,
                               uint32_t words) {
  const double per = d.per_words ? std::max(1.0, words / 100.0) : 1.0;
  DimensionResult result;
  for (const ClassModel& c : d.classes) result.scores.push_back(Score(c, totals, per, words));
  if (d.select == Selection::kArgmax) {
    result.selected = Argmax(result.scores);
    SetLead(d, &result);
    return result;
  }
  result.selected = Present(d, result.scores);
  if (d.select == Selection::kStrongest)
    result.selected = Strongest(std::move(result.selected), result.scores);
  return result;
}

}  // namespace

std::string DimensionResult::Choice() const {
  return selected.empty() ? std::string(kNoneId) : selected[0].id;
}

std::vector<DimensionResult> ScoreDimensions(const Model& model, const Tally& tally,
                                             uint32_t words, bool mostly_quoted) {
  const CategoryTotals totals{tally, mostly_quoted};
  std::vector<DimensionResult> results;
  for (const DimensionModel& d : model.dimensions)
    results.push_back(ScoreDimension(d, totals, words));
  return results;
}

void FollowScheme(const Model& model, const std::string& scheme,
                  std::vector<DimensionResult>* dimensions) {
  for (size_t d = 0; d < model.dimensions.size() && d < dimensions->size(); ++d) {
    const DimensionModel& dimension = model.dimensions[d];
    DimensionResult& result = (*dimensions)[d];
    if (dimension.select != Selection::kStrongest || !result.selected.empty()) continue;
    for (size_t c = 0; c < dimension.classes.size() && c < result.scores.size(); ++c) {
      const std::vector<std::string>& schemes = dimension.classes[c].schemes;
      if (std::find(schemes.begin(), schemes.end(), scheme) == schemes.end()) continue;
      result.scores[c].from_scheme = true;
      result.selected = {result.scores[c]};
      break;
    }
  }
}

bool GiveClass(const Model& model, std::string_view dimension_id, std::string_view class_id,
               std::vector<DimensionResult>* dimensions) {
  for (size_t d = 0; d < model.dimensions.size() && d < dimensions->size(); ++d) {
    if (model.dimensions[d].id != dimension_id) continue;
    DimensionResult& result = (*dimensions)[d];
    for (ClassScore& score : result.scores) {
      if (score.id != class_id) continue;
      score.given = true;
      result.selected = {score};
      result.close = false;  // the user decided; the words' lead no longer matters
      return true;
    }
  }
  return false;
}

std::string VoiceProblem(const Model& model, const std::string& voice) {
  if (voice.empty()) return "";
  std::vector<std::string> known;
  for (const DimensionModel& d : model.dimensions) {
    if (d.id != kVoiceDimension) continue;
    for (const ClassModel& c : d.classes) known.push_back(c.id);
  }
  if (known.empty()) return "the model has no voice dimension";
  if (std::find(known.begin(), known.end(), voice) != known.end()) return "";
  std::string list;
  for (const std::string& id : known) list += (list.empty() ? "" : ", ") + id;
  return fmt::format("unknown voice '{}'{} (one of: {})", voice, DidYouMeanHint(voice, known),
                     list);
}

}  // namespace wijzij
