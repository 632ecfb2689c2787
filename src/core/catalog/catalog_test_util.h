// Loads the tiny catalog of test_fixture.h with one file replaced or added, and says how
// it went in one string, so a test compares the exact message and position in one CHECK.
#pragma once

#include <string>
#include <vector>

#include "medcareer/catalog.h"
#include "testing/test_fixture.h"

namespace medcareer::testing {

// The tiny catalog's files with `name` replaced by `text` (or added, if it is new).
inline std::vector<SourceFile> tiny_files_with(const std::string& name, const std::string& text) {
  auto files = tiny_data_files();
  bool replaced = false;
  for (auto& f : files) {
    if (f.name == name) f.text = text, replaced = true;
  }
  if (!replaced) files.push_back({"t/" + name, name, text});
  return files;
}

// "loaded", or `PATH:LINE:COL: message` of the error.
inline std::string load_error(const std::vector<SourceFile>& files) {
  auto catalog = load_catalog(files);
  return catalog.ok() ? "loaded" : catalog.error().to_string();
}

inline std::string load_error(const std::string& name, const std::string& text) {
  return load_error(tiny_files_with(name, text));
}

// The hint of the error, or "loaded".
inline std::string load_hint(const std::string& name, const std::string& text) {
  auto catalog = load_catalog(tiny_files_with(name, text));
  return catalog.ok() ? "loaded" : catalog.error().hint;
}

// `text` without the line that starts with `key:` (the key and its value on one line).
inline std::string without(const std::string& text, const std::string& key) {
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    end = end == std::string::npos ? text.size() : end + 1;
    const std::string line = text.substr(start, end - start);
    if (line.rfind(key + ":", 0) != 0) out += line;
    start = end;
  }
  return out;
}

// A complete entry role r3, whose scoring profile the tests add where they need it.
inline const std::string kEntryRole =
    "id: r3\ntitle: Role Three\nentry: true\nsummary: s\n" + kEntryFacts +
    "certifications: {optional: [C1]}\n"
    "pay: [{value: 1, unit: usd_per_year, what: w, source: s1}]\nleads_to: [r1]\n";

}  // namespace medcareer::testing
