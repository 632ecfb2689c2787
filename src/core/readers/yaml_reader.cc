#include "readers/yaml_reader.h"

#include <yaml-cpp/depthguard.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

#include "base/utf8.h"
#include "medcareer/suggest.h"

namespace medcareer::yaml {

Position position_of(const std::string& path, const YAML::Node& node) {
  if (!node.IsDefined()) return {path, 0, 0};
  const YAML::Mark mark = node.Mark();
  if (mark.is_null()) return {path, 0, 0};
  return {path, mark.line + 1, mark.column + 1};
}

std::string kind_name(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Map:
      return "a mapping";
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Scalar:
      return "text";
    default:
      return "nothing";
  }
}

namespace {

void check_text(const std::string& path, const std::string& text, const Limits& limits) {
  if (text.size() > limits.max_bytes) {
    // Reported where the limit is crossed: the first byte past it.
    const std::string_view kept(text.data(), limits.max_bytes);
    const auto line = std::count(kept.begin(), kept.end(), '\n') + 1;
    const std::size_t line_start =
        kept.rfind('\n') == std::string_view::npos ? 0 : kept.rfind('\n') + 1;
    fail({path, static_cast<int>(line), static_cast<int>(limits.max_bytes - line_start) + 1},
         "file is " + std::to_string(text.size()) + " bytes, over the limit of " +
             std::to_string(limits.max_bytes) + " bytes");
  }
  if (auto bad = first_invalid_utf8(text)) {
    fail({path, bad->line, bad->column}, "invalid UTF-8 (byte " + std::to_string(bad->byte) + ")",
         "save the file as UTF-8");
  }
  // yaml-cpp would read it as part of a key (an invisible `unknown key '\ufeffquestionnaire'`).
  if (const std::size_t bom = text.find("\xEF\xBB\xBF", 1); bom != std::string::npos) {
    fail(position_in(path, text, bom),
         "a byte order mark in the middle of the file: were two files joined with `cat`?",
         "keep one questionnaire or answers document per file, or separate them with `---`");
  }
}

bool starts_scalar(const std::string& text, std::size_t i, std::size_t line_start) {
  if (i == line_start) return true;
  const char before = text[i - 1];
  return before == ' ' || before == '\t' || before == '[' || before == '{' || before == ',' ||
         before == ':';
}

// Counts the nodes of `text` from its characters, before yaml-cpp builds a tree of them:
// yaml-cpp spends about 200 bytes a node, so a 12 MB flow list of 6 million items took more
// memory than there was before its tree could be checked. The count is a lower bound (each
// item of a flow collection, each collection, each `- ` entry of a block list), so a file
// within the limit is never refused by it.
void prescan(const std::string& path, const std::string& text, const Limits& limits) {
  std::size_t nodes = 0, depth = 0;
  std::size_t line_start = 0;
  bool at_line_start = true;
  char quote = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      line_start = i + 1;
      at_line_start = true;
      continue;
    }
    if (quote) {
      if (quote == '"' && c == '\\') {
        ++i;
      } else if (c == quote) {
        quote = 0;
      }
      continue;
    }
    bool counted = false;
    if (at_line_start && c != ' ' && c != '\t') {
      at_line_start = false;
      if (depth == 0 && c == '-' &&
          (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n' ||
           text[i + 1] == '\r')) {
        counted = true;
      }
    }
    if ((c == '"' || c == '\'') && starts_scalar(text, i, line_start)) {
      quote = c;
    } else if (c == '#' && (i == line_start || text[i - 1] == ' ' || text[i - 1] == '\t')) {
      const std::size_t end = text.find('\n', i);
      if (end == std::string::npos) break;
      i = end - 1;
    } else if (c == '[' || c == '{') {
      ++depth;
      counted = true;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    } else if (c == ',' && depth > 0) {
      counted = true;
    }
    if (counted && ++nodes > limits.max_nodes) {
      fail(position_in(path, text, i),
           "document has more than " + std::to_string(limits.max_nodes) + " nodes (the limit)");
    }
  }
}

struct TreeChecker {
  const std::string& path;
  const Limits& limits;
  std::size_t nodes = 0;

