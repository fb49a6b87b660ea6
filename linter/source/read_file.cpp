#include "source/read_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace kosei {

std::optional<std::string> read_whole_file(const std::string& path, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (in) {
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (!in.bad()) return std::move(buffer).str();
  }
  if (error) *error = std::strerror(errno);
  return std::nullopt;
}

}  // namespace kosei
