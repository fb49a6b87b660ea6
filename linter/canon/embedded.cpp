#include "canon/embedded.h"

namespace kosei {

const EmbeddedFile* find_embedded_rule_file(std::string_view path) {
  for (const EmbeddedFile& file : embedded_rule_files()) {
    if (file.path == path) return &file;
  }
  return nullptr;
}

}  // namespace kosei
