#pragma once
// The built-in canonical knowledge (rules/canon/*.toml: lists, figures, items) in compiled form.
// The build loads the embedded TOML with the same loaders as any user file and writes the result
// as 32-bit words (tools/compile_rule_data.cpp); start-up reads those words instead of parsing
// 20 KB of TOML. User canonical files (--canon, kosei.toml) are still read as TOML, on top of the
// built-in TOML, since they may replace parts of it.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "app/document.h"

namespace kosei {

std::vector<std::uint32_t> serialize_knowledge(const Knowledge& knowledge);
// nullptr when the words are truncated or malformed.
std::unique_ptr<Knowledge> deserialize_knowledge(const std::uint32_t* words, std::size_t count);

// The built-in knowledge: from the compiled words when the executable has them, else (the build
// tool itself) from the embedded TOML. nullptr with `error` set if the data is broken.
std::unique_ptr<Knowledge> load_builtin_knowledge(std::string& error);
// Whether this executable carries the compiled knowledge (tests check that it does).
bool has_compiled_knowledge();

}  // namespace kosei
