#pragma once
// Turning the paths on the command line into the list of inputs to analyse.
// Directories are walked recursively in sorted order (so output order never
// depends on the file system), hidden entries and symbolic links to
// directories are skipped with a notice, and no path is standard input.

#include <cstdint>
#include <string>
#include <vector>

namespace wijzij {

/// One input to analyse.
struct InputFile {
  std::string path;   ///< "-" for standard input
  bool named = true;  ///< named on the command line, not found in a walk
};

/// The expanded inputs plus what the user should be told about the walk.
struct InputList {
  std::vector<InputFile> files;
  std::vector<std::string> notices;  ///< skipped entries, for stderr
  std::vector<std::string> errors;   ///< paths that do not exist or cannot be listed
};

/// Which files of a directory walk to keep (named files are always kept).
/// A pattern without '/' matches the file name, one with '/' the path
/// below the walked directory (fnmatch(3) rules, * also crossing /).
struct WalkFilter {
  std::vector<std::string> globs;     ///< keep only matches; empty keeps all
  std::vector<std::string> excludes;  ///< drop matches
};

/// Expands `paths`; an empty list means standard input.
InputList ExpandInputs(const std::vector<std::string>& paths,
                       const WalkFilter& filter = {});

/// How many threads `files` inputs of `bytes` in all are worth, at most
/// `most`: a thread pays off only with enough work of its own.
int ThreadsForWork(uintmax_t files, uintmax_t bytes, int most);

/// ThreadsForWork over the sizes of `files` on disk (standard input, pipes
/// and unreadable entries count as files of no size); stops looking at
/// sizes once the work is enough for `most` threads.
int ThreadsForInputs(const std::vector<InputFile>& files, int most);

}  // namespace wijzij
