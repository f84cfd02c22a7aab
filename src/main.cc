// wijzij: reports us-versus-them language in Dutch text. See README.md.

#include <csignal>
#include <exception>
#include <iostream>

#include "app.h"

int main(int argc, char** argv) {
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
