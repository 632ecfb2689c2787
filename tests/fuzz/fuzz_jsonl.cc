// libFuzzer target: JSON Lines (`score export.jsonl`), one answers object per line. Each line
// is also given to nlohmann-json, as a second opinion on medcareer's own JSON reader
// (src/core/json_line.h): a line the reader accepts must be JSON that nlohmann reads to the
// same value, and a line it refuses must be one nlohmann refuses too, or one that breaks a
// rule of medcareer's own (a key twice in one object, nesting past the limit, a number too
// large to hold).
#include <nlohmann/json.hpp>

#include <sstream>

#include "fuzz_common.h"
#include "readers/json_line.h"

using namespace medcareer;

namespace {

constexpr std::size_t kDepth = 64;

nlohmann::json as_nlohmann(const json_line::Value& value) {
  switch (value.kind) {
    case json_line::Kind::null:
      return nullptr;
    case json_line::Kind::boolean:
      return value.boolean;
    case json_line::Kind::number:
      return value.number;
    case json_line::Kind::string:
      return std::string(value.text);
    case json_line::Kind::array: {
      nlohmann::json list = nlohmann::json::array();
      for (const auto& item : value.items) list.push_back(as_nlohmann(item));
      return list;
    }
    case json_line::Kind::object:
      break;
  }
  nlohmann::json object = nlohmann::json::object();
  for (const auto& m : value.members) object[std::string(m.key)] = as_nlohmann(m.value);
  return object;
}

// nlohmann keeps integers apart from doubles; compared as numbers, 1 and 1.0 are equal.
bool same(const nlohmann::json& a, const nlohmann::json& b) {
  if (a.is_number() && b.is_number()) return a.get<double>() == b.get<double>();
  if (a.type() != b.type()) return false;
  if (a.is_array()) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (!same(a[i], b[i])) return false;
    }
    return true;
  }
  if (a.is_object()) {
    if (a.size() != b.size()) return false;
    for (const auto& [key, value] : a.items()) {
      if (!b.contains(key) || !same(value, b.at(key))) return false;
    }
    return true;
  }
  return a == b;
}

void second_opinion(std::string line) {
  // As the reader sees each line: the byte order mark and a CRLF's CR are taken off first.
  if (line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  // nlohmann stops reading at a NUL byte, which JSON allows nowhere outside an escape: no
  // second opinion on such a line (medcareer's reader refuses it, as the unit tests show).
  if (line.find('\0') != std::string::npos) return;
  json_line::Document document;
  const auto problem = json_line::parse(line, kDepth, document);
  nlohmann::json theirs;
  bool they_accept = true;
  try {
    theirs = nlohmann::json::parse(line);
  } catch (const nlohmann::json::exception&) {
    they_accept = false;
  }
  if (!problem) {
    if (!they_accept) fuzz::broken("json_line accepts a line nlohmann-json refuses");
    if (!same(as_nlohmann(document.root), theirs)) {
      fuzz::broken("json_line and nlohmann-json read a line differently");
    }
    return;
  }
  if (problem->offset > line.size()) fuzz::broken("a JSON problem past the end of its line");
  if (problem->message.empty()) fuzz::broken("a JSON problem without a message");
  const bool own_rule = problem->message.starts_with("duplicate key") ||
                        problem->message.starts_with("nesting deeper") ||
                        problem->message.ends_with("is out of range");
  if (they_accept && !own_rule) {
    fuzz::broken("json_line refuses a line nlohmann-json accepts: " + problem->message);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = fuzz::text_of(data, size);
  std::istringstream in(text);
  auto reader =
      open_records(in, "fuzz/export.jsonl", InputFormat::jsonl, fuzz::default_questionnaire());
  fuzz::drain(*reader, size);

  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) second_opinion(line);
  return 0;
}
