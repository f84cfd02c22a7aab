#include "lexicon_parser.h"

#include <fmt/format.h>
#include <re2/re2.h>
#include <re2/set.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <charconv>
#include <filesystem>
#include <map>
#include <set>
#include <unordered_map>

#include "fold.h"
#include "source.h"
#include "text_lines.h"

namespace wijzij {

namespace {

bool IsWordCharacter(UChar32 c) {
  return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK || c == '\'' ||
         c == 0x2019 || c == '-' || c == '.';
}

class LexiconParser {
 public:
  LexiconParser(const std::string& file, Lexicon* lexicon, std::vector<Diagnostic>* diags)
      : file_(file), lexicon_(lexicon), diags_(diags) {}

  bool Parse(std::string_view content) {
    lexicon_->category = Category();
    lexicon_->category.file = file_;
    lexicon_->entries.clear();
    ForEachLine(content,
                [this](int number, std::string_view line) { ParseLine(number, line); });
    CheckHeader();
    return !failed_;
  }

 private:
  void Error(int line, std::string message) {
    diags_->push_back({file_, line, Severity::kError, std::move(message)});
    failed_ = true;
  }
  void Warning(int line, std::string message) {
    diags_->push_back({file_, line, Severity::kWarning, std::move(message)});
  }

  void ParseLine(int line_number, std::string_view raw) {
    if (FindInvalidUtf8(raw) != std::string_view::npos) {
      return Error(line_number, "invalid UTF-8");
    }
    const std::string_view line = Trim(raw);
    if (line.empty() || line[0] == '#') return;
    if (line.front() == '[') return ParseSection(line_number, Trim(StripComment(line)));
    if (in_entries_) return ParseEntry(line_number, line);
    ParseHeader(line_number, Trim(StripComment(line)));
  }

  void ParseSection(int line_number, std::string_view line) {
    if (line != "[entries]") {
      return Error(line_number,
                   fmt::format("unknown section '{}'; expected [entries]", line));
    }
    if (in_entries_) return Error(line_number, "second [entries] section");
    in_entries_ = true;
  }

  void ParseHeader(int line_number, std::string_view line) {
    const size_t eq = line.find('=');
    if (eq == std::string_view::npos) {
      return Error(line_number, "expected 'key = value' in the header, or [entries]");
    }
    const std::string key(Trim(line.substr(0, eq)));
    const std::string value(Trim(line.substr(eq + 1)));
    if (!seen_keys_.insert(key).second) {
      return Error(line_number, fmt::format("header key '{}' given twice", key));
    }
    if (value.empty())
      return Error(line_number, fmt::format("header key '{}' has no value", key));
    SetHeader(line_number, key, value);
  }

  void SetHeader(int line_number, const std::string& key, const std::string& value) {
    Category& c = lexicon_->category;
    const std::map<std::string, std::string*> text_keys = {
        {"id", &c.id},
        {"label_nl", &c.label_nl},
        {"label_en", &c.label_en},
        {"description_nl", &c.description_nl},
        {"description_en", &c.description_en}};
    if (auto it = text_keys.find(key); it != text_keys.end()) {
      *it->second = value;
    } else if (key == "severity") {
      if (!ParseSeverity(value, &c.severity)) {
        Error(line_number,
              fmt::format("severity '{}': expected signal, suggestion, warning or error", value));
      }
    } else if (key == "negation") {
      if (value != "discount" && value != "ignore")
        Error(line_number, fmt::format("negation '{}': expected discount or ignore", value));
      c.negation_discounts = value == "discount";
    } else if (key == "quotation") {
      if (value != "discount" && value != "count")
        Error(line_number, fmt::format("quotation '{}': expected discount or count", value));
      c.quotation_discounts = value == "discount";
    } else {
      Error(line_number, fmt::format("unknown header key '{}'", key));
    }
  }

  void CheckHeader() {
    const Category& c = lexicon_->category;
    const std::pair<const char*, const std::string*> required[] = {
        {"id", &c.id},
        {"label_nl", &c.label_nl},
        {"label_en", &c.label_en},
        {"description_nl", &c.description_nl},
        {"description_en", &c.description_en}};
    for (const auto& [key, value] : required) {
      if (value->empty()) Error(0, fmt::format("header key '{}' is missing", key));
    }
    if (!c.id.empty()) CheckId(c.id);
    if (!in_entries_) Error(0, "no [entries] section");
  }

  void CheckId(const std::string& id) {
    for (char ch : id) {
      if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_')) {
        return Error(0, fmt::format("id '{}' may hold only a-z, 0-9 and _", id));
      }
    }
    const std::string stem = std::filesystem::path(file_).stem().string();
    if (stem != id) {
      Error(0, fmt::format("id '{}' differs from the file name '{}'", id, stem));
    }
  }

