#pragma once
// The polarisation model as data: how lexicon categories combine into scheme
// scores, the column balance and every reading dimension, with the
// explanations `wijzij explain` and the advice print. The shipped model is
// lexicons/wijzij.model, compiled into the binary like the lexicons;
// `--model FILE` replaces it. Every id (schemes, columns, rows, dimensions
// and their classes) comes from the model file; the code knows none.
//
// Format (same conventions as lexicon files: # comments, key = value):
//
//   [weights]                       numbers the scoring uses (WeightFields())
//   negated = 0.25
//   [train]                         how `wijzij train` fits: l2, steps, keep
//   [markers]
//   wij = wij                       generic in-group and out-group words
//   zij = zij
//   above_parties = boven_partijen  claims to stand above the parties
//   [scheme democratie_vs_populisme]
//   vocabulary = moraliserend       categories, comma-separated; each may
//   wij = wij_democraten            carry a weight: "zij:0.5" (default 1)
//   zij = zij_populisten
//   ground_pattern = yes            the ground pattern the others reinforce
//   requires = wij_democraten, zij_populisten
//                                   chosen only when the text's own words
//                                   name one of these (a group of the scheme)
//   bias = -1.5 / opposition = 2    a learned intercept; its own opposition weight
//   [column bruggenbouwer]
//   side = left                     left or right; one column each
//   evidence = moraliserend         categories outside the rows that speak in
//                                   this column (condemning, enforcing, calling)
//   bias = -0.4                     a learned model: the column is scored
//   [row controle_omgang]
//   left = controle                 left-column categories of this row
//   right = omgang                  right-column categories of this row
//   advice_nl = ... / advice_en = ...  the right-column alternative
//   [dimension narratives]          a reading dimension (reading.h)
//   classes = narrative             the section word of its classes
//   select = all                    all, strongest, flag or argmax
//   scale = words                   evidence per 100 words (optional)
//   learn = no                      train keeps its weights (optional)
//   close_margin = 0.5              argmax: a lead smaller than this over the
//                                   next class is a close call (optional)
//   name_nl = verhalen van wantrouwen / class_nl = verhaal van wantrouwen
//   advice_id = narrative           advice for a selected class that has an
//   advice_nl = {name}: {instead}   instead text: template, how many classes
//   advice_max = 2                  at most, and where it stands among the
//   advice_order = 20               other advice (advice.h)
//   [narrative onzichtbare_overheid]
//   evidence = narratief_onzichtbare_overheid
//   threshold = 1.5
//   requires = ... / unless = ...
//   advice = no                     explain the instead text, advise it not
//   bias = -1.2                     evidence before any finding (learned)
//   relays = yes                    a voice that relays others (news)
//   adopts = moraliserend           and takes a scheme only with these
//   stance = yes                    a voice that always takes a side
//   schemes = elite_vs_volk         taken by a text leaning to one of these
//                                   schemes when no class fits by evidence
//
// Sections other than these take name_nl/name_en, explain_nl/explain_en and
// instead_nl/instead_en. Problems are reported as file:line.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"
#include "lexicon.h"

namespace wijzij {

/// The answer of a scheme, column or dimension when nothing is chosen.
inline constexpr std::string_view kNoneId = "none";
/// The dimension whose class says whose voice a text is; --voice gives it.
inline constexpr std::string_view kVoiceDimension = "voice";

/// Display and explanation texts of a model section, in both languages.
struct Texts {
  std::string name_nl, name_en;
  std::string explain_nl, explain_en;
  std::string instead_nl, instead_en;
};

/// One category in a model list and the weight its findings get there.
struct Evidence {
  uint32_t category = 0;
  double weight = 1.0;
};

/// The categories one model key names, in file order, with a look-up of a
/// category's weight that does not depend on the length of the list. A
/// weight may be negative: a learned model counts some findings against a
/// class (reporting verbs against a scheme). A weight of 0 names a category
/// `wijzij train` may weigh without counting it yet.
class EvidenceList {
 public:
  void Add(uint32_t category, double weight);
  const std::vector<Evidence>& items() const { return items_; }
  bool empty() const { return items_.empty(); }
  bool Has(uint32_t category) const {
    return category < has_.size() && has_[category];
  }
  /// The weight of `category` in this list; 0 when it is not in it.
  double WeightOf(uint32_t category) const {
    return category < by_category_.size() ? by_category_[category] : 0.0;
  }

