// What yaml-cpp costs per answers file read as a node tree (YAML::LoadAll, what the general
// path of `score` does) and as events (YAML::Parser with a handler that keeps only what a
// reader needs: each key checked against the others of its mapping, with the position of
// every scalar). bench/run.sh counts the instructions of each on the same files, so that the
// choice between the two rests on figures.
//
//   medcareer-yaml-bench nodes|events FOLDER   parses every file in FOLDER, prints a count
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

// Keeps the keys of the mappings open now, to find a key given twice, as the answers
// readers must; counts the scalars so that the work cannot be left out.
class Checker : public YAML::EventHandler {
 public:
  std::size_t scalars = 0, duplicates = 0;

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { value(mark, "~"); }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { value(mark, "*"); }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                const std::string& text) override {
    value(mark, text);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    open(mark, false);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    open(mark, true);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Level {
    bool mapping = false, at_key = true;
    std::vector<std::string> keys;
  };
  std::vector<Level> levels_;
  std::size_t depth_ = 0;  // levels_ is kept, not shrunk, so that its vectors are reused

  void value(const YAML::Mark& mark, const std::string& text) {
    ++scalars;
    last_line_ = mark.line;
    if (depth_ == 0) return;
    Level& level = levels_[depth_ - 1];
    if (!level.mapping) return;
    if (level.at_key) {
      if (std::find(level.keys.begin(), level.keys.end(), text) != level.keys.end())
        ++duplicates;
      level.keys.push_back(text);
    }
    level.at_key = !level.at_key;
  }
  void open(const YAML::Mark& mark, bool mapping) {
    // A mapping or list in a value's place ends that value.
    if (depth_ > 0 && levels_[depth_ - 1].mapping) levels_[depth_ - 1].at_key = true;
    last_line_ = mark.line;
    if (levels_.size() == depth_) levels_.emplace_back();
    Level& level = levels_[depth_++];
    level.mapping = mapping;
    level.at_key = true;
    level.keys.clear();
  }
  void close() { --depth_; }
  int last_line_ = 0;
};

std::size_t count_nodes(const YAML::Node& node) {
  std::size_t n = 1;
  if (node.IsMap()) {
    for (const auto& kv : node) n += count_nodes(kv.first) + count_nodes(kv.second);
  } else if (node.IsSequence()) {
    for (const auto& item : node) n += count_nodes(item);
  }
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: medcareer-yaml-bench nodes|events FOLDER\n");
    return 2;
  }
  const std::string mode = argv[1];
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(argv[2])) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::size_t total = 0, duplicates = 0;
  try {
    for (const auto& path : files) {
      std::ifstream in(path, std::ios::binary);
      std::stringstream text;
      text << in.rdbuf();
      if (mode == "nodes") {
        for (const auto& doc : YAML::LoadAll(text.str())) total += count_nodes(doc);
      } else if (mode == "events") {
        std::istringstream stream(text.str());
        YAML::Parser parser(stream);
        Checker checker;
        while (parser.HandleNextDocument(checker)) {
        }
        total += checker.scalars;
        duplicates += checker.duplicates;
      } else {
        std::fprintf(stderr, "medcareer-yaml-bench: unknown mode '%s'\n", mode.c_str());
        return 2;
      }
    }
  } catch (const YAML::Exception& e) {
    std::fprintf(stderr, "medcareer-yaml-bench: %s\n", e.what());
    return 1;
  }
  std::printf("%zu files, %zu nodes or scalars, %zu duplicate keys\n", files.size(), total,
              duplicates);
  return 0;
}
