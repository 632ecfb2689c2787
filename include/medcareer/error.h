// Errors as values: every problem found in a user's file carries the place it was found,
// so the top level can print `PATH:LINE:COL: message` once. Library code never prints.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace medcareer {

// A place in a file. Lines and columns are 1-based; 0 means "unknown" (for example an
// error about a whole file, or a file that could not be read at all).
struct Position {
  std::string path;
  int line = 0;
  int column = 0;
  bool operator==(const Position&) const = default;
};

struct Error {
  Position where;
  std::string message;
  std::string hint;  // optional advice, printed on its own line
  // The line at `where` as the reader had it in hand, for the excerpt under the message. The
  // input is never read again to find it: that cost a pass over the file per error (hours
  // for an export with a million bad rows), and a pipe cannot be read twice.
  std::optional<std::string> line_text = std::nullopt;

  // `PATH:LINE:COL: message`, leaving out the parts that are unknown.
  std::string to_string() const;
};

// Where byte `offset` of `text` is (1-based line and byte column).
Position position_in(std::string path, std::string_view text, std::size_t offset);

// Keeps in `error.line_text` the line of `text` at error.where.line, where `text` starts at
// line `first_line` of the input; nothing when the error lies elsewhere or has a line
// already. At most 1 MiB of the line is kept.
void keep_line(Error& error, std::string_view text, int first_line = 1);

// Thrown inside the loaders where unwinding a deep parse is simpler than threading results
// through every helper; every public entry point catches it and returns an Error value.
class ErrorException : public std::runtime_error {
 public:
  explicit ErrorException(Error error)
      : std::runtime_error(error.to_string()), error_(std::move(error)) {}
  const Error& error() const { return error_; }

 private:
  Error error_;
};

[[noreturn]] inline void fail(Position where, std::string message, std::string hint = {}) {
  throw ErrorException(Error{std::move(where), std::move(message), std::move(hint)});
}

// A value or the error that prevented it.
template <class T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : data_(std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(data_); }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  const Error& error() const { return std::get<Error>(data_); }

 private:
  std::variant<T, Error> data_;
};

// Runs `f` and turns an ErrorException into an Error value.
template <class F>
auto catch_errors(F&& f) -> Result<decltype(f())> {
  try {
    return f();
  } catch (const ErrorException& e) {
    return e.error();
  }
}

}  // namespace medcareer
