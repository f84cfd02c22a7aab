#pragma once
// Finding quotations, so that a neutral text quoting a rioter or a mayor is
// not taken for the speaker's own words. Recognised marks: "…", '…', ‘…’,
// “…”, „…”, „…“, «…». Apostrophes inside words (zo'n, baby's) and Dutch
// clitics ('s avonds, 't) are not quotation marks. A quotation left open
// ends at the end of its paragraph (a blank line) or of the text.

#include <string_view>
#include <vector>

#include "token.h"

namespace wijzij {

/// Quotation spans of `text`, from the opening mark to the end of the
/// closing one, as byte ranges shifted by `base`. Nested quotations are
/// inside their outer span; the result is sorted and non-overlapping.
std::vector<ByteRange> FindQuotations(std::string_view text, size_t base = 0);

}  // namespace wijzij
