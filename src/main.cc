// wijzij: reports us-versus-them language in Dutch text. See README.md.

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <iostream>

#include "app.h"

namespace {

// Every start writes about a megabyte and a half of lexicon entries, index
// and model to the heap. Taking those pages one fault at a time cost more
// than the work itself (some 16 microseconds a fault on a virtual machine,
// some 400 faults): the heap grows by kHeapStep at once, and its pages are
// populated with one call. Allocations up to kHeapStep stay in the heap, and
// freed memory stays with the process until the heap has kHeapStep spare.
// Where the kernel lacks MADV_POPULATE_WRITE (before Linux 5.14) the call
// fails and the pages come one at a time, as before.
void PopulateHeap() {
  constexpr size_t kHeapStep = size_t{2} << 20;
  mallopt(M_MMAP_THRESHOLD, static_cast<int>(kHeapStep));
  mallopt(M_TRIM_THRESHOLD, static_cast<int>(2 * kHeapStep));
  const auto page = static_cast<uintptr_t>(sysconf(_SC_PAGESIZE));
  const auto before = reinterpret_cast<uintptr_t>(sbrk(0));
  void* block = std::malloc(kHeapStep - page);
  const auto after = reinterpret_cast<uintptr_t>(sbrk(0));
  const uintptr_t start = (before + page - 1) & ~(page - 1);
#ifdef MADV_POPULATE_WRITE
  if (block && after > start)
    madvise(reinterpret_cast<void*>(start), after - start, MADV_POPULATE_WRITE);
#endif
  std::free(block);
}

}  // namespace

int main(int argc, char** argv) {
  PopulateHeap();
  // A closed pipe must surface as EPIPE on write, not kill the process.
  std::signal(SIGPIPE, SIG_IGN);
  try {
    return static_cast<int>(wijzij::Run(argc, argv));
  } catch (const std::exception& e) {
    std::cerr << "wijzij: internal error: " << e.what() << '\n';
  } catch (...) {
    std::cerr << "wijzij: internal error\n";
  }
  return static_cast<int>(wijzij::ExitCode::kError);
}