  // Splits "entry | weight"; the weight part is optional.
  bool SplitWeight(int line_number, std::string_view* text, double* weight) {
    const size_t bar = text->rfind('|');
    if (bar == std::string_view::npos) return true;
    const std::string_view number = Trim(text->substr(bar + 1));
    const auto [ptr, ec] =
        std::from_chars(number.data(), number.data() + number.size(), *weight);
    if (ec != std::errc() || ptr != number.data() + number.size() || number.empty() ||
        *weight <= 0 || *weight > 100) {
      Error(
          line_number,
          fmt::format("weight '{}': expected a number above 0 and at most 100", number));
      return false;
    }
    *text = Trim(text->substr(0, bar));
    return true;
  }

  void ParseEntry(int line_number, std::string_view line) {
    Entry entry;
    entry.line = line_number;
    std::string_view text = line;
    if (line.front() == '/') {
      const size_t close = line.rfind('/');
      if (close == 0) return Error(line_number, "pattern has no closing '/'");
      // After the pattern: conditions in braces, then the weight.
      std::string_view rest = Trim(StripComment(line.substr(close + 1)));
      if (!SplitWeight(line_number, &rest, &entry.weight)) return;
      const std::string_view unconditioned = rest;
      if (!TakeConditions(line_number, &rest, &entry)) return;
      if (!rest.empty()) {
        return Error(line_number,
                     fmt::format("unexpected '{}' after the pattern", unconditioned));
      }
      return AddPattern(line_number, line.substr(1, close - 1), std::move(entry));
    }
    text = Trim(StripComment(text));
    if (!SplitWeight(line_number, &text, &entry.weight)) return;
    AddWords(line_number, text, std::move(entry));
  }

  void AddPattern(int line_number, std::string_view pattern, Entry entry) {
    if (pattern.empty()) return Error(line_number, "empty pattern");
    // Parsing is enough to find every error a lexicon author can make, and
    // gives the message; the matcher compiles the pattern only when a
    // sentence holds the strings it requires.
    RE2::Set syntax(LexiconPatternOptions(), RE2::UNANCHORED);
    std::string error;
    if (syntax.Add(re2::StringPiece(pattern.data(), pattern.size()), &error) < 0) {
      return Error(line_number, fmt::format("invalid pattern /{}/: {}", pattern, error));
    }
    entry.written = fmt::format("/{}/", pattern);
    entry.pattern = std::string(pattern);
    entry.required = PatternRequires(pattern);
    Append(line_number, std::move(entry));
  }

  void AddWords(int line_number, std::string_view text, Entry entry) {
    entry.written = std::string(text);
    if (!text.empty() && text.front() == '^') {
      entry.conditions.push_back({ConditionKind::kClauseStart, {}});
      text = Trim(text.substr(1));
    }
    if (!TakeConditions(line_number, &text, &entry)) return;
    if (text.empty()) return Error(line_number, "empty entry");
    size_t pos = 0;
    while (pos < text.size()) {
      const size_t end = std::min(text.find_first_of(" \t", pos), text.size());
      if (end > pos && !AddWord(line_number, text.substr(pos, end - pos), &entry)) return;
      pos = end + 1;
    }
    if (entry.words.size() > 1) CheckPhrase(line_number, entry);
    Append(line_number, std::move(entry));
  }

  // "{clause-start}" groups at the end of an entry: when it counts.
  bool TakeConditions(int line_number, std::string_view* text, Entry* entry) {
    while (!text->empty() && text->back() == '}') {
      const size_t open = text->rfind('{');
      if (open == std::string_view::npos) {
        Error(line_number, "a condition ends with '}' but has no '{'");
        return false;
      }
      if (!AddCondition(line_number, Trim(text->substr(open + 1, text->size() - open - 2)),
                        entry))
        return false;
      *text = Trim(text->substr(0, open));
    }
    if (text->find_first_of("{}") != std::string_view::npos) {
      Error(line_number, "conditions {…} stand after the entry's words");
      return false;
    }
    return true;
  }

