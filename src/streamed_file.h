#pragma once
// A large plain-text file read a window at a time, for -f counts: its bytes
// go into an address range as large as the file, so every offset is the
// file's own, but only the window being analysed holds memory. The range is
// anonymous memory filled by read(), not a mapping of the file, so a file
// that shrinks meanwhile cannot fault the process.
//
//   StreamedFile file;
//   if (!file.Open(path, max_size)) ReadWhole(path);   // not streamable
//   file.ReadTo(end, &error); Use(file.View().substr(begin, end - begin));
//   file.Drop(begin);                                  // done before begin

#include <cstddef>
#include <string>
#include <string_view>

namespace wijzij {

class StreamedFile {
 public:
  StreamedFile() = default;
  StreamedFile(const StreamedFile&) = delete;
  StreamedFile& operator=(const StreamedFile&) = delete;
  ~StreamedFile();

  /// Opens a regular file of at most `max_size` bytes and reads it once in
  /// chunks, checking what ReadSource checks. False, and nothing held, when
  /// it is better read whole: it cannot be opened or read, is empty or too
  /// large, holds a NUL byte, a UTF-16 byte-order mark, invalid UTF-8 or a
  /// wijzij marker (suppressions.h); reading it whole then says why, or
  /// analyses it as usual.
  bool Open(const std::string& path, size_t max_size);

  size_t size() const { return size_; }
  /// 3 after a UTF-8 byte-order mark, else 0.
  size_t text_start() const { return text_start_; }
  /// The whole file's range; only the bytes read and not dropped are there.
  std::string_view View() const { return {data_, size_}; }
  /// Makes [0, min(end, size)) readable. False, with `error`, when the file
  /// changed since Open (its size, or bytes that are no longer valid UTF-8,
  /// a NUL or a marker).
  bool ReadTo(size_t end, std::string* error);
  /// Gives back the memory of the whole pages before `offset`; they must not
  /// be read again.
  void Drop(size_t offset);

 private:
  bool ChangedError(std::string* error, std::string_view what);

  std::string path_;
  int fd_ = -1;
  char* data_ = nullptr;
  size_t size_ = 0;
  size_t reserved_ = 0;    ///< bytes of address space held
  size_t text_start_ = 0;
  size_t read_ = 0;        ///< bytes read so far
  size_t checked_ = 0;     ///< bytes checked as valid UTF-8 so far
  size_t dropped_ = 0;     ///< bytes whose pages were given back
};

}  // namespace wijzij
