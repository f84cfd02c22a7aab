#include "lexicon_snapshot.h"

#include <algorithm>
#include <cstdint>

#include "image.h"

namespace wijzij {

namespace {

// Bump when the layout or the meaning of a field changes.
constexpr std::string_view kMagic = "wijzij lexicon snapshot 6\n";

void WriteCategory(const Category& c, ImageWriter* out) {
  for (const std::string* text :
       {&c.id, &c.label_nl, &c.label_en, &c.description_nl, &c.description_en, &c.file}) {
    out->Text(*text);
  }
  out->Number(static_cast<uint32_t>(c.severity));
  out->Flag(c.negation_discounts);
  out->Flag(c.quotation_discounts);
}

bool ReadCategory(ImageReader* in, Category* c) {
  for (std::string* text :
       {&c->id, &c->label_nl, &c->label_en, &c->description_nl, &c->description_en, &c->file}) {
    if (!in->Text(text)) return false;
  }
  uint32_t severity = 0;
  if (!in->Number(&severity) || severity > static_cast<uint32_t>(Severity::kError)) {
    return false;
  }
  c->severity = static_cast<Severity>(severity);
  return in->Flag(&c->negation_discounts) && in->Flag(&c->quotation_discounts);
}

void WriteTexts(const std::vector<std::string>& texts, ImageWriter* out) {
  out->Number(static_cast<uint32_t>(texts.size()));
  for (const std::string& text : texts) out->Text(text);
}

void WriteEntry(const Entry& e, ImageWriter* out) {
  out->Text(e.written);
  out->Number(static_cast<uint32_t>(e.words.size()));
  for (const WordPattern& word : e.words) {
    out->Number(static_cast<uint32_t>(word.match));
    out->Text(word.text);
  }
  out->Text(e.pattern);
  out->Number(static_cast<uint32_t>(e.required.size()));
  for (const std::vector<std::string>& clause : e.required) WriteTexts(clause, out);
  out->Number(static_cast<uint32_t>(e.conditions.size()));
  for (const Condition& c : e.conditions) {
    out->Number(static_cast<uint32_t>(c.kind));
    WriteTexts(c.arguments, out);
  }
  out->Weight(e.weight);
  out->Number(e.category);
  out->Number(static_cast<uint32_t>(e.line));
}

bool ReadTexts(ImageReader* in, std::vector<std::string>* texts) {
  uint32_t count = 0;
  if (!in->Number(&count)) return false;
  for (uint32_t i = 0; i < count; ++i) {
    if (!in->Text(&texts->emplace_back())) return false;
  }
  return true;
}

bool ReadClauses(ImageReader* in, RequiredStrings* clauses) {
  uint32_t count = 0;
  if (!in->Number(&count)) return false;
  for (uint32_t i = 0; i < count; ++i) {
    if (!ReadTexts(in, &clauses->emplace_back())) return false;
  }
  return true;
}

bool ReadConditions(ImageReader* in, std::vector<Condition>* conditions) {
  uint32_t count = 0;
  if (!in->Number(&count)) return false;
  for (uint32_t i = 0; i < count; ++i) {
    uint32_t kind = 0;
    if (!in->Number(&kind) || kind > static_cast<uint32_t>(kLastConditionKind)) return false;
    Condition c{static_cast<ConditionKind>(kind), {}};
    if (!ReadTexts(in, &c.arguments)) return false;
    conditions->push_back(std::move(c));
  }
  return true;
}

// A phrase has a few words; a damaged image may claim billions.
constexpr uint32_t kMostWordsToReserve = 64;

bool ReadEntry(ImageReader* in, Entry* e) {
  uint32_t words = 0, line = 0;
  if (!in->Text(&e->written) || !in->Number(&words)) return false;
  e->words.reserve(std::min<uint32_t>(words, kMostWordsToReserve));
  for (uint32_t w = 0; w < words; ++w) {
    uint32_t match = 0;
    WordPattern word;
    if (!in->Number(&match) || match > static_cast<uint32_t>(WordMatch::kInfix)) return false;
    word.match = static_cast<WordMatch>(match);
    if (!in->Text(&word.text)) return false;
    e->words.push_back(std::move(word));
  }
  if (!in->Text(&e->pattern) || !ReadClauses(in, &e->required) ||
      !ReadConditions(in, &e->conditions) || !in->Weight(&e->weight) ||
      !in->Number(&e->category) || !in->Number(&line)) {
    return false;
  }
  e->line = static_cast<int>(line);
  return true;
}

}  // namespace

std::string WriteLexiconSnapshot(const std::vector<Lexicon>& lexicons) {
  ImageWriter out(kMagic);
  out.Number(static_cast<uint32_t>(lexicons.size()));
  size_t entries = 0;
  for (const Lexicon& lexicon : lexicons) entries += lexicon.entries.size();
  out.Number(static_cast<uint32_t>(entries));  // so a reader allocates them once
  for (const Lexicon& lexicon : lexicons) {
    WriteCategory(lexicon.category, &out);
    out.Number(static_cast<uint32_t>(lexicon.entries.size()));
    for (const Entry& entry : lexicon.entries) WriteEntry(entry, &out);
  }
  return out.Take();
}

bool ReadLexiconSnapshot(std::string_view image, LexiconSet* set) {
  ImageReader in(image);
  uint32_t count = 0, total = 0;
  if (image.empty() || !in.Magic(kMagic) || !in.Number(&count) || !in.Number(&total)) {
    return false;
  }
  // Straight into the set's one array of entries: reading them into a
  // vector per lexicon first and moving them over touched every entry's
  // memory twice, a quarter of the page faults of a start.
  LexiconSet read;
  read.categories.reserve(std::min<uint32_t>(count, 1u << 12));
  read.entries.reserve(std::min<uint32_t>(total, 1u << 20));
  for (uint32_t i = 0; i < count; ++i) {
    uint32_t entries = 0;
    if (!ReadCategory(&in, &read.categories.emplace_back()) || !in.Number(&entries)) {
      return false;
    }
    for (uint32_t e = 0; e < entries; ++e) {
      Entry& entry = read.entries.emplace_back();
      if (!ReadEntry(&in, &entry)) return false;
      entry.category = i;
    }
  }
  if (read.entries.size() != total || !in.AtEnd()) return false;
  *set = std::move(read);
  return true;
}

}  // namespace wijzij
