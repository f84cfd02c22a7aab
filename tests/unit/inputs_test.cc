#include "inputs.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace wijzij {

TEST_CASE("ThreadsForWork gives a few small files one thread") {
  // 200 press releases of 3 KB: one thread is quicker than two.
  CHECK(ThreadsForWork(200, 200 * 3000, 2) == 1);
  CHECK(ThreadsForWork(1, 3000, 8) == 1);
  CHECK(ThreadsForWork(0, 0, 8) == 1);
}

TEST_CASE("ThreadsForWork uses every core allowed once the work is there") {
  CHECK(ThreadsForWork(1000, 1000 * 3000, 2) == 2);
  CHECK(ThreadsForWork(10000, 10000 * 3000, 8) == 8);
  // Two large files: two threads, never more threads than files.
  CHECK(ThreadsForWork(2, 100u << 20, 8) == 2);
  CHECK(ThreadsForWork(3, 6u << 20, 8) == 3);
}

TEST_CASE("ThreadsForWork never exceeds the limit the user gave") {
  CHECK(ThreadsForWork(100000, 1u << 30, 1) == 1);
  CHECK(ThreadsForWork(100000, 1u << 30, 0) == 1);
}

TEST_CASE("ThreadsForInputs reads the sizes on disk") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "wijzij_inputs_test";
  fs::create_directories(dir);
  std::vector<InputFile> small, large;
  for (int i = 0; i < 4; ++i) {
    const fs::path path = dir / ("klein" + std::to_string(i) + ".txt");
    std::ofstream(path) << "De markt is op zaterdag open.\n";
    small.push_back({path.string(), true});
  }
  for (int i = 0; i < 2; ++i) {
    const fs::path path = dir / ("groot" + std::to_string(i) + ".txt");
    std::ofstream(path) << std::string(3u << 20, 'a');
    large.push_back({path.string(), true});
  }
  CHECK(ThreadsForInputs(small, 2) == 1);
  CHECK(ThreadsForInputs(large, 2) == 2);
  // Standard input and a vanished file count as files of no size.
  CHECK(ThreadsForInputs({{"-", true}, {(dir / "weg.txt").string(), true}}, 2) == 1);
  fs::remove_all(dir);
}

}  // namespace wijzij
