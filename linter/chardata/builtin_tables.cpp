// The built-in character tables and term data: compiled at build time from the embedded
// rules/chars/*.toml, rules/terms.toml, rules/term_variants.toml and rules/ministry_tags.toml by
// tools/compile_chardata.cpp (kept out of chardata.cpp, which that tool itself is built from).
#include <stdexcept>

#include "chardata/chardata.h"

namespace kosei::chardata {

extern const std::uint32_t kCompiledCharTables[];
extern const std::size_t kCompiledCharTablesSize;
extern const std::uint32_t kCompiledTerms[];
extern const std::size_t kCompiledTermsSize;
extern const std::uint32_t kCompiledTermVariants[];
extern const std::size_t kCompiledTermVariantsSize;
extern const std::uint32_t kCompiledMinistryTags[];
extern const std::size_t kCompiledMinistryTagsSize;

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

namespace {

template <typename T>
LoadResult<T> compiled(const std::uint32_t* words, std::size_t count, const char* path) {
  LoadResult<T> result;
  T value;
  if (deserialize(words, count, value)) {
    result.value = std::move(value);
  } else {
    result.error = std::string(path) + ": the compiled built-in data is malformed";
  }
  return result;
}

}  // namespace

LoadResult<std::vector<Term>> load_terms() {
  return compiled<std::vector<Term>>(kCompiledTerms, kCompiledTermsSize, "rules/terms.toml");
}

LoadResult<std::vector<VariantGroup>> load_term_variants() {
  return compiled<std::vector<VariantGroup>>(kCompiledTermVariants, kCompiledTermVariantsSize,
                                             "rules/term_variants.toml");
}

LoadResult<MinistryTags> load_ministry_tags() {
  return compiled<MinistryTags>(kCompiledMinistryTags, kCompiledMinistryTagsSize, "rules/ministry_tags.toml");
}

}  // namespace kosei::chardata
