#pragma once
// The files of rules/ compiled into the binary (see cmake/embed.cmake): the built-in default data.
#include <string_view>
#include <vector>

namespace kosei {

struct EmbeddedFile {
  std::string_view path;     // relative to the repository root, e.g. "rules/fields.toml"
  std::string_view content;  // the file's bytes
};

const std::vector<EmbeddedFile>& embedded_rule_files();

// The embedded file with this path, or nullptr.
const EmbeddedFile* find_embedded_rule_file(std::string_view path);

}  // namespace kosei
