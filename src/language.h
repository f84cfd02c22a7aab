#pragma once
// The language of everything wijzij writes for people: reports, advice,
// explanations. Identifiers in JSON stay the same in both.

namespace wijzij {

enum class Language { kDutch, kEnglish };

}  // namespace wijzij