 private:
  std::vector<Evidence> items_;
  std::vector<double> by_category_;  ///< weight per category index, 0 when absent
  std::vector<bool> has_;            ///< per category index: named in the list
};

struct SchemeModel {
  std::string id;
  Texts texts;
  EvidenceList vocabulary;
  EvidenceList wij;  ///< the scheme's us-side group labels
  EvidenceList zij;  ///< and its them-side
  /// Leans only when the text's own words hold one of these: wij-zij
  /// thinking needs a group cast as a pole, not the vocabulary alone.
  EvidenceList required;
  /// The ground pattern the other schemes reinforce (elite_vs_volk).
  bool ground_pattern = false;
  /// A text read in this scheme takes a stance (stance = yes): it casts a
  /// pole in its own words, so it convinces or accuses (scoring.h Stance).
  bool stance = false;
  /// Added to the score (a learned intercept; the lean threshold is the same
  /// for every scheme).
  double bias = 0;
  /// Per opposition sentence; empty: [weights] opposition.
  std::optional<double> opposition;
};

enum class Side { kLeft, kRight };

struct ColumnModel {
  std::string id;
  Texts texts;
  Side side = Side::kLeft;
  EvidenceList evidence;  ///< categories beyond the rows that speak in this column
  /// Given (a learned model): the column is scored, not shared out. Its score
  /// is bias + its evidence per length; the higher of the two columns wins
  /// when above 0, else none. The rows still show where the words stand.
  std::optional<double> bias;
};

struct RowModel {
  std::string id;
  Texts texts;
  EvidenceList left;
  EvidenceList right;
  std::string advice_nl, advice_en;  ///< the right-column alternative
};

/// Tunable numbers; defaults are the shipped values. WeightFields() names
/// each, and the model file's [weights] section sets them by that name.
struct ModelWeights {
  double negated = 0.25;  ///< factor for a negated finding
  double quoted = 0.3;    ///< factor for a quoted finding
  /// From this share of quoted words on, the quotation is the text's own voice.
  double quoted_majority = 0.5;
  double vocabulary = 1.0;       ///< per unit of scheme vocabulary
  double side = 1.0;             ///< per unit of a scheme's group labels
  double opposition = 2.0;       ///< per sentence where both sides of a scheme meet
  /// Group labels of a lower entry weight (everyday words) make no opposition.
  double strong_label = 0.5;
  double length_exponent = 0.5;  ///< score = evidence / (words/100)^exponent
  double lean = 2.0;             ///< minimum score to lean to a scheme
  double lean_min_findings = 2;
  /// A finding counts toward lean_min_findings when its category weighs at
  /// least this much in the scheme: its own words, not the voice's context
  /// (stem_ik, stem_nieuws) that a fit gives a small weight.
  double lean_word = 0.5;
  double medium = 3.0;          ///< score for medium confidence
  double high = 5.0;            ///< score for high confidence (and margin)
  double margin = 1.5;          ///< high needs top >= margin * runner-up
  double column_min = 1.5;      ///< minimum column evidence to name a column
  double column_share = 0.6;    ///< share a side needs to be the column
  double stance_min = 1.5;      ///< column evidence a stance-taking voice needs
  double stance_share = 0.6;    ///< and the left share it needs (stance = yes)
  double ground_pattern = 1.0;  ///< ground-pattern score that counts as present
  /// Factor for every finding of a text whose voice relays others (a news
  /// report): their words are not the reporter's own.
  double relayed = 0.3;
  /// The same for the schemes: a report that piles up one side's words
  /// leans to its scheme sooner than it speaks in a column.
  double relayed_scheme = 0.3;
};

/// A [weights] key and the field it sets.
struct WeightField {
  std::string_view name;
  double ModelWeights::*field;
};

/// Every [weights] key, in the order the README documents them.
const std::vector<WeightField>& WeightFields();

/// How `wijzij train` fits the model ([train] in the model file).
struct TrainSettings {
  double l2 = 1.0;     ///< L2 penalty of the logistic regression
  double steps = 4000; ///< gradient steps
  /// A penalty of its own for one labels field ("l2_voice = 50"): voice
  /// weighs many weak categories, schemes a few strong ones.
  std::map<std::string, double, std::less<>> l2_by_field;
  /// The share of a positive starting weight a fit always keeps ("keep =
  /// 0.5"): data may weaken what the sources say a word means, not erase it.
  double keep = 0;

