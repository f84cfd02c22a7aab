#pragma once
// The exit-code policy of wijzij, in one place.
//
//   0  every input analysed, nothing reached the --fail-on policy
//   1  the --fail-on policy was reached by at least one document
//   2  usage error, unreadable or invalid input, invalid lexicons, output error
//
// An error outranks findings: a run with both exits 2. A closed pipe on
// stdout (`wijzij ... | head`) ends the run quietly with the status so far.

namespace wijzij {

enum class ExitCode : int {
  kClean = 0,
  kPolicyReached = 1,
  kError = 2,
};

/// The more severe of two exit codes (error > policy reached > clean).
constexpr ExitCode Worse(ExitCode a, ExitCode b) {
  return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

}  // namespace wijzij
