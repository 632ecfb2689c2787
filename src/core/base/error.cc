#include "medcareer/error.h"

namespace medcareer {

std::string Error::to_string() const {
  std::string out;
  if (!where.path.empty()) {
    out += where.path;
    if (where.line > 0) {
      out += ':' + std::to_string(where.line);
      if (where.column > 0) out += ':' + std::to_string(where.column);
    }
    out += ": ";
  }
  out += message;
  return out;
}

}  // namespace medcareer
