// What `medcareer --version` (`-V`) prints: the program's version, then the questionnaire
// and the data it would use now, since a result depends on all three. The data has no
// version number of its own, so it is named by a fingerprint of its files: two runs with the
// same fingerprint read the same roles, certifications and figures.
#include <fmt/core.h>

#include <cstdint>

#include "commands/commands.h"
#include "medcareer/compiled_defaults.h"
#include "medcareer/data_location.h"

namespace medcareer::commands {

namespace {

// FNV-1a (64 bits) over each file's name and text, in the order they are read (sorted).
std::uint64_t fingerprint(const std::vector<SourceFile>& files) {
  std::uint64_t hash = 14695981039346656037ULL;
  auto add = [&hash](std::string_view bytes) {
    for (char c : bytes) {
      hash ^= static_cast<unsigned char>(c);
      hash *= 1099511628211ULL;
    }
    hash ^= 0xff;  // ends each piece, so "ab"+"c" differs from "a"+"bc"
    hash *= 1099511628211ULL;
  };
  for (const auto& f : files) {
    add(f.name);
    add(f.text);
  }
  return hash;
}

// "built in", or the folder the files were read from.
std::string origin(const SourceFile& file) {
  if (file.path.rfind("builtin:", 0) == 0) return "built in";
  const std::string& p = file.path;
  if (p.size() > file.name.size() &&
      p.compare(p.size() - file.name.size(), std::string::npos, file.name) == 0) {
    std::string dir = p.substr(0, p.size() - file.name.size());
    if (dir.size() > 1 && dir.back() == '/') dir.pop_back();
    return dir;
  }
  return p;
}

}  // namespace

std::string version_text(const GlobalOptions& options) {
  std::string out = fmt::format("medcareer {}\n", MEDCAREER_VERSION);
  auto file = locate_questionnaire(options.questions);
  auto questionnaire =
      file ? load_questionnaire_or_compiled(file.value()) : Result<Questionnaire>(file.error());
  if (questionnaire) {
    out +=
        fmt::format("questionnaire: {} version {} ({})\n", questionnaire.value().id,
                    questionnaire.value().version,
                    file.value().path.rfind("builtin:", 0) == 0 ? "built in" : file.value().path);
  } else {
    out += "questionnaire: cannot be read (run 'medcareer validate' to see why)\n";
  }
  auto files = locate_data_files(options.data_dir);
  auto catalog = files ? load_catalog_or_compiled(files.value()) : Result<Catalog>(files.error());
  if (catalog) {
    const Catalog& c = catalog.value();
    out += fmt::format("data: {} roles, {} certifications, {} sources; fingerprint {:016x} ({})\n",
                       c.roles.size(), c.certifications.size(), c.sources.size(),
                       fingerprint(files.value()),
                       files.value().empty() ? "no files" : origin(files.value().front()));
  } else {
    out += "data: cannot be read (run 'medcareer validate' to see why)\n";
  }
  out.pop_back();  // CLI11 adds the last line end
  return out;
}

}  // namespace medcareer::commands
