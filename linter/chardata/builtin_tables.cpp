// The built-in character tables and term data: compiled at build time from the embedded
// rules/chars/*.toml, rules/terms.toml, rules/term_variants.toml and rules/ministry_tags.toml by
// tools/compile_rule_data.cpp into generated/compiled_rule_data.cpp. That tool is linked without
// the generated file (the symbols are weak) and reads the TOML instead.
#include <stdexcept>

#include "chardata/chardata.h"

namespace kosei::chardata {

extern const std::uint32_t kCompiledCharTables[] __attribute__((weak));
extern const std::size_t kCompiledCharTablesSize __attribute__((weak));
extern const std::uint32_t kCompiledTerms[] __attribute__((weak));
extern const std::size_t kCompiledTermsSize __attribute__((weak));
extern const std::uint32_t kCompiledTermVariants[] __attribute__((weak));
extern const std::size_t kCompiledTermVariantsSize __attribute__((weak));
extern const std::uint32_t kCompiledMinistryTags[] __attribute__((weak));
extern const std::size_t kCompiledMinistryTagsSize __attribute__((weak));

bool has_compiled_data() { return &kCompiledCharTablesSize != nullptr; }

const CharTables& builtin_char_tables() {
  static const CharTables tables = [] {
    if (!has_compiled_data()) {
      auto loaded = load_char_tables(embedded_file);
      if (!loaded) throw std::runtime_error("built-in character data: " + loaded.error);
      return std::move(*loaded.value);
    }
    CharTables out;
    if (!CharTables::deserialize(kCompiledCharTables, kCompiledCharTablesSize, out)) {
      throw std::runtime_error("built-in character data: the compiled tables are malformed");
    }
    return out;
  }();
  return tables;
}

namespace {

// The compiled words when this executable has them, else the embedded TOML read by `load`.
template <typename T, typename Load>
LoadResult<T> builtin(const std::uint32_t* words, const std::size_t* count, const char* path, Load load) {
  if (!has_compiled_data()) return load(*embedded_file(path), path);
  LoadResult<T> result;
  T value;
  if (deserialize(words, *count, value)) {
    result.value = std::move(value);
  } else {
    result.error = std::string(path) + ": the compiled built-in data is malformed";
  }
  return result;
}

}  // namespace

LoadResult<std::vector<Term>> load_terms() {
  return builtin<std::vector<Term>>(kCompiledTerms, &kCompiledTermsSize, "rules/terms.toml",
                                    [](std::string_view text, std::string_view path) { return load_terms(text, path); });
}

LoadResult<std::vector<VariantGroup>> load_term_variants() {
  return builtin<std::vector<VariantGroup>>(
      kCompiledTermVariants, &kCompiledTermVariantsSize, "rules/term_variants.toml",
      [](std::string_view text, std::string_view path) { return load_term_variants(text, path); });
}

LoadResult<MinistryTags> load_ministry_tags() {
  return builtin<MinistryTags>(
      kCompiledMinistryTags, &kCompiledMinistryTagsSize, "rules/ministry_tags.toml",
      [](std::string_view text, std::string_view path) { return load_ministry_tags(text, path); });
}

}  // namespace kosei::chardata
