#include "source.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>

#include "office.h"
#include "text_position.h"

namespace wijzij {

namespace {

// Length of the well-formed UTF-8 sequence starting at `i`, or 0 when the
// bytes there are ill-formed (Unicode 15, table 3-7).
size_t SequenceLength(std::string_view bytes, size_t i) {
  const auto at = [&](size_t k) { return static_cast<unsigned char>(bytes[k]); };
  const unsigned char lead = at(i);
  if (lead < 0x80) return 1;
  size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;   // overlong
    if (lead == 0xED) high = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;   // overlong
    if (lead == 0xF4) high = 0x8F;  // above U+10FFFF
  } else {
    return 0;
  }
  if (i + length > bytes.size()) return 0;
  if (at(i + 1) < low || at(i + 1) > high) return 0;
  for (size_t k = 2; k < length; ++k) {
    if ((at(i + k) & 0xC0) != 0x80) return 0;
  }
  return length;
}

bool StartsWith(std::string_view bytes, std::string_view prefix) {
  return bytes.substr(0, prefix.size()) == prefix;
}

}  // namespace

size_t FindInvalidUtf8(std::string_view bytes) {
  size_t i = 0;
  while (i < bytes.size()) {
    // Runs of ASCII are the common case; skip them eight at a time.
    while (i + 8 <= bytes.size()) {
      uint64_t word;
      std::memcpy(&word, bytes.data() + i, 8);
      if (word & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= bytes.size()) break;
    const size_t length = SequenceLength(bytes, i);
    if (length == 0) return i;
    i += length;
  }
  return std::string_view::npos;
}

EncodingCheck CheckEncoding(std::string_view path, std::string_view bytes) {
  EncodingCheck check;
  if (StartsWith(bytes, "\xFF\xFE") || StartsWith(bytes, "\xFE\xFF")) {
    check.problem = SourceProblem::kUtf16;
    check.message = fmt::format(
        "{}: UTF-16 text (byte-order mark at byte 0) is not supported; convert it to "
        "UTF-8",
        path);
    return check;
  }
  if (std::memchr(bytes.data(), '\0', bytes.size()) != nullptr) {
    const size_t at =
        static_cast<const char*>(std::memchr(bytes.data(), '\0', bytes.size())) -
        bytes.data();
    check.problem = SourceProblem::kBinary;
    check.message =
        fmt::format("{}: binary file (NUL byte at byte {}), skipped", path, at);
    return check;
  }
  if (StartsWith(bytes, "\xEF\xBB\xBF")) check.text_start = 3;
  const size_t invalid = FindInvalidUtf8(bytes);
  if (invalid != std::string_view::npos) {
    const TextPosition where = PositionOf(bytes, invalid, check.text_start);
    check.problem = SourceProblem::kInvalidUtf8;
    check.message = fmt::format("{}: invalid UTF-8 at byte {} (line {}, column {})", path,
                                invalid, where.line, where.column);
  }
  return check;
}

bool ParseByteSize(const std::string& text, size_t* bytes) {
  size_t value = 0, i = 0;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
    if (value > (SIZE_MAX - 9) / 10) return false;
    value = value * 10 + static_cast<size_t>(text[i] - '0');
  }
  if (i == 0 || i + 1 < text.size()) return false;
  int shift = 0;
  if (i < text.size()) {
    switch (text[i]) {
      case 'k':
      case 'K':
        shift = 10;
        break;
      case 'm':
      case 'M':
        shift = 20;
        break;
      case 'g':
      case 'G':
        shift = 30;
        break;
      default:
        return false;
    }
  }
  if (shift && value > (SIZE_MAX >> shift)) return false;
  *bytes = value << shift;
  return true;
}

namespace {

// A regular file's size is known: room for all of it at once spares the
// copies a doubling buffer makes (a 100 MB file was copied a dozen times,
// the last time with the old and the new buffer both held). A file that
// grows while it is read still grows its buffer; one over max_size is
// refused while reading, so no more than max_size + 1 is reserved.
void ReserveFileSize(int fd, size_t max_size, std::string* bytes) {
  struct stat status {};
  if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode) || status.st_size <= 0) return;
  const auto size = static_cast<uint64_t>(status.st_size);
  bytes->reserve(static_cast<size_t>(std::min<uint64_t>(size, max_size) + 1));
}

}  // namespace

bool ReadAll(const std::string& path, std::string* bytes, std::string* error,
             size_t max_size) {
  const bool is_stdin = path == "-";
  const int fd = is_stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *error = fmt::format("{}: cannot open: {}", path, std::strerror(errno));
    return false;
  }
  bytes->clear();
  ReserveFileSize(fd, max_size, bytes);
  char buffer[1 << 16];
  bool ok = true;
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      *error = fmt::format("{}: cannot read: {}", path, std::strerror(errno));
      ok = false;
      break;
    }
    bytes->append(buffer, static_cast<size_t>(n));
    // Checked while reading, so a pipe or a growing file cannot exhaust memory.
    if (bytes->size() > max_size) {
      *error =
          fmt::format("{}: larger than --max-file-size ({} bytes); skipped, not analysed",
                      path, max_size);
      bytes->clear();
      ok = false;
      break;
    }
  }
  if (!is_stdin) ::close(fd);
  return ok;
}

bool ReadSource(const std::string& path, SourceText* source, std::string* error,
                SourceProblem* problem, size_t max_size) {
  source->path = path;
  if (!ReadAll(path, &source->bytes, error, max_size)) {
    if (problem) *problem = SourceProblem::kUnreadable;
    return false;
  }
  // A Word or OpenDocument draft is read as its text, a paragraph a line.
  if (const OfficeKind kind = OfficeKindFor(path); kind != OfficeKind::kNone) {
    std::string text, why;
    if (!ExtractOfficeText(source->bytes, kind, max_size ? max_size : SIZE_MAX, &text, &why)) {
      if (problem) *problem = SourceProblem::kUnreadable;
      *error = fmt::format("{}: {}", path, why);
      return false;
    }
    source->bytes = std::move(text);
    source->format = InputFormat::kParagraphs;
  }
  EncodingCheck check = CheckEncoding(path, source->bytes);
  if (check.problem == SourceProblem::kBinary) check.message += OfficeHint(path);
  if (problem) *problem = check.problem;
  if (check.problem != SourceProblem::kNone) {
    *error = std::move(check.message);
    return false;
  }
  source->text_start = check.text_start;
  return true;
}

}  // namespace wijzij
