#include "domain.h"

namespace wijzij {

const std::vector<DomainId>& Schemes() {
  static const std::vector<DomainId> kSchemes = {
      {"democratie_vs_populisme", "democratie tegenover populisme",
       "democracy versus populism"},
      {"orde_vs_relschoppers", "orde tegenover relschoppers", "order versus rioters"},
      {"systeem_vs_vrijheidsstrijders", "systeem tegenover vrijheidsstrijders",
       "the system versus freedom fighters"},
      {"elite_vs_volk", "elite tegenover volk", "elite versus people"},
  };
  return kSchemes;
}

const std::vector<DomainId>& Columns() {
  static const std::vector<DomainId> kColumns = {
      {kLeftColumn, "bruggenbouwerspositie", "bridge-builder position"},
      {kRightColumn, "leiderschap over het midden", "leadership over the middle"},
  };
  return kColumns;
}

const DomainId* FindDomainId(const std::vector<DomainId>& ids, std::string_view id) {
  for (const DomainId& d : ids) {
    if (d.id == id) return &d;
  }
  return nullptr;
}

}  // namespace wijzij
