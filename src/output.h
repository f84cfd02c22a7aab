#pragma once
// Writing reports to standard output with the error handling a pipeline
// tool needs: a reader that goes away (`wijzij ... | head`) is noticed as a
// broken pipe and ends the run quietly; any other write error (a full disk)
// is an error the caller reports with exit code 2. main() ignores SIGPIPE so
// that a closed pipe surfaces here as EPIPE.

#include <cstdio>
#include <string>
#include <string_view>

namespace wijzij {

class Output {
 public:
  explicit Output(std::FILE* stream) : stream_(stream) {}

  /// Writes `text`; after the first failure every write is skipped.
  void Write(std::string_view text);
  /// Flushes; a failure is recorded like a failed write.
  void Flush();

  bool ok() const { return !broken_pipe_ && error_.empty(); }
  bool broken_pipe() const { return broken_pipe_; }
  /// Description of a write error other than a broken pipe, or empty.
  const std::string& error() const { return error_; }

 private:
  void RecordFailure();

  std::FILE* stream_;
  bool broken_pipe_ = false;
  std::string error_;
};

}  // namespace wijzij