  void visit(const YAML::Node& node, std::size_t depth) {
    if (++nodes > limits.max_nodes) {
      fail(position_of(path, node),
           "document expands to more than " + std::to_string(limits.max_nodes) +
               " nodes (the limit); aliases may be repeating a large part of it");
    }
    if (depth > limits.max_depth) {
      fail(position_of(path, node),
           "nesting deeper than " + std::to_string(limits.max_depth) + " levels (the limit)");
    }
    if (node.IsSequence()) {
      for (const auto& child : node) visit(child, depth + 1);
    } else if (node.IsMap()) {
      std::set<std::string> seen;
      for (const auto& pair : node) {
        if (!pair.first.IsScalar()) {
          fail(position_of(path, pair.first),
               "a key must be plain text, not " + kind_name(pair.first));
        }
        const std::string& key = pair.first.Scalar();
        if (!seen.insert(key).second) {
          fail(position_of(path, pair.first), "duplicate key '" + key + "'");
        }
        visit(pair.second, depth + 1);
      }
    }
  }
};

// Line `line` (0-based) of `text`.
std::string_view line_of(std::string_view text, int line) {
  for (int n = 0; n < line; ++n) {
    const std::size_t end = text.find('\n');
    if (end == std::string_view::npos) return {};
    text.remove_prefix(end + 1);
  }
  return text.substr(0, text.find('\n'));
}

// Where `text` opens its (limit+1)-th nested flow list or mapping ('[' or '{' outside
// quotes and comments), or an unknown position. yaml-cpp's mark for its recursion limit
// lies wherever its scanner had got to, often the end of the line.
Position deep_flow_position(const std::string& path, const std::string& text, std::size_t limit) {
  std::size_t depth = 0;
  int line = 1;
  std::size_t line_start = 0;
  char quote = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      ++line;
      line_start = i + 1;
    } else if (quote) {
      if (quote == '"' && c == '\\') {
        ++i;
      } else if (c == quote) {
        quote = 0;
      }
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '#' && (i == line_start || text[i - 1] == ' ' || text[i - 1] == '\t')) {
      const std::size_t end = text.find('\n', i);
      if (end == std::string::npos) break;
      i = end - 1;
    } else if (c == '[' || c == '{') {
      if (++depth > limit) return {path, line, static_cast<int>(i - line_start) + 1};
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return {path, 0, 0};
}

[[noreturn]] void fail_parse(const std::string& path, const std::string& text,
                             const YAML::Exception& e, const Limits& limits) {
  // yaml-cpp stops at its own, larger recursion limit before check_tree could see the depth.
  if (dynamic_cast<const YAML::DeepRecursion*>(&e)) {
    Position where = deep_flow_position(path, text, limits.max_depth);
    if (where.line == 0) where = {path, e.mark.line + 1, e.mark.column + 1};
    fail(where, "nesting deeper than " + std::to_string(limits.max_depth) + " levels (the limit)");
  }
  // yaml-cpp's words for a tab in the indentation ("illegal map value") do not say "tab".
  const std::string_view line = line_of(text, e.mark.line);
  const std::size_t indent = line.find_first_not_of(" \t");
  const std::size_t tab = line.substr(0, indent).find('\t');
  if (tab != std::string_view::npos) {
    fail({path, e.mark.line + 1, static_cast<int>(tab) + 1},
         "invalid YAML: a tab in the indentation; YAML indents with spaces only",
         "replace the tabs at the start of the line with spaces");
  }
  fail({path, e.mark.line + 1, e.mark.column + 1}, "invalid YAML: " + e.msg);
}

}  // namespace

void check_tree(const std::string& path, const YAML::Node& root, const Limits& limits) {
  TreeChecker{path, limits}.visit(root, 0);
}

YAML::Node parse(const std::string& path, const std::string& text, const Limits& limits) {
  check_text(path, text, limits);
  prescan(path, text, limits);
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    fail_parse(path, text, e, limits);
  }
  if (!root.IsDefined() || root.IsNull()) fail({path, 1, 1}, "file is empty");
  check_tree(path, root, limits);
  return root;
}

std::vector<YAML::Node> parse_all(const std::string& path, const std::string& text,
                                  const Limits& limits) {
  check_text(path, text, limits);
  prescan(path, text, limits);
  std::vector<YAML::Node> docs;
  try {
    docs = YAML::LoadAll(text);
  } catch (const YAML::Exception& e) {
    fail_parse(path, text, e, limits);
  }
  for (const auto& doc : docs) check_tree(path, doc, limits);
  return docs;
}

std::string as_string(const std::string& path, const YAML::Node& node, const std::string& what) {
  if (!node.IsScalar()) {
    fail(position_of(path, node), what + " must be text, not " + kind_name(node));
  }
  return node.Scalar();
}

