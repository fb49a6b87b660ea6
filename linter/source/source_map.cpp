#include "source/source_map.h"

#include <algorithm>

#include "text/utf8.h"

namespace kosei {

SourceMap::SourceMap(std::string_view text) : text_(text) {
  size_t lf = 0, crlf = 0, cr = 0;
  line_starts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') {
      line_ends_.push_back(i);
      line_starts_.push_back(i + 1);
      ++lf;
    } else if (c == '\r') {
      line_ends_.push_back(i);
      if (i + 1 < text.size() && text[i + 1] == '\n') {
        ++i;
        ++crlf;
      } else {
        ++cr;
      }
      line_starts_.push_back(i + 1);
    }
  }
  line_ends_.push_back(text.size());
  if (lf + crlf + cr > 0) {
    dominant_ = crlf >= lf && crlf >= cr ? LineEnding::crlf : lf >= cr ? LineEnding::lf : LineEnding::cr;
  }
  // A final line ending does not open a new, empty line.
  if (line_starts_.size() > 1 && line_starts_.back() == text.size()) {
    line_starts_.pop_back();
    line_ends_.pop_back();
  }
}

size_t SourceMap::line_index_of(size_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return static_cast<size_t>(it - line_starts_.begin()) - 1;
}

Position SourceMap::position_of(size_t offset) const {
  size_t index = line_index_of(offset);
  size_t begin = line_starts_[index];
  return Position{index + 1, count_code_points(text_, begin, offset) + 1};
}

size_t SourceMap::utf16_column_of(size_t offset) const {
  size_t pos = line_starts_[line_index_of(offset)];
  size_t units = 0;
  while (pos < offset) units += next_code_point(text_, pos) >= 0x10000 ? 2 : 1;
  return units + 1;
}

size_t SourceMap::byte_column_of(size_t offset) const {
  return offset - line_starts_[line_index_of(offset)] + 1;
}

size_t SourceMap::offset_of(Position position) const {
  if (position.line == 0 || position.line > line_starts_.size()) return text_.size();
  size_t pos = line_starts_[position.line - 1];
  size_t end = line_ends_[position.line - 1];
  for (size_t column = 1; column < position.column && pos < end; ++column) next_code_point(text_, pos);
  return std::min(pos, end);
}

}  // namespace kosei
