#include "readers/json_line.h"

#include <doctest/doctest.h>

#include <string>

using namespace medcareer::json_line;

namespace {

// One line of text per value, indented by depth: "KIND@OFFSET text", so a whole parse is
// compared in one CHECK; or "ERROR@OFFSET message".
void describe(const Value& v, int depth, std::string& out) {
  out += std::string(static_cast<std::size_t>(depth) * 2, ' ');
  switch (v.kind) {
    case Kind::null:
      out += "null";
      break;
    case Kind::boolean:
      out += v.boolean ? "true" : "false";
      break;
    case Kind::number:
      out += std::string(v.integer ? "int " : "num ") + std::string(v.text) + "=" +
             std::to_string(v.number);
      break;
    case Kind::string:
      out += "str '" + std::string(v.text) + "'";
      break;
    case Kind::array:
      out += "array";
      break;
    case Kind::object:
      out += "object";
      break;
  }
  out += "@" + std::to_string(v.offset) + "\n";
  for (const auto& item : v.items) describe(item, depth + 1, out);
  for (const auto& m : v.members) {
    out += std::string(static_cast<std::size_t>(depth + 1) * 2, ' ') + "key '" +
           std::string(m.key) + "'@" + std::to_string(m.key_offset) + "\n";
    describe(m.value, depth + 2, out);
  }
}

std::string parsed(const std::string& line, std::size_t depth = 64) {
  Document document;
  if (auto problem = parse(line, depth, document)) {
    return "ERROR@" + std::to_string(problem->offset) + " " + problem->message;
  }
  std::string out;
  describe(document.root, 0, out);
  return out;
}

}  // namespace

TEST_CASE("json_line: values keep where they start") {
  CHECK(parsed(R"( {"a": [1, -2.5e1, "x"], "b": {"c": null}, "d": true, "e": false} )") ==
        "object@1\n"
        "  key 'a'@2\n"
        "    array@7\n"
        "      int 1=1.000000@8\n"
        "      num -2.5e1=-25.000000@11\n"
        "      str 'x'@19\n"
        "  key 'b'@25\n"
        "    object@30\n"
        "      key 'c'@31\n"
        "        null@36\n"
        "  key 'd'@43\n"
        "    true@48\n"
        "  key 'e'@54\n"
        "    false@59\n");
  CHECK(parsed("{}") == "object@0\n");
  CHECK(parsed("[ ]") == "array@0\n");
  CHECK(parsed("\"only text\"") == "str 'only text'@0\n");
  CHECK(parsed("0") == "int 0=0.000000@0\n");
}

TEST_CASE("json_line: escapes, including characters outside the basic plane") {
  CHECK(parsed(R"("a\"b\\c\/d\n\t\r\b\f")") == "str 'a\"b\\c/d\n\t\r\b\f'@0\n");
  CHECK(parsed(R"("caf\u00e9 \u20ac \ud83d\ude00")") ==
        "str 'caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80'@0\n");
  CHECK(parsed("\"d\xC3\xA9j\xC3\xA0 vu\"") == "str 'd\xC3\xA9j\xC3\xA0 vu'@0\n");  // UTF-8 as is
  CHECK(parsed(R"({"k\u0065y": 1})") == "object@0\n  key 'key'@1\n    int 1=1.000000@13\n");
}

TEST_CASE("json_line: broken JSON is refused at the first problem, with where it is") {
  CHECK(parsed(R"({"a": 1,})") ==
        "ERROR@8 not valid JSON: expected a key in double quotes, not '}'");
  CHECK(parsed(R"({"a" 1})") == "ERROR@5 not valid JSON: expected ':' after the key, not '1'");
  CHECK(parsed(R"({"a": 1 "b": 2})") == "ERROR@8 not valid JSON: expected ',' or '}', not '\"'");
  CHECK(parsed(R"([1 2])") == "ERROR@3 not valid JSON: expected ',' or ']', not '2'");
  CHECK(parsed(R"({"a": tru})") == "ERROR@6 not valid JSON: text must be in double quotes");
  CHECK(parsed(R"({"a": })") == "ERROR@6 not valid JSON: expected a value, not '}'");
  CHECK(parsed("this line is not JSON") ==
        "ERROR@0 not valid JSON: each record is a JSON object, starting with '{'");
  CHECK(parsed(R"({"a": 1)") == "ERROR@7 not valid JSON: the line ends before the record does");
  CHECK(parsed("") == "ERROR@0 not valid JSON: the line ends before the record does");
  CHECK(parsed(R"({"a": "open})") ==
        "ERROR@6 not valid JSON: this text is never closed with a '\"'");
  CHECK(parsed(R"({} {})") == "ERROR@3 not valid JSON: more text after the end of the record");
  // Found by fuzz_jsonl: nlohmann-json reads a NUL byte as the end of its input; JSON does not.
  CHECK(parsed(std::string("1\0\0", 3)) ==
        "ERROR@1 not valid JSON: more text after the end of the record");
  CHECK(parsed(std::string("\"a\0\"", 4)) ==
        "ERROR@2 not valid JSON: a control character (byte 0) inside text; write it as an "
        "escape such as \\n");
  CHECK(parsed(R"("\q")") == "ERROR@1 not valid JSON: '\\q' is not an escape");
  CHECK(parsed(R"("\u12")") == "ERROR@1 not valid JSON: \\u must be followed by four hex digits");
  CHECK(parsed(R"("\udc00")") ==
        "ERROR@1 not valid JSON: \\udc00 is the second half of a character without its first");
  CHECK(parsed(R"("\ud800x")") ==
        "ERROR@1 not valid JSON: \\ud800 is the first half of a character without its second");
  CHECK(parsed(R"("\ud800\u0041")") ==
        "ERROR@7 not valid JSON: \\u0041 cannot follow the first half of a character");
  CHECK(parsed("\"a\tb\"") ==
        "ERROR@2 not valid JSON: a control character (byte 9) inside text; write it as an escape "
        "such as \\n");
  CHECK(parsed("\"caf\xE9\"") == "ERROR@4 invalid UTF-8 (byte 233)");
  CHECK(parsed("{\"a\": \xFF}") == "ERROR@6 not valid JSON: expected a value, not 'byte 255'");
}

