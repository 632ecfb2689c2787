// Colour and emphasis. Colour is used only on a terminal, never with NO_COLOR or
// `--color never`; every styled string reads the same with the colour taken away.
#pragma once

#include <string>
#include <string_view>

#include "ui/text_width.h"  // visible_width, which every user of a Style needs

namespace medcareer::ui {

enum class ColorMode { automatic, always, never };

// Whether output to `fd` should be coloured under `mode`, looking at NO_COLOR, TERM=dumb
// and whether `fd` is a terminal.
bool use_color(ColorMode mode, int fd);

// Whether ACCESSIBLE is set in the environment (to anything but "", "0" or "false"): the
// person uses a screen reader, or wants plain output.
bool accessible_from_environment();

// How text is drawn: coloured or not, and plain or not. Plain (`--plain`, ACCESSIBLE=1) is
// for screen readers: a number is said in words ("57.3% match") with no bar beside it,
// and tables have no ruled line under their headers, which would be read out as noise.
class Style {
 public:
  explicit Style(bool color = false, bool plain = false) : color_(color), plain_(plain) {}
  bool color() const { return color_; }
  bool plain() const { return plain_; }

  std::string bold(std::string_view text) const { return wrap(text, "1"); }
  std::string dim(std::string_view text) const { return wrap(text, "2"); }
  std::string heading(std::string_view text) const { return wrap(text, "1;36"); }
  std::string good(std::string_view text) const { return wrap(text, "32"); }
  std::string warn(std::string_view text) const { return wrap(text, "33"); }
  std::string bad(std::string_view text) const { return wrap(text, "31"); }

 private:
  std::string wrap(std::string_view text, std::string_view code) const;
  bool color_;
  bool plain_;
};

// Width of the terminal on `fd`, else $COLUMNS, else 80; never below 20.
int terminal_width(int fd);

}  // namespace medcareer::ui
