// Strict reading of YAML documents: positions on every error, duplicate keys refused,
// unknown keys refused with a suggestion, limits on size and depth. yaml-cpp itself accepts
// duplicate keys silently and reports 0-based marks; everything here is 1-based.
#pragma once

#include <yaml-cpp/yaml.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "medcareer/error.h"

namespace medcareer::yaml {

// Limits that keep a hostile or broken file from exhausting memory or time.
struct Limits {
  std::size_t max_bytes = 16u << 20;  // 16 MiB per file
  std::size_t max_depth = 64;         // nesting of maps and lists
  std::size_t max_nodes = 1'000'000;  // nodes after aliases are expanded
};

// Parses one YAML document. Refuses invalid UTF-8, syntax errors, duplicate keys and
// documents beyond the limits, each with the position of the problem.
YAML::Node parse(const std::string& path, const std::string& text, const Limits& limits = {});

// Parses every document of a multi-document stream.
std::vector<YAML::Node> parse_all(const std::string& path, const std::string& text,
                                  const Limits& limits = {});

// Checks one parsed node tree against the limits and for duplicate keys.
void check_tree(const std::string& path, const YAML::Node& root, const Limits& limits);

Position position_of(const std::string& path, const YAML::Node& node);

// A short name of the node's kind for messages: "a list", "a mapping", "text", "nothing".
std::string kind_name(const YAML::Node& node);

// Scalar conversions that fail with the node's position.
std::string as_string(const std::string& path, const YAML::Node& node, const std::string& what);
double as_number(const std::string& path, const YAML::Node& node, const std::string& what);
long long as_integer(const std::string& path, const YAML::Node& node, const std::string& what,
                     long long min, long long max);
bool as_bool(const std::string& path, const YAML::Node& node, const std::string& what);
std::vector<std::string> as_strings(const std::string& path, const YAML::Node& node,
                                    const std::string& what);

// Reads the keys of one mapping. Given the allowed keys, it refuses any other key (usually a
// typo) at once, with a "did you mean", before a missing key could be reported instead.
class MapReader {
 public:
  MapReader(std::string path, const YAML::Node& node, std::string what);
  MapReader(std::string path, const YAML::Node& node, std::string what,
            const std::vector<std::string>& allowed_keys);

  bool has(const std::string& key) const;
  YAML::Node required(const std::string& key);
  YAML::Node optional(const std::string& key);  // a null node when the key is absent
  // The value of a required key that must be a list.
  YAML::Node list(const std::string& key);

  std::string string(const std::string& key);
  std::string string_or(const std::string& key, const std::string& fallback);
  std::vector<std::string> strings_or_empty(const std::string& key);
  // The same, also recording where each item was written.
  std::vector<std::string> strings_or_empty(const std::string& key,
                                            std::map<std::string, Position>& where);
  double number(const std::string& key);
  long long integer(const std::string& key, long long min, long long max);
  bool boolean_or(const std::string& key, bool fallback);

  // Fails on the first key that is not in `allowed_keys`, suggesting the closest one.
  void only(const std::vector<std::string>& allowed_keys, const std::string& context) const;

  Position position() const { return position_of(path_, node_); }
  const std::string& path() const { return path_; }
  const YAML::Node& node() const { return node_; }
  const std::string& what() const { return what_; }

 private:
  std::string path_;
  YAML::Node node_;
  std::string what_;
};

}  // namespace medcareer::yaml
