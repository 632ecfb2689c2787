#include "medcareer/dir_walk.h"

#include <doctest/doctest.h>

#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <string>

using namespace medcareer;
namespace fs = std::filesystem;

TEST_CASE("a folder's broken links and loops of links are reported in their place") {
  const fs::path dir = fs::temp_directory_path() / ("medcareer-walk-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  std::ofstream(dir / "b.yaml") << "x";
  std::ofstream(dir / "sub" / "c.yaml") << "x";
  std::ofstream(dir / "notes.txt") << "x";
  fs::create_symlink("missing.yaml", dir / "a.yaml");
  fs::create_symlink("loop2.yaml", dir / "loop1.yaml");
  fs::create_symlink("loop1.yaml", dir / "loop2.yaml");
  fs::create_directory_symlink("sub", dir / "linked");
  auto found = list_files(dir.string(), [](const std::string& n) { return n.ends_with(".yaml"); });
  REQUIRE(found.ok());
  std::string all;
  for (const auto& f : found.value())
    all += f.name + (f.error.empty() ? "" : ": " + f.error) + "\n";
  CHECK(all ==
        "a.yaml: is a symbolic link to a file that does not exist\n"
        "b.yaml\n"
        "loop1.yaml: is a loop of symbolic links\n"
        "loop2.yaml: is a loop of symbolic links\n"
        "sub/c.yaml\n");
  fs::remove_all(dir);
}
