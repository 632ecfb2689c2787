#include "medcareer/input_file.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <istream>
#include <string>

#include "medcareer/source_file.h"

using namespace medcareer;

namespace {

// A pipe holding `text`, read from its other end as a path (/dev/fd/N) would be.
struct Pipe {
  int fds[2] = {-1, -1};
  explicit Pipe(const std::string& text) {
    REQUIRE(::pipe(fds) == 0);
    REQUIRE(::write(fds[1], text.data(), text.size()) == static_cast<ssize_t>(text.size()));
    ::close(fds[1]);
  }
  ~Pipe() { ::close(fds[0]); }
  std::string path() const { return "/dev/fd/" + std::to_string(fds[0]); }
};

}  // namespace

TEST_CASE("a pipe is read whole after its first bytes are looked at, never rewound") {
  Pipe pipe("pace,months\n2,12\n");
  auto opened = InputFile::open(pipe.path(), "p.csv");
  REQUIRE(opened.ok());
  InputFile& input = *opened.value();
  CHECK_FALSE(input.size().has_value());
  CHECK(input.head(4) == "pace");
  CHECK(input.head(100) == "pace,months\n2,12\n");
  std::istream in(&input);
  std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(all == "pace,months\n2,12\n");
}

TEST_CASE("a questionnaire from a pipe is read; an endless one stops at the limit") {
  Pipe pipe("id: x\n");
  auto file = read_source_file(pipe.path(), "q.yaml");
  REQUIRE(file.ok());
  CHECK(file.value().text == "id: x\n");
  auto zero = read_source_file("/dev/zero", "z", 1024);
  REQUIRE_FALSE(zero.ok());
  CHECK(zero.error().to_string() == "/dev/zero:1:1: a NUL byte: this is not a text file");
  auto dir = read_source_file("/", "root");
  REQUIRE_FALSE(dir.ok());
  CHECK(dir.error().message == "is a directory, not a file");
}

TEST_CASE("read_at_most stops one byte past the limit") {
  Pipe pipe(std::string(100, 'x'));
  auto opened = InputFile::open(pipe.path(), "p");
  REQUIRE(opened.ok());
  bool over = false;
  CHECK(read_at_most(*opened.value(), 10, over) == std::string(10, 'x'));
  CHECK(over);
}

TEST_CASE("UTF-16 and UTF-32 are told by their byte order mark or their NUL bytes") {
  auto name = [](std::string_view head) {
    auto problem = encoding_problem("f", head);
    return problem ? problem->message : std::string("none");
  };
  using namespace std::string_literals;
  CHECK(name("\xFF\xFE"s + "a\0"s) == "the file is UTF-16LE text; medcareer reads UTF-8 only");
  CHECK(name("\xFE\xFF\0a"s) == "the file is UTF-16BE text; medcareer reads UTF-8 only");
  CHECK(name("\xFF\xFE\0\0"s) == "the file is UTF-32LE text; medcareer reads UTF-8 only");
  CHECK(name("a\0b\0"s) == "the file is UTF-16LE text; medcareer reads UTF-8 only");
  CHECK(name("\0a\0b"s) == "the file is UTF-16BE text; medcareer reads UTF-8 only");
  CHECK(name("a\0\0\0"s) == "the file is UTF-32LE text; medcareer reads UTF-8 only");
  CHECK(name("\xEF\xBB\xBFpace: 2\n") == "none");
  CHECK(name("pace: 2\nx\0"s) == "a NUL byte: this is not a text file");
  CHECK(encoding_problem("f", "pace: 2\nx\0"s)->where.line == 2);
}
