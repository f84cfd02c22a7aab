#include "liwc.h"

#include <fmt/format.h>

#include <charconv>
#include <map>

#include "fold.h"
#include "source.h"
#include "text_lines.h"

namespace wijzij {

namespace {

std::vector<std::string_view> Fields(std::string_view line, bool tabs) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos <= line.size()) {
    const size_t end =
        std::min(line.find_first_of(tabs ? "\t" : " \t", pos), line.size());
    const std::string_view field = Trim(line.substr(pos, end - pos));
    if (!field.empty()) out.push_back(field);
    pos = end + 1;
  }
  return out;
}

std::string CategoryId(std::string_view name) {
  std::string id;
  for (char c : name) {
    const char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    const bool ok = (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9');
    id += ok ? lower : '_';
  }
  if (id.empty() || (id[0] >= '0' && id[0] <= '9')) id = "liwc_" + id;
  return id;
}

class LiwcParser {
 public:
  LiwcParser(const std::string& file, std::vector<Lexicon>* out,
             std::vector<Diagnostic>* diags)
      : file_(file), out_(out), diags_(diags) {}

  bool Parse(std::string_view content) {
    ForEachLine(content,
                [this](int number, std::string_view raw) { Line(number, Trim(raw)); });
    if (section_ < 2)
      Error(0, "expected a category list between two lines holding only %");
    return !failed_;
  }

 private:
  void Error(int line, std::string message) {
    diags_->push_back({file_, line, Severity::kError, std::move(message)});
    failed_ = true;
  }

  void Line(int number, std::string_view line) {
    if (line.empty()) return;
    if (line == "%") return void(++section_);
    if (section_ == 1) return Category(number, line);
    if (section_ >= 2) return Word(number, line);
    Error(number, "text before the first %");
  }

  void Category(int number, std::string_view line) {
    const auto fields = Fields(line, false);
    int id = 0;
    const auto [ptr, ec] =
        std::from_chars(fields[0].data(), fields[0].data() + fields[0].size(), id);
    if (fields.size() < 2 || ec != std::errc() ||
        ptr != fields[0].data() + fields[0].size()) {
      return Error(number, "expected a category number and a name");
    }
    if (index_.count(id))
      return Error(number, fmt::format("category {} is defined twice", id));
    Lexicon lexicon;
    const std::string name(fields[1]);
    lexicon.category = {CategoryId(name),
                        name,
                        name,
                        fmt::format("LIWC-categorie {} uit {}", id, file_),
                        fmt::format("LIWC category {} from {}", id, file_),
                        Severity::kInfo,
                        true,
                        true,
                        file_};
    index_[id] = out_->size();
    out_->push_back(std::move(lexicon));
  }

  void Word(int number, std::string_view line) {
    // Words and numbers are tab-separated; a line without tabs is "word n n".
    auto fields = Fields(line, line.find('\t') != std::string_view::npos);
    if (fields.size() < 2) return Error(number, "expected a word and category numbers");
    Entry entry;
    entry.written = std::string(fields[0]);
    entry.line = number;
    if (!Patterns(fields[0], &entry))
      return Error(number, fmt::format("'{}' is not a word", fields[0]));
    for (size_t i = 1; i < fields.size(); ++i) {
      int id = 0;
      const auto [ptr, ec] =
          std::from_chars(fields[i].data(), fields[i].data() + fields[i].size(), id);
      if (ec != std::errc() || ptr != fields[i].data() + fields[i].size() ||
          !index_.count(id)) {
        Error(number,
              fmt::format("'{}' is not a category number of this dictionary", fields[i]));
        continue;
      }
      (*out_)[index_[id]].entries.push_back(entry);
    }
  }

  static bool Patterns(std::string_view text, Entry* entry) {
    for (std::string_view word : Fields(text, false)) {
      WordPattern pattern;
      if (word.size() > 1 && word.back() == '*') {
        pattern.match = WordMatch::kPrefix;
        word.remove_suffix(1);
      }
      if (word.empty() || word.find('*') != std::string_view::npos) return false;
      pattern.text = FoldForMatching(word);
      entry->words.push_back(std::move(pattern));
    }
    return !entry->words.empty();
  }

  const std::string& file_;
  std::vector<Lexicon>* out_;
  std::vector<Diagnostic>* diags_;
  std::map<int, size_t> index_;
  int section_ = 0;
  bool failed_ = false;
};

}  // namespace

bool ParseLiwcDictionary(const std::string& file, std::string_view content,
                         std::vector<Lexicon>* lexicons,
                         std::vector<Diagnostic>* diagnostics) {
  if (FindInvalidUtf8(content) != std::string_view::npos) {
    diagnostics->push_back(
        {file, 0, Severity::kError, "not UTF-8; convert it first (iconv)"});
    return false;
  }
  return LiwcParser(file, lexicons, diagnostics).Parse(content);
}

}  // namespace wijzij
