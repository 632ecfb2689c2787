#include "medcareer/atomic_file.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace medcareer;
namespace fs = std::filesystem;

namespace {
std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}
fs::path fresh_dir() {
  fs::path dir = fs::temp_directory_path() / ("medcareer-atomic-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}
}  // namespace

TEST_CASE("an atomic write replaces the file whole and leaves no temporary file") {
  fs::path dir = fresh_dir();
  fs::path target = dir / "out.txt";
  REQUIRE(write_file_atomically(target.string(), "old\n").ok());
  REQUIRE(write_file_atomically(target.string(), "new\n").ok());
  CHECK(slurp(target) == "new\n");
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
  fs::remove_all(dir);
}

TEST_CASE("an abandoned atomic file leaves the old content in place") {
  fs::path dir = fresh_dir();
  fs::path target = dir / "out.txt";
  REQUIRE(write_file_atomically(target.string(), "old\n").ok());
  {
    AtomicFile file(target.string());
    REQUIRE(file.open().ok());
    REQUIRE(file.write("half of a ne").ok());
  }  // destroyed without commit
  CHECK(slurp(target) == "old\n");
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
  fs::remove_all(dir);
}

TEST_CASE("a directory that cannot be written is a clear error") {
  auto r = write_file_atomically("/nonexistent-dir/out.txt", "x");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().to_string().rfind("/nonexistent-dir/out.txt: cannot create a temporary file",
                                    0) == 0);
}
