#pragma once
// Byte offset ↔ line/column for one decoded text. Every diagnostic is positioned through this map.
#include <cstddef>
#include <string_view>
#include <vector>

namespace kosei {

enum class LineEnding { lf, crlf, cr, none };

struct Position {
  size_t line = 0;    // 1-based
  size_t column = 0;  // 1-based, in Unicode code points
};

class SourceMap {
 public:
  SourceMap() = default;
  explicit SourceMap(std::string_view text);

  size_t line_count() const { return line_starts_.size(); }
  // Byte range of line `index` (0-based), without its line ending.
  size_t line_begin(size_t index) const { return line_starts_[index]; }
  size_t line_end(size_t index) const { return line_ends_[index]; }
  // 0-based index of the line holding byte `offset`.
  size_t line_index_of(size_t offset) const;
  Position position_of(size_t offset) const;
  // Column of `offset` in other units: UTF-16 code units (SARIF) and bytes (rdjson), both 1-based.
  size_t utf16_column_of(size_t offset) const;
  size_t byte_column_of(size_t offset) const;
  // All of them at once (one line lookup, one scan): what every finding's location needs.
  struct Columns {
    size_t line = 0, column = 0, utf16_column = 0, byte_column = 0;  // 1-based
  };
  Columns columns_of(size_t offset) const;
  // Byte offset of a 1-based line/column (code points); clamps to the line's end.
  size_t offset_of(Position position) const;
  LineEnding dominant_line_ending() const { return dominant_; }

 private:
  // Code point and UTF-16 counts from the start of the line at regular byte offsets, so a
  // position deep inside a 20 MB line is found without counting from the line's start.
  struct Checkpoint {
    size_t offset;
    size_t code_points;  // since the start of its line
    size_t utf16_units;
  };
  static constexpr size_t kCheckpointInterval = 4096;
  const Checkpoint* checkpoint_before(size_t offset, size_t line_begin) const;
  std::vector<Checkpoint> checkpoints_;

  std::string_view text_;
  std::vector<size_t> line_starts_;
  std::vector<size_t> line_ends_;
  LineEnding dominant_ = LineEnding::none;
};

}  // namespace kosei