TEST_CASE("json_line: numbers as JSON writes them, and those too large to hold") {
  CHECK(parsed("-0") == "int -0=-0.000000@0\n");
  CHECK(parsed("12.50") == "num 12.50=12.500000@0\n");
  CHECK(parsed("1E+2") == "num 1E+2=100.000000@0\n");
  CHECK(parsed("01") == "ERROR@0 not valid JSON: '01' is not a number");
  CHECK(parsed("1.") == "ERROR@0 not valid JSON: '1.' is not a number");
  CHECK(parsed("-") == "ERROR@0 not valid JSON: '-' is not a number");
  CHECK(parsed("[.5]") == "ERROR@1 not valid JSON: expected a value, not '.'");
  CHECK(parsed("1e") == "ERROR@0 not valid JSON: '1e' is not a number");
  CHECK(parsed("[1e400]") == "ERROR@1 the number 1e400 is out of range");
  CHECK(parsed("99999999999999999999") ==
        "int 99999999999999999999=100000000000000000000.000000@0\n");
}

TEST_CASE("json_line: a key twice in one object, and nesting past the limit") {
  CHECK(parsed(R"({"a": 1, "b": {"a": 2}, "a": 3})") == "ERROR@24 duplicate key 'a'");
  CHECK(parsed(R"({"a": 1, "\u0061": 2})") == "ERROR@9 duplicate key 'a'");
  CHECK(parsed("[[[]]]", 3) == "array@0\n  array@1\n    array@2\n");
  CHECK(parsed("[[[[]]]]", 3) == "ERROR@3 nesting deeper than 3 levels (the limit)");
  CHECK(parsed(std::string(100000, '['), 64) ==
        "ERROR@64 nesting deeper than 64 levels (the limit)");
}

TEST_CASE("json_line: a duplicate key among many is found without comparing every pair") {
  std::string line = "{";
  for (int i = 0; i < 200000; ++i) line += "\"k" + std::to_string(i) + "\":1,";
  line += "\"k7\":2}";
  Document document;
  auto problem = parse(line, 64, document);
  REQUIRE(problem.has_value());
  CHECK(problem->message == "duplicate key 'k7'");
  CHECK(problem->offset == line.size() - 7);
}

TEST_CASE("json_line: a record of more than a million values is refused") {
  std::string line = "[";
  for (int i = 0; i < 1000001; ++i) line += "{},";
  line += "{}]";
  Document document;
  auto problem = parse(line, 64, document);
  REQUIRE(problem.has_value());
  CHECK(problem->message == "more than 1000000 values in one record (the limit)");
}
