#include "config.h"

#include <fmt/format.h>

#include <algorithm>
#include <boost/program_options.hpp>
#include <filesystem>
#include <fstream>

#include "source.h"
#include "text_lines.h"

namespace wijzij {

namespace fs = std::filesystem;
namespace po = boost::program_options;

const std::vector<std::string>& ConfigKeys() {
  static const std::vector<std::string> kKeys = {
      "fail-on", "format", "lang",    "color", "input-format",  "lexicons", "model",
      "disable", "glob",   "exclude", "jobs",  "max-file-size", "summary",
      "min-level", "show-signals", "html-all", "voice"};
  return kKeys;
}

std::string FindConfigFile(const std::string& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec);
  for (;;) {
    const fs::path candidate = dir / ".wijzij.ini";
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    // A repository's root is as far as a project's settings reach.
    if (fs::exists(dir / ".git", ec) || !dir.has_parent_path() ||
        dir.parent_path() == dir) {
      return "";
    }
    dir = dir.parent_path();
  }
}

namespace {

// Line numbers of each key, and syntax errors, which Boost.Program_options
// reports without a line.
bool ScanLines(const std::string& path, std::string_view content,
               std::map<std::string, std::vector<int>>* lines,
               std::vector<Diagnostic>* diagnostics) {
  bool ok = true;
  std::string section;
  ForEachLine(content, [&](int number, std::string_view raw) {
    // Exactly as Boost.Program_options reads the file: '#' starts a comment
    // anywhere on a line, and nothing else does.
    const std::string_view line = Trim(raw.substr(0, raw.find('#')));
    if (line.empty()) return;
    if (line.front() == '[' && line.back() == ']') {
      section = std::string(Trim(line.substr(1, line.size() - 2)));
      if (section != "severity") {
        diagnostics->push_back(
            {path, number, Severity::kError,
             fmt::format("unknown section [{}]; only [severity]", section)});
        ok = false;
      }
      return;
    }
    const size_t eq = line.find('=');
    if (eq == std::string_view::npos) {
      diagnostics->push_back({path, number, Severity::kError, "expected 'key = value'"});
      ok = false;
      return;
    }
    const std::string key = std::string(Trim(line.substr(0, eq)));
    (*lines)[section.empty() ? key : section + "." + key].push_back(number);
  });
  return ok;
}

}  // namespace

bool ReadConfigFile(const std::string& path, std::vector<ConfigEntry>* entries,
                    std::vector<Diagnostic>* diagnostics) {
  std::string content, error;
  if (!ReadAll(path, &content, &error)) {
    diagnostics->push_back({path, 0, Severity::kError, error});
    return false;
  }
  return ParseConfigText(path, content, entries, diagnostics);
}

bool ParseConfigText(const std::string& path, std::string_view content,
                     std::vector<ConfigEntry>* entries,
                     std::vector<Diagnostic>* diagnostics) {
  if (FindInvalidUtf8(content) != std::string_view::npos) {
    diagnostics->push_back({path, 0, Severity::kError, "not UTF-8"});
    return false;
  }
  std::map<std::string, std::vector<int>> lines;
  if (!ScanLines(path, content, &lines, diagnostics)) return false;
  po::options_description none;
  std::istringstream in{std::string(content)};
  po::parsed_options parsed(&none);
  try {
    parsed = po::parse_config_file(in, none, /*allow_unregistered=*/true);
  } catch (const po::error& e) {
    diagnostics->push_back({path, 0, Severity::kError, e.what()});
    return false;
  }
  std::map<std::string, size_t> seen;
  bool ok = true;
  for (const po::option& option : parsed.options) {
    const std::string& key = option.string_key;
    const std::vector<int>& at = lines[key];
    const int line = at.empty() ? 0 : at[std::min(seen[key]++, at.size() - 1)];
    const bool known =
        std::find(ConfigKeys().begin(), ConfigKeys().end(), key) != ConfigKeys().end() ||
        key.starts_with("severity.");
    if (!known) {
      diagnostics->push_back(
          {path, line, Severity::kError, fmt::format("unknown key '{}'", key)});
      ok = false;
      continue;
    }
    entries->push_back({key, option.value.empty() ? "" : option.value[0], line});
  }
  return ok;
}

}  // namespace wijzij
