#include "ui/screen_fit.h"

#include <fmt/format.h>

#include <algorithm>

namespace medcareer::ui {

namespace {

constexpr std::string_view reset = "\x1b[0m";

// The length of the UTF-8 sequence a lead byte starts (1 for anything malformed, so a
// broken byte still moves on).
std::size_t sequence_length(unsigned char lead) {
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  if ((lead & 0xF0) == 0xE0) return 3;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  return 1;
}

bool is_blank(const std::string& row) {
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (row[i] == '\x1b') {
      while (i < row.size() && !(row[i] >= 0x40 && row[i] <= 0x7E && row[i] != '[')) ++i;
    } else if (row[i] != ' ') {
      return false;
    }
  }
  return true;
}

// Takes blank rows out of `rows`, from the end, until `extra` rows are saved.
void drop_blank(std::vector<std::string>& rows, std::size_t& extra) {
  for (std::size_t i = rows.size(); extra > 0 && i-- > 0;) {
    if (is_blank(rows[i])) {
      rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(i));
      --extra;
    }
  }
}

// Takes rows off the end of `rows` until `extra` rows are saved or `keep` are left.
void drop_last(std::vector<std::string>& rows, std::size_t& extra, std::size_t keep) {
  while (extra > 0 && rows.size() > keep) {
    rows.pop_back();
    --extra;
  }
}

}  // namespace

std::vector<std::string> screen_rows(std::string_view text, std::size_t width) {
  width = std::max<std::size_t>(width, 1);
  std::vector<std::string> rows;
  std::string active;  // the colour codes in force
  std::string row;
  std::size_t column = 0;
  auto end_row = [&] {
    if (!active.empty()) row += reset;
    rows.push_back(std::move(row));
    row = active;
    column = 0;
  };
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '\n') {
      end_row();
      ++i;
    } else if (c == '\x1b' && i + 1 < text.size() && text[i + 1] == '[') {
      std::size_t j = i + 2;
      while (j < text.size() && !(text[j] >= 0x40 && text[j] <= 0x7E)) ++j;
      const std::string_view sequence = text.substr(i, j + 1 - i);
      if (j < text.size() && text[j] == 'm') {
        if (sequence == "\x1b[m" || sequence == reset) {
          active.clear();
        } else {
          active += sequence;
        }
      }
      row += sequence;
      i = j + 1;
    } else {
      if (column == width) end_row();
      const std::size_t n =
          std::min(sequence_length(static_cast<unsigned char>(c)), text.size() - i);
      row.append(text.substr(i, n));
      ++column;
      i += n;
    }
  }
  // A last line without its '\n' is still a row; colour codes alone after the last '\n'
  // (the end of a styled block) are not.
  if (column > 0) end_row();
  return rows;
}

FittedScreen fit_screen(const ScreenParts& parts, std::size_t width, std::size_t height,
                        std::size_t scroll, const Style& style) {
  height = std::max<std::size_t>(height, 1);
  std::vector<std::string> top = screen_rows(parts.top, width);
  std::vector<std::string> body = screen_rows(parts.body, width);
  std::vector<std::string> bottom = screen_rows(parts.bottom, width);
  FittedScreen out;
  out.body_rows = body.size();

  const std::size_t focus_first = std::min(parts.focus_first, body.size());
  const std::size_t focus_last = std::clamp(parts.focus_last, focus_first, body.size());
  // The body wants its focus and a row for each "more" note (or all of itself, if less),
  // and needs at least the focus.
  const std::size_t focus_rows =
      std::min(body.size(), std::max<std::size_t>(focus_last - focus_first, 1));
  const std::size_t wanted = std::min(body.size(), focus_rows + 2);
  std::size_t pinned = top.size() + bottom.size();
  if (pinned + wanted > height) {
    std::size_t extra = pinned + wanted - height;
    drop_blank(bottom, extra);
    drop_blank(top, extra);
    drop_last(bottom, extra, 1);
    drop_last(top, extra, 1);
    extra -= std::min(extra, wanted - focus_rows);  // no room for the notes
    drop_last(bottom, extra, 0);
    drop_last(top, extra, 0);
    pinned = top.size() + bottom.size();
  }
  const std::size_t room = height > pinned ? height - pinned : 0;

  // Which body rows fit from `first` on, leaving a row for each note that is needed, as
  // long as one row of the body itself remains.
  struct Window {
    std::size_t first, count;
    bool above, below;
  };
  auto window_from = [&](std::size_t first) {
    Window w{first, 0, first > 0, false};
    if (room <= 1) w.above = false;
    w.count = room > 0 ? room - (w.above ? 1 : 0) : 0;
    if (first + w.count < body.size()) {
      w.below = w.count >= 2;
      if (w.below) --w.count;
    }
    w.count = std::min(w.count, body.size() - std::min(first, body.size()));
    return w;
  };
  Window w{0, body.size(), false, false};
  if (body.size() > room) {
    // The furthest down the body can go is where its last row is the last shown.
    std::size_t last_first = 0;
    while (last_first < body.size() && last_first + window_from(last_first).count < body.size())
      ++last_first;
    scroll = std::min(scroll, last_first);
    if (focus_last > focus_first) {
      if (focus_first < scroll) scroll = focus_first;
      while (scroll < focus_first && scroll + window_from(scroll).count < focus_last) ++scroll;
    }
    w = window_from(scroll);
  }
  out.scroll = w.first;
  out.shown = w.count;

  // A note must stay on one row, or the frame would be taller than the terminal: the
  // first of its forms that fits, else the shortest cut to the width.
  auto note = [&](std::size_t n, const char* where, const std::string& hint) {
    const std::string forms[] = {fmt::format("  ({} more lines {}{})", n, where, hint),
                                 fmt::format("({} more {}{})", n, where, hint),
                                 fmt::format("({} more {})", n, where), fmt::format("({})", n)};
    for (const auto& form : forms) {
      if (visible_width(form) <= width) return style.dim(form);
    }
    return style.dim(screen_rows(forms[3], width).front());
  };
  std::vector<std::string> rows = std::move(top);
  if (w.above) rows.push_back(note(w.first, "above", ""));
  for (std::size_t i = w.first; i < w.first + w.count; ++i) rows.push_back(std::move(body[i]));
  if (w.below) rows.push_back(note(body.size() - w.first - w.count, "below", parts.more_hint));
  for (auto& r : bottom) rows.push_back(std::move(r));
  rows.resize(std::min(rows.size(), height));
  for (std::size_t i = 0; i < rows.size(); ++i) out.text += (i ? "\n" : "") + rows[i];
  return out;
}

}  // namespace medcareer::ui
