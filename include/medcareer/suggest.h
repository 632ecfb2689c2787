// "Did you mean" suggestions for unknown names, as ninja gives them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace medcareer {

// Case-insensitive edit distance between two names.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `name`, if it is close enough to be a plausible typo;
// otherwise an empty string. Case and the punctuation '-', '_' and ' ' are ignored; up to
// one edit is allowed in names of one to three letters, two from four letters, three from
// nine. The closest candidate wins; ties go to the candidate listed first.
std::string closest_match(std::string_view name, const std::vector<std::string>& candidates);

// "did you mean 'x'?" or an empty string.
std::string did_you_mean(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace medcareer
