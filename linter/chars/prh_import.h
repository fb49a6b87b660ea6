#pragma once
// `kosei dict import prh.yml`: converts a textlint prh dictionary (YAML) into a kosei term
// dictionary (TOML, the format of rules/terms.toml) written to `out`. No YAML library: a small
// reader for the subset prh files use (block mappings and sequences, flow sequences [a, b],
// plain and quoted scalars, comments). Literal patterns become entries; regular-expression
// patterns that are not plain literals, and rules without patterns (prh then matches case and
// width variants of `expected`, which is the width rule's business), are listed on `err` and
// skipped. Returns the exit code: 0 done, 2 unreadable or malformed input.
#include <iosfwd>
#include <string>

namespace kosei {

int import_prh_dictionary(const std::string& path, std::ostream& out, std::ostream& err);

// The same on text already read (tests); `path` is used in messages.
int import_prh_text(const std::string& text, const std::string& path, std::ostream& out, std::ostream& err);

}  // namespace kosei
