#include "inputs.h"

#include <fmt/format.h>
#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace wijzij {

namespace fs = std::filesystem;

namespace {

bool IsHidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.';
}

std::vector<fs::directory_entry> SortedEntries(const fs::path& dir, std::error_code* ec) {
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(dir, *ec), end; !*ec && it != end; it.increment(*ec)) {
    entries.push_back(*it);
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path() < b.path(); });
  return entries;
}

bool MatchesAny(const std::vector<std::string>& patterns, const fs::path& relative) {
  for (const std::string& pattern : patterns) {
    const std::string subject = pattern.find('/') == std::string::npos
                                    ? relative.filename().string()
                                    : relative.generic_string();
    if (fnmatch(pattern.c_str(), subject.c_str(), 0) == 0) return true;
  }
  return false;
}

bool Keep(const WalkFilter& filter, const fs::path& root, const fs::path& file) {
  const fs::path relative = file.lexically_relative(root);
  if (!filter.globs.empty() && !MatchesAny(filter.globs, relative)) return false;
  return !MatchesAny(filter.excludes, relative);
}

void Walk(const fs::path& root, const fs::path& dir, const WalkFilter& filter,
          InputList* out) {
  std::error_code ec;
  const auto entries = SortedEntries(dir, &ec);
  if (ec) {
    out->errors.push_back(
        fmt::format("{}: cannot list directory: {}", dir.string(), ec.message()));
    return;
  }
  for (const auto& entry : entries) {
    const std::string path = entry.path().string();
    if (IsHidden(entry.path())) {
      out->notices.push_back(fmt::format("{}: hidden, skipped", path));
      continue;
    }
    std::error_code status_ec;
    const bool is_link = entry.is_symlink(status_ec);
    if (entry.is_directory(status_ec)) {
      // Following links to directories can loop; name the target instead.
      if (is_link) {
        out->notices.push_back(
            fmt::format("{}: symbolic link to a directory, skipped", path));
      } else {
        Walk(root, entry.path(), filter, out);
      }
    } else if (entry.is_regular_file(status_ec)) {
      if (Keep(filter, root, entry.path())) out->files.push_back({path, false});
    } else {
      out->notices.push_back(fmt::format("{}: not a regular file, skipped", path));
    }
  }
}

// Measured with bench/run.sh on 2 cores: opening, reading and reporting
// one file costs about as much as analysing 8 KB of text, and a second
// thread only wins once each has a couple of MB of such work (below that,
// its start and the hand-over of results in order eat the gain).
constexpr uintmax_t kWorkPerThread = uintmax_t{2} << 20;
constexpr uintmax_t kWorkPerFile = 8192;

}  // namespace

int ThreadsForWork(uintmax_t files, uintmax_t bytes, int most) {
  const uintmax_t work = bytes + files * kWorkPerFile;
  const uintmax_t threads =
      std::min({work / kWorkPerThread, files, static_cast<uintmax_t>(std::max(most, 1))});
  return static_cast<int>(std::max<uintmax_t>(1, threads));
}

int ThreadsForInputs(const std::vector<InputFile>& files, int most) {
  uintmax_t counted = 0, bytes = 0;
  for (const InputFile& file : files) {
    ++counted;
    std::error_code ec;
    const uintmax_t size = file.path == "-" ? 0 : fs::file_size(file.path, ec);
    if (!ec) bytes += size;
    if (ThreadsForWork(counted, bytes, most) >= most) return most;
  }
  return ThreadsForWork(counted, bytes, most);
}

InputList ExpandInputs(const std::vector<std::string>& paths, const WalkFilter& filter) {
  InputList out;
  if (paths.empty()) {
    out.files.push_back({"-", true});
    return out;
  }
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path == "-") {
      out.files.push_back({path, true});
    } else if (fs::is_directory(path, ec)) {
      Walk(path, path, filter, &out);
    } else if (fs::exists(path, ec)) {
      out.files.push_back({path, true});
    } else {
      out.errors.push_back(fmt::format("{}: no such file or directory", path));
    }
  }
  return out;
}

}  // namespace wijzij
