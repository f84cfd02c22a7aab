#include "streamed_file.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

#include "source.h"

namespace wijzij {

namespace {

constexpr size_t kChunkBytes = size_t{1} << 20;
constexpr std::string_view kMarker = "wijzij-";  // every marker starts so

// Reads up to `size` bytes at `out`; the count, or -1 on an error.
ssize_t ReadSome(int fd, char* out, size_t size) {
  for (;;) {
    const ssize_t n = ::read(fd, out, size);
    if (n >= 0 || errno != EINTR) return n;
  }
}

// Where the bytes of `text` stop being whole UTF-8 sequences: before a lead
// byte at the end whose sequence the next chunk completes.
size_t WholeSequencesEnd(std::string_view text) {
  size_t back = 0;
  while (back < 3 && back < text.size() &&
         (static_cast<unsigned char>(text[text.size() - 1 - back]) & 0xC0) == 0x80)
    ++back;
  if (back == text.size()) return text.size();
  const auto lead = static_cast<unsigned char>(text[text.size() - 1 - back]);
  const size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  return length > back + 1 ? text.size() - 1 - back : text.size();
}

// Whether `text` is what ReadSource takes as plain UTF-8 text with no
// marker. Its first `checked` bytes were checked before and are there only
// so that a marker across the two pieces is found.
bool Clean(std::string_view text, size_t checked) {
  const std::string_view added = text.substr(checked);
  return std::memchr(added.data(), '\0', added.size()) == nullptr &&
         FindInvalidUtf8(added) == std::string_view::npos &&
         text.find(kMarker) == std::string_view::npos;
}

}  // namespace

StreamedFile::~StreamedFile() {
  if (data_) ::munmap(data_, reserved_);
  if (fd_ >= 0) ::close(fd_);
}

bool StreamedFile::Open(const std::string& path, size_t max_size) {
  path_ = path;
  fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  struct stat status {};
  if (fd_ < 0 || ::fstat(fd_, &status) != 0 || !S_ISREG(status.st_mode) ||
      status.st_size <= 0 || static_cast<uint64_t>(status.st_size) > max_size)
    return false;
  size_ = static_cast<size_t>(status.st_size);
  // One pass in chunks: the checks ReadSource makes on the whole, with a
  // sequence or a marker that straddles two chunks carried over.
  std::vector<char> chunk(kChunkBytes + 2 * kMarker.size());
  size_t carried = 0, checked = 0, total = 0;
  for (;;) {
    const ssize_t n = ReadSome(fd_, chunk.data() + carried, kChunkBytes);
    if (n < 0) return false;
    const bool first = total == 0, last = n == 0;
    total += static_cast<size_t>(n);
    const std::string_view text(chunk.data(), carried + static_cast<size_t>(n));
    if (first && (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"))) return false;
    if (first && text.starts_with("\xEF\xBB\xBF")) text_start_ = 3;
    const size_t whole = last ? text.size() : WholeSequencesEnd(text);
    if (!Clean(text.substr(0, whole), checked)) return false;
    if (last || total > size_) break;  // a file that grows is read whole
    // Keep the incomplete sequence, and enough to find a marker across.
    const size_t keep_from = whole - std::min(whole, kMarker.size() - 1);
    carried = text.size() - keep_from;
    checked = whole - keep_from;
    std::memmove(chunk.data(), chunk.data() + keep_from, carried);
  }
  if (total != size_ || ::lseek(fd_, 0, SEEK_SET) != 0) return false;
  const auto page = static_cast<size_t>(::sysconf(_SC_PAGESIZE));
  reserved_ = (size_ + page - 1) / page * page;
  void* range = ::mmap(nullptr, reserved_, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (range == MAP_FAILED) return false;
  data_ = static_cast<char*>(range);
  return true;
}

bool StreamedFile::ChangedError(std::string* error, std::string_view what) {
  *error = fmt::format("{}: changed while it was read ({}); not analysed", path_, what);
  return false;
}

bool StreamedFile::ReadTo(size_t end, std::string* error) {
  end = std::min(end, size_);
  while (read_ < end) {
    const ssize_t n = ReadSome(fd_, data_ + read_, std::min(kChunkBytes, size_ - read_));
    if (n < 0) {
      *error = fmt::format("{}: cannot read: {}", path_, std::strerror(errno));
      return false;
    }
    if (n == 0) return ChangedError(error, "it is shorter");
    read_ += static_cast<size_t>(n);
    if (read_ == size_) {
      char extra = 0;
      if (ReadSome(fd_, &extra, 1) != 0) return ChangedError(error, "it is longer");
    }
    // The bytes the analysis will see must still be what Open checked.
    const std::string_view text(data_, read_);
    const size_t whole = read_ == size_ ? read_ : WholeSequencesEnd(text);
    const size_t from = std::max(dropped_, checked_ - std::min(checked_, kMarker.size() - 1));
    if (whole < checked_ || !Clean(text.substr(from, whole - from), checked_ - from))
      return ChangedError(error, "its bytes differ");
    checked_ = whole;
  }
  return true;
}

void StreamedFile::Drop(size_t offset) {
  const auto page = static_cast<size_t>(::sysconf(_SC_PAGESIZE));
  // Never what ReadTo still reads back to find a marker across.
  const size_t kept = checked_ - std::min(checked_, kMarker.size() - 1);
  const size_t end = std::min(offset, kept) / page * page;
  if (end <= dropped_) return;
  ::madvise(data_ + dropped_, end - dropped_, MADV_DONTNEED);
  dropped_ = end;
}

}  // namespace wijzij
