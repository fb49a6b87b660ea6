// Escaping shared by the XML, GitHub and SARIF printers.
#include <cstdio>
#include <string>

#include "report/report.h"

namespace kosei {

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      case '\t': out += "&#9;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          // C0 controls cannot appear in XML 1.0 at all, not even as references: name them.
          char name[8];
          std::snprintf(name, sizeof(name), "U+%04X", static_cast<unsigned>(static_cast<unsigned char>(c)));
          out += name;
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::string github_escape_data(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}

std::string github_escape_property(std::string_view text) {
  // A property value is escaped like message data, and ':' ',' separate properties.
  std::string out;
  for (char c : github_escape_data(text)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

std::string uri_encode_path(std::string_view path) {
  std::string out;
  for (char raw : path) {
    unsigned char c = static_cast<unsigned char>(raw);
    bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                      c == '.' || c == '_' || c == '~' || c == '/';
    if (unreserved) {
      out += static_cast<char>(c);
    } else {
      char hex[4];
      std::snprintf(hex, sizeof(hex), "%%%02X", static_cast<unsigned>(c));
      out += hex;
    }
  }
  return out;
}

}  // namespace kosei
