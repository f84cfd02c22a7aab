#pragma once
// Reading one input (a file or standard input) and checking that it is text
// wijzij can analyse: UTF-8, not binary, not UTF-16. The bytes are kept as
// read, so every offset reported later is an offset in the original input.
//
//   SourceText source;
//   std::string error;
//   if (!ReadSource("persbericht.txt", &source, &error)) Report(error);

#include <cstddef>
#include <string>
#include <string_view>

#include "markup.h"

namespace wijzij {

/// One input as read, with where its text begins.
struct SourceText {
  std::string path;       ///< as the user named it; "-" for standard input
  std::string bytes;      ///< the input exactly as read
  size_t text_start = 0;  ///< 3 after a UTF-8 byte-order mark, else 0
  InputFormat format = InputFormat::kText;  ///< how to find the prose (markup.h)
  HtmlScope html_scope = HtmlScope::kMainContent;  ///< how much of an HTML page
  std::string voice;      ///< the voice the user gave (--voice); empty: read from the words

  std::string_view Text() const { return std::string_view(bytes).substr(text_start); }
};

/// Why an input cannot be analysed.
enum class SourceProblem { kNone, kUnreadable, kBinary, kUtf16, kInvalidUtf8 };

/// Outcome of checking an input's bytes.
struct EncodingCheck {
  SourceProblem problem = SourceProblem::kNone;
  size_t text_start = 0;
  std::string message;  ///< complete message including the path, when not ok
};

/// Offset of the first byte that is not part of a well-formed UTF-8
/// sequence (overlong forms, surrogates and values above U+10FFFF are
/// ill-formed), or std::string_view::npos when all of `bytes` is valid.
size_t FindInvalidUtf8(std::string_view bytes);

/// Classifies `bytes`: UTF-16 byte-order marks and NUL bytes (binary) are
/// refused, a UTF-8 byte-order mark is skipped, and the first invalid UTF-8
/// byte is reported as `path: invalid UTF-8 at byte N (line L, column C)`.
EncodingCheck CheckEncoding(std::string_view path, std::string_view bytes);

/// Reads all of a file (`path` "-" reads standard input). On failure, or
/// when it holds more than `max_size` bytes, returns false and sets `error`
/// to `path: reason`; nothing is ever silently truncated.
/// Inputs larger than this are refused unless --max-file-size says otherwise.
inline constexpr size_t kDefaultMaxFileSize = size_t{256} << 20;
/// Findings keep 32-bit offsets (analysis.h): a document must be smaller
/// than 4 GiB, and --max-file-size refuses more.
inline constexpr size_t kMaxDocumentBytes = (size_t{1} << 32) - 1;

/// A byte count such as "300", "64k", "128M" or "2G"; false when malformed.
bool ParseByteSize(const std::string& text, size_t* bytes);

bool ReadAll(const std::string& path, std::string* bytes, std::string* error,
             size_t max_size = kDefaultMaxFileSize);

/// Reads and checks one input; on failure `error` holds the message and
/// `problem` (when given) says why.
bool ReadSource(const std::string& path, SourceText* source, std::string* error,
                SourceProblem* problem = nullptr, size_t max_size = kDefaultMaxFileSize);

}  // namespace wijzij
