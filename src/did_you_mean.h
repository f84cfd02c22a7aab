#pragma once
// "Did you mean" for every name a user types: options, subcommands,
// category, scheme, column and class ids, policies and format names.

#include <string>
#include <vector>

namespace wijzij {

/// The candidate closest to `value` within two edits; failing that, the only
/// candidate that `value` (three characters or more) begins; else empty.
std::string DidYouMean(const std::string& value, const std::vector<std::string>& candidates);

/// "; did you mean 'x'?" for the DidYouMean of `value`, or empty.
std::string DidYouMeanHint(const std::string& value,
                           const std::vector<std::string>& candidates);

}  // namespace wijzij
