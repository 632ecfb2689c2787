// The columns of a CSV survey export as answers_csv.cc reads them: each column's names
// (option ids, labels, anchors, as written and normalised) and the matching of a cell
// against them, shared by the two ways a row is read (parse() into an AnswerSet,
// read_indexed() into indices).
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "medcareer/questionnaire.h"

namespace medcareer::csv_columns {

std::string_view trim(std::string_view text);

// How headers and cells are compared with prompts, labels and ids: case and runs of
// whitespace ignored, since spreadsheets and form tools change both freely.
void normalise(std::string_view text, std::string& out);
std::string normalised(std::string_view text);

// Looks up text by string_view without building a string for every cell.
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const {
    return std::hash<std::string_view>{}(text);
  }
};
// What a name in a column stands for: the index of an option of its question, or of a
// scale's anchor (the scale point less one).
struct Named {
  std::uint16_t index = 0;
  bool anchor = false;
};
using Names = std::unordered_map<std::string, Named, TextHash, std::equal_to<>>;

void split(std::string_view text, char separator, std::vector<std::string_view>& pieces);

// Up to this many names a column is searched from first to last, which costs a length
// compare per name, rather than hashed, which costs a pass over the cell: labels are long.
constexpr std::size_t kListedNames = 32;

struct Column {
  const Question* question = nullptr;  // null: a column no question owns (timestamp, ...)
  std::size_t index = 0;               // of the question in the questionnaire
  Names exact;  // option ids, labels and anchors as written -> the answer they give
  // The same names in the order they were added, while there are few; the first of equal
  // names wins, as in `exact`.
  std::vector<std::pair<std::string, Named>> listed;
  Names normalised;  // the same, normalised, for text that a person or a tool has retyped
  // The most pieces one name can be cut into by ',' or ';': no run of more pieces of a
  // cell can name an option, so choose() never tries one (a cell of a thousand ';' would
  // otherwise cost a billion lookups).
  std::size_t most_pieces = 1;

  void add(std::string_view name, Named answer);
};

const Named* find(const Names& names, std::string_view text);
// The answer `text` names in `column`, or nullptr. Exports mostly repeat labels exactly,
// so the exact names are tried before the text is normalised.
const Named* find_exact(const Column& column, std::string_view text);
const Named* lookup(const Column& column, std::string_view text, std::string& scratch);
// The answer a name gives, as an AnswerSet holds it: the option's id, or the scale point.
std::string answer_of(const Column& column, const Named& named);

// Calls found(named) for each option that `pieces` name, in order, the longest run of pieces
// that names one winning, and unknown(text) with the written text of a piece that names
// none. Returns whether every piece named an option.
template <class Find, class Found, class Unknown>
bool choose(const std::vector<std::string_view>& pieces,
            const std::vector<std::string_view>& written, Find&& find_name, std::size_t most_pieces,
            Found&& found_one, Unknown&& unknown) {
  bool all = true;
  for (std::size_t i = 0; i < pieces.size();) {
    std::size_t next = i + 1;
    const Named* found = nullptr;
    for (std::size_t j = std::min(pieces.size(), i + most_pieces); j > i && !found; --j) {
      const char* from = pieces[i].data();
      const char* to = pieces[j - 1].data() + pieces[j - 1].size();
      found = find_name(trim({from, static_cast<std::size_t>(to - from)}));
      if (found) next = j;
    }
    if (found) {
      found_one(*found);
    } else if (!trim(pieces[i]).empty()) {  // "a;b;" leaves an empty last piece
      unknown(trim(written[i]));
      all = false;
    }
    i = next;
  }
  return all;
}

// The cell's choices, in order, found by the names of `column`: found(named) for each, and
// unknown(text) for each piece that names no option.
// Form tools join choices with ';' or ', ', but a label may hold a comma itself
// ("Front desk, reception or office"), so pieces are matched in runs, longest first.
// Labels as written are tried first; normalising is the slower fallback, taken when some
// piece names nothing as written (`restart` is called before it, to forget what was found).
template <class Found, class Unknown, class Restart>
void choices(const Column& column, std::string_view cell, Found&& found, Unknown&& unknown,
             Restart&& restart) {
  // Reused from cell to cell, one set per thread, so that matching a cell does not allocate.
  thread_local std::string normalised_cell;
  thread_local std::vector<std::string_view> pieces, written;
  const char separator = cell.find(';') != std::string_view::npos ? ';' : ',';
  split(cell, separator, written);
  auto exact = [&](std::string_view text) { return find_exact(column, text); };
  auto normalised = [&](std::string_view text) { return find(column.normalised, text); };
  if (choose(written, written, exact, column.most_pieces, found, [](std::string_view) {})) return;
  restart();
  normalise(cell, normalised_cell);
  split(normalised_cell, separator, pieces);  // normalising keeps every separator: pieces line up
  choose(pieces, written, normalised, column.most_pieces, found, unknown);
}

}  // namespace medcareer::csv_columns