double as_number(const std::string& path, const YAML::Node& node, const std::string& what) {
  const std::string text = as_string(path, node, what);
  double value = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || !std::isfinite(value)) {
    fail(position_of(path, node), what + " must be a number, not '" + text + "'");
  }
  return value;
}

long long as_integer(const std::string& path, const YAML::Node& node, const std::string& what,
                     long long min, long long max) {
  const std::string text = as_string(path, node, what);
  long long value = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec == std::errc::result_out_of_range ||
      (ec == std::errc() && ptr == end && (value < min || value > max))) {
    fail(position_of(path, node), what + " must be from " + std::to_string(min) + " to " +
                                      std::to_string(max) + ", not " + text);
  }
  if (ec != std::errc() || ptr != end) {
    fail(position_of(path, node), what + " must be a whole number, not '" + text + "'");
  }
  return value;
}

bool as_bool(const std::string& path, const YAML::Node& node, const std::string& what) {
  const std::string text = as_string(path, node, what);
  if (text == "true") return true;
  if (text == "false") return false;
  fail(position_of(path, node), what + " must be true or false, not '" + text + "'");
}

std::vector<std::string> as_strings(const std::string& path, const YAML::Node& node,
                                    const std::string& what) {
  if (!node.IsSequence()) {
    fail(position_of(path, node), what + " must be a list, not " + kind_name(node));
  }
  std::vector<std::string> out;
  for (const auto& item : node) out.push_back(as_string(path, item, "each item of " + what));
  return out;
}

MapReader::MapReader(std::string path, const YAML::Node& node, std::string what)
    : path_(std::move(path)), node_(node), what_(std::move(what)) {
  if (!node_.IsMap()) {
    fail(position(), what_ + " must be a mapping of keys to values, not " + kind_name(node_));
  }
}

MapReader::MapReader(std::string path, const YAML::Node& node, std::string what,
                     const std::vector<std::string>& allowed_keys)
    : MapReader(std::move(path), node, std::move(what)) {
  only(allowed_keys, what_);
}

bool MapReader::has(const std::string& key) const {
  for (const auto& pair : node_) {
    if (pair.first.Scalar() == key) return true;
  }
  return false;
}

YAML::Node MapReader::required(const std::string& key) {
  for (const auto& pair : node_) {
    if (pair.first.Scalar() == key) return pair.second;
  }
  fail(position(), what_ + " is missing '" + key + "'");
}

YAML::Node MapReader::optional(const std::string& key) {
  for (const auto& pair : node_) {
    if (pair.first.Scalar() == key) return pair.second;
  }
  return YAML::Node(YAML::NodeType::Null);
}

YAML::Node MapReader::list(const std::string& key) {
  YAML::Node node = required(key);
  if (!node.IsSequence()) {
    fail(position_of(path_, node), "'" + key + "' must be a list, not " + kind_name(node));
  }
  return node;
}

std::string MapReader::string(const std::string& key) {
  return as_string(path_, required(key), "'" + key + "'");
}

std::string MapReader::string_or(const std::string& key, const std::string& fallback) {
  return has(key) ? string(key) : fallback;
}

std::vector<std::string> MapReader::strings_or_empty(const std::string& key) {
  if (!has(key)) return {};
  return as_strings(path_, required(key), "'" + key + "'");
}

std::vector<std::string> MapReader::strings_or_empty(const std::string& key,
                                                     std::map<std::string, Position>& where) {
  std::vector<std::string> items = strings_or_empty(key);
  if (!items.empty()) {
    YAML::Node list = required(key);
    for (std::size_t i = 0; i < items.size(); ++i)
      where.emplace(items[i], position_of(path_, list[i]));
  }
  return items;
}

double MapReader::number(const std::string& key) {
  return as_number(path_, required(key), "'" + key + "'");
}

long long MapReader::integer(const std::string& key, long long min, long long max) {
  return as_integer(path_, required(key), "'" + key + "'", min, max);
}

bool MapReader::boolean_or(const std::string& key, bool fallback) {
  return has(key) ? as_bool(path_, required(key), "'" + key + "'") : fallback;
}

void MapReader::only(const std::vector<std::string>& allowed_keys,
                     const std::string& context) const {
  for (const auto& pair : node_) {
    const std::string& key = pair.first.Scalar();
    bool known = false;
    for (const auto& allowed : allowed_keys) known = known || allowed == key;
    if (!known) {
      std::string message = "unknown key '" + key;
      message += "' in " + context;
      fail(position_of(path_, pair.first), message, did_you_mean(key, allowed_keys));
    }
  }
}

}  // namespace medcareer::yaml
