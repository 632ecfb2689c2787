#include "readers/json_line.h"

#include <algorithm>
#include <charconv>
#include <unordered_set>

#include "base/utf8.h"

namespace medcareer::json_line {

const char* kind_name(Kind kind) {
  switch (kind) {
    case Kind::object:
      return "an object";
    case Kind::array:
      return "a list";
    case Kind::string:
      return "text";
    case Kind::boolean:
      return "true or false";
    case Kind::null:
      return "null";
    case Kind::number:
      break;
  }
  return "a number";
}

namespace {

// Thrown inside the parser only, and caught by parse(): the first problem ends the line.
struct Stop {
  Problem problem;
};

// Room for the members of an object from the start: an answers object has a member per
// question, and growing the list one doubling at a time moved every member five times. Only
// the record and its answers get it: a line of 600,000 empty objects took 2 GB for room
// never used.
constexpr std::size_t kMembers = 32;
// The most values one line may hold; a value costs about 100 bytes however short it is
// written, so this bounds a record's memory near 100 MB even when its line is within the
// limit (`[0,0,0,...]`).
constexpr std::size_t kMaxValues = 1'000'000;
// Past this many members an object checks for a key written twice with a hash set rather
// than by comparing with each earlier key, which took minutes on 300,000 keys. Not fewer:
// an answers object has a member per question, and building the set for each record cost
// more than scoring it.
constexpr std::size_t kLinearKeys = 64;

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void append_utf8(std::string& out, unsigned code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

class Parser {
 public:
  Parser(std::string_view line, std::size_t max_depth, Document& document)
      : line_(line), max_depth_(max_depth), document_(document) {}

  void parse_root() {
    skip_space();
    read_value(document_.root, 0);
    skip_space();
    if (pos_ < line_.size()) stop(pos_, "not valid JSON: more text after the end of the record");
  }

 private:
  [[noreturn]] void stop(std::size_t at, std::string message) const {
    throw Stop{{at, std::move(message)}};
  }
  [[noreturn]] void stop_at_end_or(const std::string& expected) const {
    if (pos_ >= line_.size()) stop(pos_, "not valid JSON: the line ends before the record does");
    stop(pos_, "not valid JSON: expected " + expected + ", not '" + shown(pos_) + "'");
  }
  // The character at `at` for a message: a byte that is not printable ASCII as its number.
  std::string shown(std::size_t at) const {
    const auto c = static_cast<unsigned char>(line_[at]);
    if (c >= 0x20 && c < 0x7F) return std::string(1, static_cast<char>(c));
    return "byte " + std::to_string(c);
  }

  void skip_space() {
    while (pos_ < line_.size() && (line_[pos_] == ' ' || line_[pos_] == '\t' ||
                                   line_[pos_] == '\n' || line_[pos_] == '\r')) {
      ++pos_;
    }
  }

  void read_value(Value& value, std::size_t depth) {
    if (pos_ >= line_.size()) stop_at_end_or("a value");
    if (++values_ > kMaxValues) {
      stop(pos_, "more than " + std::to_string(kMaxValues) + " values in one record (the limit)");
    }
    value.offset = pos_;
    const char c = line_[pos_];
    if (c == '{' || c == '[') {
      if (depth + 1 > max_depth_) {
        stop(pos_, "nesting deeper than " + std::to_string(max_depth_) + " levels (the limit)");
      }
      if (c == '{') {
        read_object(value, depth + 1);
      } else {
        read_array(value, depth + 1);
      }
    } else if (c == '"') {
      value.kind = Kind::string;
      value.text = read_string();
    } else if (c == '-' || is_digit(c)) {
      read_number(value);
    } else if (line_.substr(pos_, 4) == "true" || line_.substr(pos_, 5) == "false") {
      value.kind = Kind::boolean;
      value.boolean = c == 't';
      pos_ += value.boolean ? 4 : 5;
    } else if (line_.substr(pos_, 4) == "null") {
      value.kind = Kind::null;
      pos_ += 4;
    } else if (depth == 0 && pos_ < line_.size()) {
      stop(pos_, "not valid JSON: each record is a JSON object, starting with '{'");
    } else if (pos_ < line_.size() && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
      stop(pos_, "not valid JSON: text must be in double quotes");  // {"contact": lots}
    } else {
      stop_at_end_or("a value");
    }
  }

  void read_object(Value& value, std::size_t depth) {
    value.kind = Kind::object;
    ++pos_;  // '{'
    skip_space();
    if (take('}')) return;
    if (depth <= 2) value.members.reserve(kMembers);
    std::unordered_set<std::string_view> keys;  // once there are many
    do {
      skip_space();
      if (pos_ >= line_.size() || line_[pos_] != '"') stop_at_end_or("a key in double quotes");
      Member member;
      member.key_offset = pos_;
      member.key = read_string();
      bool repeated = false;
      if (value.members.size() < kLinearKeys) {
        for (const Member& earlier : value.members)
          repeated = repeated || earlier.key == member.key;
      } else {
        if (keys.empty()) {
          for (const Member& earlier : value.members) keys.insert(earlier.key);
        }
        repeated = !keys.insert(member.key).second;
      }
      if (repeated) stop(member.key_offset, "duplicate key '" + std::string(member.key) + "'");
      skip_space();
      if (!take(':')) stop_at_end_or("':' after the key");
      skip_space();
      read_value(member.value, depth);
      value.members.push_back(std::move(member));
    } while (more('}'));
  }

  void read_array(Value& value, std::size_t depth) {
    value.kind = Kind::array;
    ++pos_;  // '['
    skip_space();
    if (take(']')) return;
    do {
      skip_space();
      value.items.emplace_back();
      read_value(value.items.back(), depth);
    } while (more(']'));
  }

  // Consumes `c` if it comes next.
  bool take(char c) {
    if (pos_ >= line_.size() || line_[pos_] != c) return false;
    ++pos_;
    return true;
  }

  // After an item of a list or an object: true when a ',' brings another, false at `close`.
  bool more(char close) {
    skip_space();
    if (take(',')) return true;
    if (take(close)) return false;
    stop_at_end_or(std::string("',' or '") + close + "'");
  }

  // At the opening quote; returns the text, unescaped, and leaves pos_ after the closing one.
  std::string_view read_string() {
    const std::size_t open = pos_++;
    const std::size_t start = pos_;
    // Most strings have no escapes: they are taken from the line as they stand.
    while (pos_ < line_.size()) {
      const auto c = static_cast<unsigned char>(line_[pos_]);
      if (c == '"') return line_.substr(start, pos_++ - start);
      if (c == '\\' || c < 0x20 || c >= 0x80) break;
      ++pos_;
    }
    std::string* text = nullptr;
    while (pos_ < line_.size()) {
      const auto c = static_cast<unsigned char>(line_[pos_]);
      if (c == '"') {
        ++pos_;
        return text ? std::string_view(*text) : line_.substr(start, pos_ - 1 - start);
      }
      if (c < 0x20) {
        stop(pos_, "not valid JSON: a control character (byte " + std::to_string(c) +
                       ") inside text; write it as an escape such as \\n");
      }
      if (c >= 0x80) {
        const std::size_t length = utf8_sequence_length(line_.substr(pos_, 4));
        if (length == 0) {
          stop(pos_, "invalid UTF-8 (byte " + std::to_string(c) + ")");
        }
        if (text) text->append(line_.substr(pos_, length));
        pos_ += length;
        continue;
      }
      if (c != '\\') {
        if (text) *text += static_cast<char>(c);
        ++pos_;
        continue;
      }
      if (!text) {
        text = &document_.unescaped.emplace_back(line_.substr(start, pos_ - start));
      }
      read_escape(*text);
    }
    stop(open, "not valid JSON: this text is never closed with a '\"'");
  }

  // At a backslash inside a string: appends what the escape stands for.
  void read_escape(std::string& out) {
    const std::size_t at = pos_++;
    if (pos_ >= line_.size()) stop_at_end_or("an escape after '\\'");
    const char c = line_[pos_++];
    switch (c) {
      case '"':
      case '\\':
      case '/':
        out += c;
        return;
      case 'b':
        out += '\b';
        return;
      case 'f':
        out += '\f';
        return;
      case 'n':
        out += '\n';
        return;
      case 'r':
        out += '\r';
        return;
      case 't':
        out += '\t';
        return;
      case 'u':
        break;
      default:
        stop(at, "not valid JSON: '\\" + shown(pos_ - 1) + "' is not an escape");
    }
    unsigned code = read_hex4(at);
    if (code >= 0xDC00 && code <= 0xDFFF) {
      stop(at, "not valid JSON: \\u" + std::string(line_.substr(at + 2, 4)) +
                   " is the second half of a character without its first");
    }
    if (code >= 0xD800 && code <= 0xDBFF) {  // the first half of a pair
      if (line_.substr(pos_, 2) != "\\u") {
        stop(at, "not valid JSON: \\u" + std::string(line_.substr(at + 2, 4)) +
                     " is the first half of a character without its second");
      }
      const std::size_t second_at = pos_;
      pos_ += 2;
      const unsigned low = read_hex4(second_at);
      if (low < 0xDC00 || low > 0xDFFF) {
        stop(second_at, "not valid JSON: \\u" + std::string(line_.substr(second_at + 2, 4)) +
                            " cannot follow the first half of a character");
      }
      code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
    }
    append_utf8(out, code);
  }

  // Four hex digits after "\u" (the escape starts at `at`).
  unsigned read_hex4(std::size_t at) {
    unsigned code = 0;
    for (int i = 0; i < 4; ++i) {
      const int digit = pos_ < line_.size() ? hex_value(line_[pos_]) : -1;
      if (digit < 0) stop(at, "not valid JSON: \\u must be followed by four hex digits");
      code = code * 16 + static_cast<unsigned>(digit);
      ++pos_;
    }
    return code;
  }

  void read_number(Value& value) {
    value.kind = Kind::number;
    const std::size_t start = pos_;
    auto digits = [&] {
      const std::size_t from = pos_;
      while (pos_ < line_.size() && is_digit(line_[pos_])) ++pos_;
      return pos_ - from;
    };
    auto invalid = [&] {
      while (pos_ < line_.size() &&
             (is_digit(line_[pos_]) || line_[pos_] == '.' || line_[pos_] == 'e' ||
              line_[pos_] == 'E' || line_[pos_] == '+' || line_[pos_] == '-')) {
        ++pos_;
      }
      stop(start, "not valid JSON: '" + std::string(line_.substr(start, pos_ - start)) +
                      "' is not a number");
    };
    if (line_[pos_] == '-') ++pos_;
    const std::size_t int_start = pos_;
    const std::size_t int_digits = digits();
    if (int_digits == 0 || (int_digits > 1 && line_[int_start] == '0')) invalid();
    value.integer = true;
    if (pos_ < line_.size() && line_[pos_] == '.') {
      ++pos_;
      value.integer = false;
      if (digits() == 0) invalid();
    }
    if (pos_ < line_.size() && (line_[pos_] == 'e' || line_[pos_] == 'E')) {
      ++pos_;
      value.integer = false;
      if (pos_ < line_.size() && (line_[pos_] == '+' || line_[pos_] == '-')) ++pos_;
      if (digits() == 0) invalid();
    }
    value.text = line_.substr(start, pos_ - start);
    const auto [end, error] =
        std::from_chars(value.text.data(), value.text.data() + value.text.size(), value.number);
    if (error != std::errc() || end != value.text.data() + value.text.size()) {
      // Valid JSON, but too large (or too close to zero) to be held as a number.
      stop(start, "the number " + std::string(value.text) + " is out of range");
    }
  }

  std::string_view line_;
  std::size_t max_depth_;
  Document& document_;
  std::size_t pos_ = 0;
  std::size_t values_ = 0;
};

}  // namespace

std::optional<Problem> parse(std::string_view line, std::size_t max_depth, Document& out) {
  out.root = Value{};
  out.unescaped.clear();
  try {
    Parser(line, max_depth, out).parse_root();
  } catch (Stop& stop) {
    return std::move(stop.problem);
  }
  return std::nullopt;
}

}  // namespace medcareer::json_line
