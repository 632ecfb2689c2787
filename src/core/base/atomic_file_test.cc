#include "medcareer/atomic_file.h"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
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

TEST_CASE("a symbolic link is written through: its target is replaced and the link stays") {
  fs::path dir = fresh_dir();
  REQUIRE(write_file_atomically((dir / "real.txt").string(), "old\n").ok());
  fs::create_symlink("real.txt", dir / "link.txt");
  fs::create_symlink("sub/new.txt", dir / "dangling.txt");
  fs::create_directory(dir / "sub");
  REQUIRE(write_file_atomically((dir / "link.txt").string(), "new\n").ok());
  REQUIRE(write_file_atomically((dir / "dangling.txt").string(), "made\n").ok());
  CHECK(fs::is_symlink(dir / "link.txt"));
  CHECK(slurp(dir / "real.txt") == "new\n");
  CHECK(fs::is_symlink(dir / "dangling.txt"));
  CHECK(slurp(dir / "sub/new.txt") == "made\n");
  fs::remove_all(dir);
}

TEST_CASE("a replaced file keeps its mode") {
  fs::path dir = fresh_dir();
  fs::path target = dir / "private.txt";
  REQUIRE(write_file_atomically(target.string(), "old\n").ok());
  fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write);
  REQUIRE(write_file_atomically(target.string(), "new\n").ok());
  CHECK(fs::status(target).permissions() == (fs::perms::owner_read | fs::perms::owner_write));
  CHECK(slurp(target) == "new\n");
  fs::remove_all(dir);
}

TEST_CASE("a FIFO is written straight to, and stays a FIFO") {
  fs::path dir = fresh_dir();
  fs::path fifo = dir / "pipe";
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  // Opened for reading without waiting, so that the writer's open() finds a reader.
  const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  REQUIRE(reader >= 0);
  REQUIRE(write_file_atomically(fifo.string(), "through\n").ok());
  char buffer[16] = {};
  CHECK(read(reader, buffer, sizeof buffer) == 8);
  CHECK(std::string(buffer) == "through\n");
  close(reader);
  CHECK(fs::is_fifo(fifo));
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
  fs::remove_all(dir);
}

TEST_CASE("a directory is refused before anything is written") {
  fs::path dir = fresh_dir();
  AtomicFile file(dir.string());
  auto opened = file.open();
  REQUIRE_FALSE(opened.ok());
  CHECK(opened.error().message == "is a directory, not a file");
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 0);
  CHECK_FALSE(check_writable(dir.string()).ok());
  fs::remove_all(dir);
}

TEST_CASE("check_writable tries the folder and leaves nothing in it") {
  fs::path dir = fresh_dir();
  CHECK(check_writable((dir / "new.txt").string()).ok());
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 0);
  auto missing = check_writable((dir / "no-such-dir/new.txt").string());
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().message.find("No such file or directory") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("remove_temporary_files() removes the temporary file of an open AtomicFile") {
  fs::path dir = fresh_dir();
  fs::path target = dir / "out.txt";
  REQUIRE(write_file_atomically(target.string(), "old\n").ok());
  AtomicFile file(target.string());
  REQUIRE(file.open().ok());
  REQUIRE(file.write("half").ok());
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 2);
  remove_temporary_files();  // what a signal handler does before the process ends
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
  CHECK(slurp(target) == "old\n");
  fs::remove_all(dir);
}
