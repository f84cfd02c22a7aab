#pragma once
// The polarisation model as data: how lexicon categories combine into scheme
// scores and the column balance, with the explanations `wijzij explain` and
// the advice print. The shipped model is lexicons/wijzij.model, compiled into
// the binary like the lexicons; `--model FILE` replaces it.
//
// Format (same conventions as lexicon files: # comments, key = value):
//
//   [weights]                       numbers the scoring uses (see scoring.h)
//   negated = 0.25
//   [scheme democratie_vs_populisme]
//   name_nl = ... / name_en = ...
//   vocabulary = moraliserend       categories, comma-separated
//   wij = wij_democraten            the scheme's us-side group labels
//   zij = zij_populisten            the scheme's them-side group labels
//   explain_nl = ... / explain_en = ... / instead_nl = ... / instead_en = ...
//   [column bruggenbouwer]          name, explain and instead texts, and
//   evidence = moraliserend         categories outside the rows that speak in
//                                   this column (condemning, enforcing, calling)
//   [row controle_omgang]
//   left = controle                 left-column categories of this row
//   right = omgang                  right-column categories of this row
//   advice_nl = ... / advice_en = ...  the right-column alternative
//   [markers]
//   wij = wij                       generic in-group and out-group words
//   zij = zij
//   above_parties = boven_partijen  claims to stand above the parties
//
// Every scheme, column and row id of the domain must have a section; every
// category named must be loaded. Problems are reported as file:line.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"
#include "lexicon.h"

namespace wijzij {

/// Display and explanation texts of a model section, in both languages.
struct Texts {
  std::string name_nl, name_en;
  std::string explain_nl, explain_en;
  std::string instead_nl, instead_en;
};

struct SchemeModel {
  std::string id;
  Texts texts;
  std::vector<uint32_t> vocabulary;  ///< category indices
  std::vector<uint32_t> wij;
  std::vector<uint32_t> zij;
};

struct ColumnModel {
  std::string id;
  Texts texts;
  std::vector<uint32_t>
      evidence;  ///< categories beyond the rows that speak in this column
};

struct RowModel {
  std::string id;
  Texts texts;
  std::vector<uint32_t> left;
  std::vector<uint32_t> right;
  std::string advice_nl, advice_en;
};

/// Tunable numbers; defaults are the shipped values.
struct ModelWeights {
  double negated = 0.25;  ///< factor for a negated finding
  double quoted = 0.3;    ///< factor for a quoted finding
  double quoted_majority =
      0.5;  ///< from this share of quoted words on, the quote is the text's own voice
  double vocabulary = 1.0;       ///< per unit of scheme vocabulary
  double side = 1.0;             ///< per unit of a scheme's group labels
  double opposition = 2.0;       ///< per sentence where both sides of a scheme meet
  double length_exponent = 0.5;  ///< score = evidence / (words/100)^exponent
  double lean = 2.0;             ///< minimum score to lean to a scheme
  double lean_min_findings = 2;
  double medium = 3.0;          ///< score for medium confidence
  double high = 5.0;            ///< score for high confidence (and margin)
  double margin = 1.5;          ///< high needs top >= margin * runner-up
  double column_min = 1.5;      ///< minimum column evidence to name a column
  double column_share = 0.6;    ///< share a side needs to be the column
  double ground_pattern = 1.0;  ///< elite_vs_volk score that counts as present
};

/// One class of a dimension for reading incoming messages (a narrative, a
/// theme, an axis, where attention goes, intimidation): the categories that
/// are evidence for it and how much evidence makes it present. instead_nl
/// and instead_en hold the advice to whoever answers the message.
struct SignalModel {
  std::string id;
  Texts texts;
  std::vector<uint32_t> evidence;  ///< category indices
  double threshold = 1.0;          ///< summed finding weight that makes it present
  /// When not empty, the class is present only if a finding of one of these
  /// categories is too (an axis needs an opposition, not just a mention).
  std::vector<uint32_t> required;
  /// A finding of one of these categories rules the class out (a text in
  /// which the government speaks as "we" has no vertical axis).
  std::vector<uint32_t> unless;
};

/// The dimensions for reading incoming messages, as the model file gives
/// them ([narrative <id>], [axis <id>], [theme <id>], [attention <id>],
/// [intimidation <id>]); each may be empty.
struct ReadingModel {
  std::vector<SignalModel> narratives;    ///< several may be present at once
  std::vector<SignalModel> axes;          ///< one at most: the strongest present
  std::vector<SignalModel> themes;        ///< several may be present at once
  std::vector<SignalModel> attention;     ///< one at most: the strongest present
  std::vector<SignalModel> intimidation;  ///< any present flags the document
};

struct Model {
  std::string file;
  ModelWeights weights;
  std::vector<SchemeModel> schemes;     ///< in Schemes() order
  std::vector<ColumnModel> columns;     ///< bruggenbouwer, midden
  std::vector<RowModel> rows;           ///< in Rows() order
  std::vector<uint32_t> wij_markers;    ///< generic in-group categories
  std::vector<uint32_t> zij_markers;    ///< generic out-group categories
  std::vector<uint32_t> above_parties;  ///< "boven de partijen" claims
  ReadingModel reading;

  const SchemeModel* FindScheme(std::string_view id) const;
  const RowModel* FindRow(std::string_view id) const;
  const ColumnModel* FindColumn(std::string_view id) const;
  /// A class of any reading dimension with this id, or nullptr.
  const SignalModel* FindSignal(std::string_view id) const;
  /// The display name of that class, or `id` itself when there is none.
  std::string SignalName(std::string_view id, bool dutch) const;
};

/// The six rows of the communication table, in the seed's order.
const std::vector<std::string_view>& RowIds();

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

/// Picks the Dutch or English text.
inline const std::string& Pick(bool dutch, const std::string& nl, const std::string& en) {
  return dutch || en.empty() ? nl : en;
}

}  // namespace wijzij
