#pragma once
#include <cstddef>
#include <cstdint>

namespace kosei {

// A byte range [begin, end) of the decoded text.
struct Span {
  size_t begin = 0;
  size_t end = 0;
};

enum class MaskKind : uint8_t {
  separator,  // code, URL, tag, comment: not prose; a token break in the matching form
  dropped,    // emphasis markers (**, __): not prose, and invisible to matching
};

struct MaskedRange {
  size_t begin = 0;
  size_t end = 0;
  MaskKind kind = MaskKind::separator;
};

}  // namespace kosei
