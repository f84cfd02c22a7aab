#pragma once
// The identifiers of the domain model (see DOMAIN.md in the project's shared
// documentation): wij-zij schemes and communication columns. These ids are
// stable: they appear in lexicon headers, JSON output and fail policies.

#include <string_view>
#include <vector>

namespace wijzij {

/// A named id with its Dutch and English display names.
struct DomainId {
  std::string_view id;
  std::string_view name_nl;
  std::string_view name_en;
};

/// The four wij-zij schemes, in the order reports list them.
const std::vector<DomainId>& Schemes();

/// The two communication columns: bruggenbouwer (left) and midden (right).
const std::vector<DomainId>& Columns();

/// Finds an id in a list; nullptr when absent.
const DomainId* FindDomainId(const std::vector<DomainId>& ids, std::string_view id);

inline constexpr std::string_view kNoneId = "none";
inline constexpr std::string_view kLeftColumn = "bruggenbouwer";
inline constexpr std::string_view kRightColumn = "midden";

}  // namespace wijzij
