#include "source/source_map.h"

#include <algorithm>
#include <cstring>

#include "text/utf8.h"

namespace kosei {

SourceMap::SourceMap(std::string_view text) : text_(text) {
  size_t lf = 0, crlf = 0, cr = 0;
  line_starts_.push_back(0);
  size_t line_start = 0;
  size_t next_checkpoint = kCheckpointInterval;
  const size_t size = text.size();
  // Line breaks found with memchr (vectorized) when the text has no CR, as most do.
  const bool has_cr = std::memchr(text.data(), '\r', size) != nullptr;
  auto next_break = [&](size_t from) {
    if (!has_cr) {
      const void* found = std::memchr(text.data() + from, '\n', size - from);
      return found ? static_cast<size_t>(static_cast<const char*>(found) - text.data()) : size;
    }
    while (from < size && text[from] != '\n' && text[from] != '\r') ++from;
    return from;
  };
  for (size_t i = 0; i < size;) {
    const size_t line_break = next_break(i);
    // Checkpoints every kCheckpointInterval bytes of a long line, each at a character start (the
    // line break itself counts as one).
    while (next_checkpoint <= line_break) {
      size_t at = next_checkpoint;
      while (at < line_break && is_utf8_continuation(static_cast<unsigned char>(text[at]))) ++at;
      if (at >= size) break;
      size_t from = line_start, code_points = 0, utf16 = 0;
      if (!checkpoints_.empty() && checkpoints_.back().offset >= line_start) {
        from = checkpoints_.back().offset;
        code_points = checkpoints_.back().code_points;
        utf16 = checkpoints_.back().utf16_units;
      }
      for (size_t k = from; k < at; ++k) {
        unsigned char byte = static_cast<unsigned char>(text[k]);
        if (is_utf8_continuation(byte)) continue;
        ++code_points;
        utf16 += byte >= 0xF0 ? 2 : 1;
      }
      checkpoints_.push_back(Checkpoint{at, code_points, utf16});
      next_checkpoint = at + kCheckpointInterval;
    }
    if (line_break >= size) break;
    line_ends_.push_back(line_break);
    i = line_break + 1;
    if (text[line_break] == '\n') {
      ++lf;
    } else if (i < size && text[i] == '\n') {
      ++i;
      ++crlf;
    } else {
      ++cr;
    }
    line_starts_.push_back(i);
    line_start = i;
    next_checkpoint = line_start + kCheckpointInterval;
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

const SourceMap::Checkpoint* SourceMap::checkpoint_before(size_t offset, size_t line_begin) const {
  auto it = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), offset,
                             [](size_t value, const Checkpoint& checkpoint) { return value < checkpoint.offset; });
  if (it == checkpoints_.begin()) return nullptr;
  --it;
  return it->offset >= line_begin ? &*it : nullptr;
}

Position SourceMap::position_of(size_t offset) const {
  size_t index = line_index_of(offset);
  size_t begin = line_starts_[index];
  size_t base = 0;
  if (const Checkpoint* checkpoint = checkpoint_before(offset, begin)) {
    begin = checkpoint->offset;
    base = checkpoint->code_points;
  }
  return Position{index + 1, base + count_code_points(text_, begin, offset) + 1};
}

size_t SourceMap::utf16_column_of(size_t offset) const {
  size_t pos = line_starts_[line_index_of(offset)];
  size_t units = 0;
  if (const Checkpoint* checkpoint = checkpoint_before(offset, pos)) {
    pos = checkpoint->offset;
    units = checkpoint->utf16_units;
  }
  while (pos < offset) units += next_code_point(text_, pos) >= 0x10000 ? 2 : 1;
  return units + 1;
}

size_t SourceMap::byte_column_of(size_t offset) const {
  return offset - line_starts_[line_index_of(offset)] + 1;
}

SourceMap::Columns SourceMap::columns_of(size_t offset) const {
  const size_t index = line_index_of(offset);
  size_t pos = line_starts_[index];
  Columns columns{index + 1, 1, 1, offset - pos + 1};
  if (const Checkpoint* checkpoint = checkpoint_before(offset, pos)) {
    pos = checkpoint->offset;
    columns.column += checkpoint->code_points;
    columns.utf16_column += checkpoint->utf16_units;
  }
  // A code point starts at each byte that is not a continuation; one of four bytes (lead >= 0xF0)
  // is two UTF-16 units.
  size_t code_points = 0, astral = 0;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text_.data());
  for (const size_t end = std::min(offset, text_.size()); pos < end; ++pos) {
    code_points += !is_utf8_continuation(bytes[pos]);
    astral += bytes[pos] >= 0xF0;
  }
  columns.column += code_points;
  columns.utf16_column += code_points + astral;
  return columns;
}

size_t SourceMap::offset_of(Position position) const {
  if (position.line == 0 || position.line > line_starts_.size()) return text_.size();
  size_t pos = line_starts_[position.line - 1];
  size_t end = line_ends_[position.line - 1];
  for (size_t column = 1; column < position.column && pos < end; ++column) next_code_point(text_, pos);
  return std::min(pos, end);
}

}  // namespace kosei
