// A JSON reader for one JSON Lines record. It keeps where every key and value starts, so an
// error can point at the answer that is wrong; it refuses a key written twice in one object
// (a second answer must not silently replace the first) and nesting past a limit; and it
// says what is wrong in words a person can act on. nlohmann-json, which writes medcareer's
// JSON output, keeps no positions and accepts duplicate keys; this is also several times
// faster on the million-line exports that `score` reads.
#pragma once

#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace medcareer::json_line {

enum class Kind { null, boolean, number, string, array, object };

struct Member;

struct Value {
  Kind kind = Kind::null;
  std::size_t offset = 0;  // of the value's first byte in the line
  bool boolean = false;
  double number = 0;
  bool integer = false;         // a number written without a fraction or an exponent
  std::string_view text;        // a string's text, unescaped; a number as written
  std::vector<Value> items;     // an array's
  std::vector<Member> members;  // an object's, in the order written
};

struct Member {
  std::string_view key;        // unescaped
  std::size_t key_offset = 0;  // of its opening quote
  Value value;
};

// A parsed line. Strings point into the line, or into `unescaped` where they held escapes,
// so the line must outlive the document.
struct Document {
  Value root;
  std::deque<std::string> unescaped;
};

struct Problem {
  std::size_t offset = 0;  // where in the line
  std::string message;
};

// Parses `line` as one JSON value into `out`; the first problem, if any, in reading order.
std::optional<Problem> parse(std::string_view line, std::size_t max_depth, Document& out);

// "an object", "a list", "text", "a number", "true or false", "null": for messages.
const char* kind_name(Kind kind);

}  // namespace medcareer::json_line
