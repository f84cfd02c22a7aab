#include "output.h"

#include <cerrno>
#include <cstring>

namespace wijzij {

void Output::RecordFailure() {
  if (errno == EPIPE) {
    broken_pipe_ = true;
  } else {
    error_ = std::strerror(errno);
  }
}

void Output::Write(std::string_view text) {
  if (!ok() || text.empty()) return;
  errno = 0;
  if (std::fwrite(text.data(), 1, text.size(), stream_) != text.size()) RecordFailure();
}

void Output::Flush() {
  if (!ok()) return;
  errno = 0;
  if (std::fflush(stream_) != 0) RecordFailure();
}

}  // namespace wijzij