  bool AddCondition(int line_number, std::string_view spec, Entry* entry) {
    std::vector<std::string> words;
    for (size_t pos = 0; pos < spec.size();) {
      const size_t end = std::min(spec.find_first_of(" \t", pos), spec.size());
      if (end > pos) words.emplace_back(spec.substr(pos, end - pos));
      pos = end + 1;
    }
    if (words.empty()) {
      Error(line_number, "an empty condition {}");
      return false;
    }
    // Kinds without words, and kinds that need at least one.
    for (ConditionKind kind : {ConditionKind::kClauseStart, ConditionKind::kReader,
                               ConditionKind::kOwn, ConditionKind::kNotAfter,
                               ConditionKind::kWith, ConditionKind::kScareQuote,
                               ConditionKind::kQuoted, ConditionKind::kNotBefore,
                               ConditionKind::kWithout, ConditionKind::kDateline}) {
      if (words[0] != ConditionName(kind)) continue;
      const bool next_to = kind == ConditionKind::kNotAfter || kind == ConditionKind::kNotBefore;
      const bool takes_words =
          next_to || kind == ConditionKind::kWith || kind == ConditionKind::kWithout;
      if (takes_words != (words.size() > 1)) {
        Error(line_number, takes_words ? fmt::format("{{{}}} needs at least one word", words[0])
                                       : fmt::format("{{{}}} takes no words", words[0]));
        return false;
      }
      std::vector<std::string> arguments(words.begin() + 1, words.end());
      if (next_to)
        for (std::string& a : arguments) a = FoldForMatching(a);
      entry->conditions.insert(entry->conditions.begin(), {kind, std::move(arguments)});
      return true;
    }
    Error(line_number,
          fmt::format("unknown condition {{{}}}; known: {{clause-start}}, {{reader}}, {{own}}, "
                      "{{quoted}}, {{scare-quote}}, {{dateline}}, {{not-after WORD…}}, "
                      "{{not-before WORD…}}, "
                      "{{with CATEGORY…}}, {{without CATEGORY…}}",
                      spec));
    return false;
  }

  bool AddWord(int line_number, std::string_view word, Entry* entry) {
    const bool leading = word.front() == '*';
    const bool trailing = word.size() > 1 && word.back() == '*';
    std::string_view core = word.substr(leading ? 1 : 0);
    if (trailing) core.remove_suffix(1);
    if (core.empty()) {
      Error(line_number, fmt::format("'{}' has no letters besides the wildcard", word));
      return false;
    }
    if (core.find('*') != std::string_view::npos) {
      Error(line_number,
            fmt::format("'{}': a wildcard * may stand only at the start or end "
                        "of a word",
                        word));
      return false;
    }
    if (!CheckCharacters(line_number, word, core)) return false;
    WordPattern pattern;
    pattern.match = leading && trailing ? WordMatch::kInfix
                    : leading           ? WordMatch::kSuffix
                    : trailing          ? WordMatch::kPrefix
                                        : WordMatch::kExact;
    pattern.text = FoldForMatching(core);
    entry->words.push_back(std::move(pattern));
    return true;
  }

  // Characters the tokenizer never puts in a word would make a dead entry.
  bool CheckCharacters(int line_number, std::string_view word, std::string_view core) {
    int32_t i = 0;
    const auto length = static_cast<int32_t>(core.size());
    while (i < length) {
      const auto byte = static_cast<unsigned char>(core[static_cast<size_t>(i)]);
      if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z')) {
        ++i;  // the common case, without a call into ICU
        continue;
      }
      UChar32 c;
      U8_NEXT(reinterpret_cast<const uint8_t*>(core.data()), i, length, c);
      if (c < 0 || !IsWordCharacter(c)) {
        Error(line_number,
              fmt::format("'{}' holds a character that never occurs inside a word; "
                          "use a phrase or a /pattern/",
                          word));
        return false;
      }
    }
    return true;
  }

  void CheckPhrase(int line_number, const Entry& entry) {
    for (const WordPattern& w : entry.words) {
      if (w.text.find('-') != std::string::npos) {
        Error(line_number,
              "a hyphenated word can only be an entry on its own, not part of a "
              "phrase");
        return;
      }
    }
  }

  void Append(int line_number, Entry entry) {
    // The words are folded already; the key needs no second fold.
    std::string key;
    for (const Condition& c : entry.conditions) {
      key += fmt::format("{{{}", ConditionName(c.kind));
      for (const std::string& a : c.arguments) key += " " + a;
      key += "} ";
    }
    if (entry.IsPattern()) key += entry.written;
    for (const WordPattern& w : entry.words) {
      key += w.match == WordMatch::kSuffix || w.match == WordMatch::kInfix ? "*" : "";
      key += w.text;
      key += w.match == WordMatch::kPrefix || w.match == WordMatch::kInfix ? "* " : " ";
    }
    if (auto [it, inserted] = first_line_.emplace(key, line_number); !inserted) {
      Warning(line_number, fmt::format("duplicate entry '{}' (first at line {})",
                                       entry.written, it->second));
      return;
    }
    lexicon_->entries.push_back(std::move(entry));
  }

  const std::string& file_;
  Lexicon* lexicon_;
  std::vector<Diagnostic>* diags_;
  bool in_entries_ = false;
  bool failed_ = false;
  std::set<std::string> seen_keys_;
  std::unordered_map<std::string, int> first_line_;
};

}  // namespace

bool ParseLexicon(const std::string& file, std::string_view content, Lexicon* lexicon,
                  std::vector<Diagnostic>* diagnostics) {
  return LexiconParser(file, lexicon, diagnostics).Parse(content);
}

}  // namespace wijzij
