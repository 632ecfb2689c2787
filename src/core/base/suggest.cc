#include "medcareer/suggest.h"

#include <algorithm>
#include <cctype>

namespace medcareer {

namespace {
char lower(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}
}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // One row of the Levenshtein table is enough.
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
      diagonal = above;
    }
  }
  return row[b.size()];
}

namespace {

// What a person may get wrong without meaning another name: case, and the punctuation
// between words ('-', '_', ' '), so `ccsp` is `CCS-P` and `billing coding` is
// `billing-coding`.
std::string folded(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c != '-' && c != '_' && c != ' ') out += lower(c);
  }
  return out;
}

// How many edits still look like a typo: one in a short name, two from four letters on
// (`bilr` for `biller`), and about one in three letters beyond, at most three.
std::size_t allowed_edits(std::size_t length) {
  if (length < 4) return 1;
  return std::clamp<std::size_t>(length / 3, 2, 3);
}

}  // namespace

std::string closest_match(std::string_view name, const std::vector<std::string>& candidates) {
  const std::string typed = folded(name);
  const std::size_t allowed = allowed_edits(typed.size());
  // Distances are doubled so that a prefix guess can rank just behind a true typo.
  std::string best;
  std::size_t best_score = 2 * allowed + 2;
  for (const auto& candidate : candidates) {
    const std::string known = folded(candidate);
    std::size_t score = 2 * edit_distance(typed, known);
    // A name that is a prefix of a candidate (`bill` for `biller`) is a good guess too.
    if (score > 2 * allowed && known.size() > typed.size() && typed.size() >= 3 &&
        known.compare(0, typed.size(), typed) == 0) {
      score = 2 * allowed + 1;
    }
    if (score < best_score) {
      best_score = score;
      best = candidate;
    }
  }
  return best;
}

std::string did_you_mean(std::string_view name, const std::vector<std::string>& candidates) {
  std::string best = closest_match(name, candidates);
  return best.empty() ? std::string() : "did you mean '" + best + "'?";
}

}  // namespace medcareer
