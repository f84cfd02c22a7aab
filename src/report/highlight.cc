#include "report/highlight.h"

#include <algorithm>

#include "markup.h"

namespace wijzij {

namespace {

struct Range {
  size_t begin = 0;
  size_t end = 0;
  uint32_t finding = 0;
};

// Prose positions whose original offsets fall in [begin, end).
Range ToProse(const std::vector<uint32_t>& origin, size_t begin, size_t end) {
  const auto first = std::lower_bound(origin.begin(), origin.end(), begin);
  const auto last = std::lower_bound(first, origin.end(), end);
  return {static_cast<size_t>(first - origin.begin()),
          static_cast<size_t>(last - origin.begin())};
}

std::vector<Range> FindingRanges(const DocumentReport& report,
                                 const std::vector<uint32_t>* origin) {
  std::vector<Range> ranges;
  for (size_t i = 0; i < report.findings.size(); ++i) {
    const Finding& f = report.findings[i];
    const uint32_t length = report.LengthOf(f);
    Range r = origin ? ToProse(*origin, f.offset, f.offset + length)
                     : Range{f.offset - report.text_start,
                             f.offset + length - report.text_start};
    r.finding = static_cast<uint32_t>(i);
    if (r.end > r.begin) ranges.push_back(r);
  }
  // Outer findings first, so an inner one opens inside it.
  std::stable_sort(ranges.begin(), ranges.end(), [](const Range& a, const Range& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  return ranges;
}

class PieceBuilder {
 public:
  PieceBuilder(std::string_view text, std::vector<TextPiece>* out)
      : text_(text), out_(out) {}

  void Build(const std::vector<Range>& ranges) {
    size_t next = 0;
    for (;;) {
      size_t boundary = next < ranges.size() ? ranges[next].begin : text_.size();
      for (const Range* r : open_) boundary = std::min(boundary, r->end);
      TextUpTo(boundary);
      CloseEndingAt(pos_);
      while (next < ranges.size() && ranges[next].begin <= pos_) Open(&ranges[next++]);
      if (next == ranges.size() && open_.empty()) break;
    }
    TextUpTo(text_.size());
  }

 private:
  void TextUpTo(size_t to) {
    to = std::min(to, text_.size());
    if (to > pos_) out_->push_back({TextPiece::Kind::kText, text_.substr(pos_, to - pos_)});
    pos_ = std::max(pos_, to);
  }

  void Open(const Range* r) {
    open_.push_back(r);
    out_->push_back({TextPiece::Kind::kOpen, {}, r->finding});
  }

  // Closes every open range ending here; ranges opened after one of them and
  // still going on are closed with it and reopened (a fragment).
  void CloseEndingAt(size_t pos) {
    auto lowest = std::find_if(open_.begin(), open_.end(),
                               [&](const Range* r) { return r->end <= pos; });
    if (lowest == open_.end()) return;
    std::vector<const Range*> reopen;
    while (open_.end() != lowest) {
      const Range* r = open_.back();
      open_.pop_back();
      out_->push_back({TextPiece::Kind::kClose, {}, r->finding});
      if (r->end > pos) reopen.push_back(r);
    }
    for (auto it = reopen.rbegin(); it != reopen.rend(); ++it) Open(*it);
  }

  std::string_view text_;
  std::vector<TextPiece>* out_;
  std::vector<const Range*> open_;
  size_t pos_ = 0;
};

}  // namespace

HighlightedText HighlightFindings(const DocumentReport& report) {
  HighlightedText out;
  const std::string_view bytes = *report.bytes;
  std::vector<Range> ranges;
  if (report.format == InputFormat::kText) {
    out.text = std::string(bytes.substr(std::min(report.text_start, bytes.size())));
    ranges = FindingRanges(report, nullptr);
  } else {
    ProseText prose = report.format == InputFormat::kMarkdown
                          ? ExtractMarkdown(bytes, report.text_start)
                      : report.format == InputFormat::kParagraphs
                          ? ExtractParagraphs(bytes, report.text_start)
                          : ExtractHtml(bytes, report.text_start, 0, report.html_scope);
    ranges = FindingRanges(report, &prose.origin);
    out.text = std::move(prose.prose);
  }
  PieceBuilder(out.text, &out.pieces).Build(ranges);
  return out;
}

}  // namespace wijzij
