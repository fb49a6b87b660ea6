#pragma once
// Writes a JSON document (nlohmann's dump with indent 2) whose one large array is filled one
// element at a time, so that the output of a large run never exists as one document in memory:
// that document took ~1.5 KB per finding (677 MB for 100 drafts of the dense benchmark corpus).
#include <ostream>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace kosei {

class StreamedJsonArray {
 public:
  // `frame`: the document with the array empty, dumped with indent 2. `member`: the array's key,
  // which must appear once (a raw `"key": []` cannot occur inside a string, whose quotes are
  // escaped). `depth`: how deep the array's elements are (root members are at depth 1).
  StreamedJsonArray(std::ostream& out, std::string frame, std::string_view member, int depth);
  void add(const nlohmann::ordered_json& element);
  // Writes the rest of the frame; call once, after the last element.
  void finish();

 private:
  std::ostream& out_;
  std::string frame_;
  size_t close_ = 0;  // the position of the array's ']' in frame_
  std::string indent_;
  bool empty_ = true;
  std::string element_;
};

}  // namespace kosei