  double L2For(std::string_view field) const {
    const auto it = l2_by_field.find(field);
    return it == l2_by_field.end() ? l2 : it->second;
  }
};

/// How a reading dimension turns its classes' evidence into a result.
enum class Selection {
  kAll,        ///< every present class (narratives, themes)
  kStrongest,  ///< the present class that beats every other, or none (axis)
  kFlag,       ///< any present class flags the document (intimidation)
  kArgmax,     ///< the class with the most evidence, always one (voice)
};

/// One class of a reading dimension (a narrative, a theme, an axis): the
/// categories that are evidence for it and how much evidence makes it
/// present. instead_nl and instead_en hold the advice to whoever answers.
struct ClassModel {
  std::string id;
  Texts texts;
  EvidenceList evidence;
  double threshold = 1.0;  ///< summed finding weight that makes it present
  /// When not empty, the class is present only if a finding of one of these
  /// categories is too (an axis needs an opposition, not just a mention).
  EvidenceList required;
  /// Findings of the required categories it takes per hundred words, at least
  /// one (requires_per_100_words): a long text that says "ze" or "de
  /// overheid" once in passing has no opposition yet.
  double required_per_100_words = 0;
  /// A finding of one of these categories rules the class out (a text in
  /// which the government speaks as "we" has no vertical axis).
  EvidenceList unless;
  /// False (advice = no): `explain` shows the instead text, but the report
  /// does not advise it (the narratives already speak for the vertical axis).
  bool advice = true;
  /// Evidence the class has before any finding (a learned intercept).
  double bias = 0;
  /// A text whose voice this class is relays others' words (relays = yes):
  /// every finding counts times [weights] relayed for schemes and columns.
  bool relays = false;
  /// A relaying voice adopts a frame only in judging words (adopts =
  /// moraliserend, scheldnaam): without a finding of one of these, its text
  /// leans to no scheme, however much of a scheme's vocabulary it relays.
  EvidenceList adopts;
  /// A text in this voice takes a stance of its own (stance = yes: a
  /// resident, a pole): when the learned scores leave its column at none
  /// and it leans left (stance_min, stance_share), its column is left.
  bool stance = false;
  /// Schemes whose opposition lies on this class (schemes = elite_vs_volk:
  /// the elite is the government, so the axis is vertical): a text that
  /// leans to one, and that no class of the dimension fits by its own
  /// evidence, takes this class.
  std::vector<std::string> schemes;
};

/// A reading dimension: its classes, how one is chosen, how reports name it
/// and what advice a selected class gives.
struct DimensionModel {
  std::string id;           ///< the JSON key and eval column: "narratives"
  std::string class_kind;   ///< the section word of its classes: "narrative"
  Selection select = Selection::kAll;
  Texts texts;              ///< name_* is the reports' label: "verhalen van wantrouwen"
  std::string class_nl, class_en;  ///< what one class is: "verhaal van wantrouwen"
  std::string advice_id;    ///< the advice's JSON id; empty: no advice
  std::string advice_nl, advice_en;  ///< templates with {name} and {instead}
  size_t advice_max = 0;    ///< advice for at most this many classes; 0: all
  double advice_order = 0;  ///< advice is listed by this number (advice.h)
  /// scale = words: evidence is per 100 words (summed weight divided by
  /// max(1, words/100)), so a long text is not louder for its length.
  bool per_words = false;
  /// learn = no: `wijzij train` keeps the weights as written.
  bool learn = true;
  /// select = argmax: a choice that leads the next class by less evidence
  /// than this is reported as a close call (0: never).
  double close_margin = 0;
  std::vector<ClassModel> classes;
};

struct Model {
  std::string file;
  ModelWeights weights;
  std::vector<SchemeModel> schemes;  ///< in file order
  std::vector<ColumnModel> columns;  ///< one left, one right
  std::vector<RowModel> rows;        ///< in file order
  EvidenceList wij_markers;          ///< generic in-group categories
  EvidenceList zij_markers;          ///< generic out-group categories
  EvidenceList above_parties;        ///< "boven de partijen" claims
  std::vector<DimensionModel> dimensions;  ///< in file order
  TrainSettings train;

  const SchemeModel* FindScheme(std::string_view id) const;
  const RowModel* FindRow(std::string_view id) const;
  const ColumnModel* FindColumn(std::string_view id) const;
  /// The column on `side`, or nullptr in a model built without one.
  const ColumnModel* ColumnOn(Side side) const;
  const DimensionModel* FindDimension(std::string_view id) const;
  /// A class of any reading dimension with this id, or nullptr.
  const ClassModel* FindClass(std::string_view id) const;
  /// The display name of that class, or `id` itself when there is none.
  std::string ClassName(std::string_view id, bool dutch) const;

  /// The one place that knows the group words: a category is a wij word
  /// when it is a generic wij marker or the us-side of a scheme, a zij word
  /// likewise.
  bool IsWij(uint32_t category) const;
  bool IsZij(uint32_t category) const;
  bool IsGroup(uint32_t category) const { return IsWij(category) || IsZij(category); }
};

/// Parses a model against the loaded categories. Returns false, with every
/// problem in `diagnostics`, when anything is wrong. With `skip_missing`,
/// categories that are not loaded are left out instead of being errors.
bool ParseModel(const std::string& file, std::string_view content,
                const LexiconSet& lexicons, Model* model,
                std::vector<Diagnostic>* diagnostics, bool skip_missing = false);

/// Loads `path`, or the shipped model when `path` is empty. The shipped
/// model skips categories that are not loaded, so that it still runs over
/// a user's own lexicons (--no-default-lexicons); a model named by the user
/// must match the loaded categories exactly.
bool LoadModel(const std::string& path, const LexiconSet& lexicons, Model* model,
               std::vector<Diagnostic>* diagnostics);

/// The text of the model `path`, or of the shipped model when it is empty.
bool ReadModelText(const std::string& path, std::string* text, std::string* error);

/// One value to set in a model file's text.
struct ModelEdit {
  std::string section;  ///< "weights", "scheme orde_vs_relschoppers", …
  std::string key;
  std::string value;
};

/// `text` with every edit made: the key's line in its section replaced, or
/// a new line after the section's header; comments and order are kept.
std::string PatchModelText(std::string_view text, const std::vector<ModelEdit>& edits);

/// Picks the Dutch or English text.
inline const std::string& Pick(bool dutch, const std::string& nl, const std::string& en) {
  return dutch || en.empty() ? nl : en;
}

}  // namespace wijzij
