#pragma once
// --fix and --diff: applying safe fixes to a decoded text, showing them as a unified diff, and
// writing the result back without losing anything.
#include <string>
#include <string_view>
#include <vector>

#include "report/report.h"
#include "source/decode.h"

namespace kosei {

struct TextEdit {
  size_t begin = 0, end = 0;  // byte offsets in the decoded text
  std::string replacement;
};

// The fixes of `diagnostics` as edits.
std::vector<TextEdit> edits_of(const std::vector<ReportedDiagnostic>& diagnostics);

// Applies the edits that do not overlap an edit already taken (in order of position; of two
// overlapping edits the earlier, then the shorter, wins — the other is left for the next pass,
// after re-checking). Edits that would split a UTF-8 sequence are refused. Duplicates apply once.
// Returns the new text; `applied` counts the edits taken.
std::string apply_edits(std::string_view text, std::vector<TextEdit> edits, size_t& applied);

// A unified diff (3 lines of context) of two texts, with "--- a/LABEL" / "+++ b/LABEL" headers;
// empty if they are equal. Lines keep their own endings (CRLF files diff as CRLF).
std::string unified_diff(std::string_view old_text, std::string_view new_text, const std::string& label);

// Writes `decoded` back to `path` in its original encoding and BOM: the text is encoded first
// (refused if a character cannot be encoded), the file is re-read and compared with
// `original_bytes` (refused if it changed since it was read), then written to a temporary file in
// the same directory with the original permissions and renamed over the original (through
// symlinks: the link's target is replaced). Returns false with `error` (Japanese) on refusal.
bool write_fixed_file(const std::string& path, const std::string& original_bytes, const std::string& fixed_text,
                      Encoding encoding, bool with_bom, std::string& error);

}  // namespace kosei
