// Baseline for bench/run.sh: the plain way to count lexicon words in Dutch
// text with ICU. Word BreakIterator over the UTF-8 bytes, ucasemap fold of
// each word, one hash look-up per word. wijzij is measured against it.
//
//   icu_baseline WORDS_FILE INPUT_FILE...   prints the number of hits

#include <unicode/brkiter.h>
#include <unicode/ucasemap.h>
#include <unicode/utext.h>

#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <unordered_set>

namespace {

std::string ReadFile(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: icu_baseline WORDS_FILE INPUT_FILE...\n";
    return 2;
  }
  std::unordered_set<std::string> words;
  std::ifstream list(argv[1]);
  for (std::string word; std::getline(list, word);) words.insert(word);
  UErrorCode status = U_ZERO_ERROR;
  UCaseMap* fold = ucasemap_open("", U_FOLD_CASE_DEFAULT, &status);
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createWordInstance(icu::Locale("nl"), status));
  if (U_FAILURE(status)) return 2;
  long hits = 0;
  std::string folded(256, '\0');
  for (int f = 2; f < argc; ++f) {
    const std::string text = ReadFile(argv[f]);
    UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    it->setText(utext, status);
    for (int32_t begin = it->first(), end = it->next(); end != icu::BreakIterator::DONE;
         begin = end, end = it->next()) {
      if (it->getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;
      UErrorCode s = U_ZERO_ERROR;
      const int32_t n = ucasemap_utf8FoldCase(fold, folded.data(), 256, text.data() + begin,
                                              end - begin, &s);
      if (U_SUCCESS(s) && words.count(folded.substr(0, static_cast<size_t>(n)))) ++hits;
    }
    utext_close(utext);
  }
  std::cout << hits << '\n';
  ucasemap_close(fold);
  return 0;
}
