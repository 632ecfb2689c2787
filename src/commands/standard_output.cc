#include "commands/standard_output.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

namespace medcareer::commands {

namespace {

int first_errno = 0;  // of the first failed write; 0 while all is well
bool closed = false;

void failed(int error_number) {
  if (first_errno == 0) first_errno = error_number != 0 ? error_number : EIO;
}

Error error_for(int error_number) {
  return Error{
      {}, std::string("cannot write to standard output: ") + std::strerror(error_number), ""};
}

}  // namespace

void print(std::string_view text) {
  if (first_errno != 0 || closed || text.empty()) return;
  errno = 0;
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size()) failed(errno);
}

bool standard_output_failed() {
  return first_errno != 0 || (!closed && std::ferror(stdout) != 0);
}

std::optional<Error> flush_standard_output() {
  if (!closed) {
    errno = 0;
    if (std::fflush(stdout) != 0) failed(errno);
    // A write through stdio elsewhere (the quiz's prompts) that failed and was not seen.
    if (std::ferror(stdout) != 0) failed(errno);
  }
  if (first_errno != 0) return error_for(first_errno);
  return std::nullopt;
}

void flush(std::FILE* stream) {
  if (stream == stdout) {
    flush_standard_output();
  } else {
    std::fflush(stream);
  }
}

std::optional<Error> close_standard_output() {
  if (auto error = flush_standard_output()) return error;
  if (closed) return std::nullopt;
  closed = true;
  errno = 0;
  // EBADF: started with standard output closed (`>&-`) and nothing printed; not an error.
  if (std::fclose(stdout) != 0 && errno != EBADF) {
    failed(errno);
    return error_for(first_errno);
  }
  return std::nullopt;
}

}  // namespace medcareer::commands
