#include "medcareer/dir_walk.h"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <system_error>

namespace medcareer {

namespace fs = std::filesystem;

namespace {

struct Walk {
  const fs::path& root;
  const std::function<bool(const std::string&)>& wanted;
  std::vector<FoundFile> found;

  void add(const fs::path& relative, std::string error) {
    found.push_back({(root / relative).string(), relative.generic_string(), std::move(error)});
  }

  // A link's target as it stands: why it cannot be read, or "" for a regular file.
  static std::string problem(const fs::directory_entry& entry) {
    std::error_code ec;
    const fs::file_status status = entry.status(ec);
    if (ec.value() == ELOOP) return "is a loop of symbolic links";
    if (ec.value() == ENOENT) return "is a symbolic link to a file that does not exist";
    if (ec) return "cannot be read: " + ec.message();
    if (fs::is_regular_file(status)) return "";
    return "is not a regular file";
  }

  void visit(const fs::path& relative) {
    std::error_code ec;
    fs::directory_iterator it(root / relative, ec);
    if (ec) {
      add(relative, "cannot list this folder: " + ec.message());
      return;
    }
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      const fs::directory_entry& entry = *it;
      const fs::path name = relative / entry.path().filename();
      std::error_code link_ec;
      const fs::file_status link = entry.symlink_status(link_ec);
      if (fs::is_directory(link)) {
        visit(name);
        continue;
      }
      if (!wanted(name.generic_string())) continue;
      if (fs::is_symlink(link)) {
        std::error_code target_ec;
        if (fs::is_directory(entry.status(target_ec))) continue;  // links to folders: not followed
      }
      add(name, problem(entry));
    }
    if (ec) add(relative, "cannot list this folder: " + ec.message());
  }
};

}  // namespace

Result<std::vector<FoundFile>> list_files(const std::string& dir,
                                          const std::function<bool(const std::string&)>& wanted) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Error{{dir, 0, 0}, "is not a directory", ""};
  const fs::path root(dir);
  fs::directory_iterator probe(root, ec);
  if (ec) return Error{{dir, 0, 0}, "cannot list: " + ec.message(), ""};
  Walk walk{root, wanted, {}};
  walk.visit({});
  std::sort(walk.found.begin(), walk.found.end(),
            [](const FoundFile& a, const FoundFile& b) { return a.name < b.name; });
  return std::move(walk.found);
}

}  // namespace medcareer
