#include "commands/score_output.h"

#include <sys/stat.h>
#include <unistd.h>

#include "commands/context.h"

namespace medcareer::commands {

namespace {

struct FileId {
  dev_t device = 0;
  ino_t inode = 0;
  bool regular = false;
};

std::optional<FileId> file_id(const struct stat& st) {
  return FileId{st.st_dev, st.st_ino, S_ISREG(st.st_mode)};
}

// What `path` names, following links; `-` is standard input.
std::optional<FileId> input_id(const std::string& path) {
  struct stat st {};
  const int result = path == "-" ? fstat(STDIN_FILENO, &st) : stat(path.c_str(), &st);
  if (result != 0) return std::nullopt;
  return file_id(st);
}

bool same(const std::optional<FileId>& a, const std::optional<FileId>& b) {
  return a && b && a->device == b->device && a->inode == b->inode;
}

}  // namespace

Error left_as_it_was(Error error, const std::string& output) {
  error.hint = output + " was not changed (no partial file is left)";
  return error;
}

std::unique_ptr<AtomicFile> open_score_output(const std::string& output, bool given,
                                              const std::vector<InputItem>& inputs) {
  if (!given || output == "-") return nullptr;
  if (output.empty()) {
    throw Failure{Error{{}, "--output needs a file name", "use --output - for standard output"},
                  exit_code::usage};
  }
  struct stat st {};
  std::optional<FileId> target;
  if (stat(output.c_str(), &st) == 0) target = file_id(st);
  struct stat out {};
  if (target && fstat(STDOUT_FILENO, &out) == 0 && same(target, file_id(out))) {
    return nullptr;  // /dev/stdout, /proc/self/fd/1, or the file standard output goes to
  }
  if (target && target->regular) {
    for (const auto& input : inputs) {
      if (!same(target, input_id(input.path))) continue;
      const std::string name = input.path == "-" ? "standard input" : input.path;
      throw Failure{Error{{output, 0, 0},
                          "is also an input (" + name + "): writing it would destroy what is read",
                          "write the results to another file"},
                    exit_code::usage};
    }
  }
  auto file = std::make_unique<AtomicFile>(output);
  if (auto opened = file->open(); !opened) {
    throw Failure{left_as_it_was(opened.error(), output), exit_code::cannot_write};
  }
  return file;
}

}  // namespace medcareer::commands
