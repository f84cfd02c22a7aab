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

}  // namespace

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
