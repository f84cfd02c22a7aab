#include "fold.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/ucasemap.h>

#include "icu_util.h"

namespace wijzij {

namespace {

bool IsAscii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

void AppendAsciiLower(std::string_view text, std::string* out) {
  for (char c : text)
    out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
}

const UCaseMap* CaseMap() {
  static const UCaseMap* const kMap = [] {
    UErrorCode status = U_ZERO_ERROR;
    UCaseMap* map = ucasemap_open("", U_FOLD_CASE_DEFAULT, &status);
    CheckIcu(status, "ucasemap_open");
    return map;
  }();
  return kMap;
}

std::string FoldCase(std::string_view utf8) {
  std::string folded(utf8.size() + 8, '\0');
  for (int attempt = 0; attempt < 2; ++attempt) {
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = ucasemap_utf8FoldCase(
        CaseMap(), folded.data(), static_cast<int32_t>(folded.size()), utf8.data(),
        static_cast<int32_t>(utf8.size()), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
      folded.resize(static_cast<size_t>(length));
      continue;
    }
    CheckIcu(status, "ucasemap_utf8FoldCase");
    folded.resize(static_cast<size_t>(length));
    return folded;
  }
  CheckIcu(U_BUFFER_OVERFLOW_ERROR, "ucasemap_utf8FoldCase");
  return folded;
}

std::string ToNfc(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  CheckIcu(status, "getNFCInstance");
  if (nfc->isNormalizedUTF8(
          icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())), status)) {
    return std::string(utf8);
  }
  std::string normalized;
  icu::StringByteSink<std::string> sink(&normalized);
  nfc->normalizeUTF8(0, icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())),
                     sink, nullptr, status);
  CheckIcu(status, "normalizeUTF8");
  return normalized;
}

// U+2019 and U+02BC are apostrophes in running text; U+2010 and U+2011 are
// hyphens. Matching treats them as the ASCII characters lexicons are typed with.
void AppendUnified(std::string_view utf8, std::string* out) {
  for (size_t i = 0; i < utf8.size(); ++i) {
    const std::string_view rest = utf8.substr(i);
    if (rest.starts_with("\xE2\x80\x99") || rest.starts_with("\xCA\xBC")) {
      out->push_back('\'');
      i += rest[0] == '\xE2' ? 2 : 1;
    } else if (rest.starts_with("\xE2\x80\x90") || rest.starts_with("\xE2\x80\x91")) {
      out->push_back('-');
      i += 2;
    } else {
      out->push_back(utf8[i]);
    }
  }
}

}  // namespace

void AppendFolded(std::string_view utf8, std::string* out) {
  if (IsAscii(utf8)) {
    AppendAsciiLower(utf8, out);
    return;
  }
  // Folding can un-normalise a few characters, so normalise after it.
  AppendUnified(ToNfc(FoldCase(utf8)), out);
}

std::string FoldForMatching(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  AppendFolded(utf8, &out);
  return out;
}

}  // namespace wijzij
