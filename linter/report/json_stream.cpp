#include "report/json_stream.h"

#include <stdexcept>

namespace kosei {

StreamedJsonArray::StreamedJsonArray(std::ostream& out, std::string frame, std::string_view member, int depth)
    : out_(out), frame_(std::move(frame)), indent_("\n" + std::string(static_cast<size_t>(depth) * 2, ' ')) {
  const std::string empty_member = "\"" + std::string(member) + "\": []";
  const size_t at = frame_.find(empty_member);
  if (at == std::string::npos) throw std::logic_error("StreamedJsonArray: no empty \"" + std::string(member) + "\" in the frame");
  close_ = at + empty_member.size() - 1;
  out_.write(frame_.data(), static_cast<std::streamsize>(close_));
}

void StreamedJsonArray::add(const nlohmann::ordered_json& element) {
  element_ = element.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
  out_ << (empty_ ? "" : ",") << indent_;
  empty_ = false;
  size_t from = 0;
  for (size_t newline = element_.find('\n'); newline != std::string::npos; newline = element_.find('\n', from)) {
    out_.write(element_.data() + from, static_cast<std::streamsize>(newline - from));
    out_ << indent_;
    from = newline + 1;
  }
  out_.write(element_.data() + from, static_cast<std::streamsize>(element_.size() - from));
}

void StreamedJsonArray::finish() {
  if (!empty_) out_ << std::string_view(indent_).substr(0, indent_.size() - 2);  // the ']' one level out
  out_.write(frame_.data() + close_, static_cast<std::streamsize>(frame_.size() - close_));
  out_ << "\n";
}

}  // namespace kosei
