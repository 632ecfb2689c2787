#include "readers/csv_columns.h"

#include <algorithm>

namespace medcareer::csv_columns {

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

}  // namespace

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

void normalise(std::string_view text, std::string& out) {
  out.resize(text.size());  // never longer than the text; written through a pointer for speed
  char* to = out.data();
  bool space = false;
  for (char c : text) {
    if (is_space(c)) {
      space = to != out.data();
      continue;
    }
    if (space) *to++ = ' ';
    space = false;
    *to++ = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  out.resize(static_cast<std::size_t>(to - out.data()));
}

std::string normalised(std::string_view text) {
  std::string out;
  normalise(text, out);
  return out;
}

void split(std::string_view text, char separator, std::vector<std::string_view>& pieces) {
  pieces.clear();
  for (std::size_t start = 0;;) {
    const std::size_t end = text.find(separator, start);
    pieces.push_back(text.substr(start, end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
}

void Column::add(std::string_view name, Named answer) {
  exact.emplace(name, answer);
  listed.emplace_back(name, answer);
  normalised.emplace(csv_columns::normalised(name), answer);
  for (char separator : {',', ';'}) {
    const auto cuts = static_cast<std::size_t>(std::count(name.begin(), name.end(), separator));
    most_pieces = std::max(most_pieces, cuts + 1);
  }
}

const Named* find(const Names& names, std::string_view text) {
  auto it = names.find(text);
  return it == names.end() ? nullptr : &it->second;
}

const Named* find_exact(const Column& column, std::string_view text) {
  if (column.listed.size() > kListedNames) return find(column.exact, text);
  for (const auto& [name, answer] : column.listed) {
    if (name.size() == text.size() && name == text) return &answer;
  }
  return nullptr;
}

const Named* lookup(const Column& column, std::string_view text, std::string& scratch) {
  if (const Named* found = find_exact(column, text)) return found;
  normalise(text, scratch);
  return find(column.normalised, scratch);
}

std::string answer_of(const Column& column, const Named& named) {
  if (named.anchor) return std::to_string(named.index + 1);
  return column.question->options[named.index].id;
}

}  // namespace medcareer::csv_columns
