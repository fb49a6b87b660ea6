#pragma once
// Reading a whole small file (configuration, canonical data, dictionaries, baselines): nullopt
// with the system's reason in `error` when it cannot be read. Drafts go through run.cpp's reader,
// which also enforces the size limit and reports binary files.
#include <optional>
#include <string>

namespace kosei {

std::optional<std::string> read_whole_file(const std::string& path, std::string* error = nullptr);

}  // namespace kosei
