// The built-in character tables: compiled at build time from the embedded rules/chars/*.toml by
// tools/compile_chardata.cpp (kept out of chardata.cpp, which that tool itself is built from).
#include <stdexcept>

#include "chardata/chardata.h"

namespace kosei::chardata {

extern const std::uint32_t kCompiledCharTables[];
extern const std::size_t kCompiledCharTablesSize;

const CharTables& builtin_char_tables() {
  static const CharTables tables = [] {
    CharTables out;
    if (!CharTables::deserialize(kCompiledCharTables, kCompiledCharTablesSize, out)) {
      throw std::runtime_error("built-in character data: the compiled tables are malformed");
    }
    return out;
  }();
  return tables;
}

}  // namespace kosei::chardata
