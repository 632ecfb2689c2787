#include "compiled/compiled_data.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "compiled/compiled_blobs.h"
#include "medcareer/compiled_defaults.h"
#include "medcareer/source_file.h"

namespace medcareer {

namespace {

namespace fs = std::filesystem;

Catalog yaml_catalog(const std::vector<SourceFile>& files) {
  auto loaded = load_catalog(files);
  REQUIRE_MESSAGE(loaded.ok(), (loaded.ok() ? "" : loaded.error().to_string()));
  return loaded.value();
}

Questionnaire yaml_questionnaire(const SourceFile& file) {
  auto loaded = load_questionnaire(file);
  REQUIRE_MESSAGE(loaded.ok(), (loaded.ok() ? "" : loaded.error().to_string()));
  return loaded.value();
}

// The embedded data files written into a new folder, as an installed copy has them.
struct DataCopy {
  fs::path dir = fs::temp_directory_path() / ("medcareer-compiled-" + std::to_string(::getpid()));
  DataCopy() {
    fs::remove_all(dir);
    for (const auto& f : embedded_data_files()) {
      fs::create_directories((dir / f.name).parent_path());
      std::ofstream(dir / f.name, std::ios::binary) << f.text;
    }
  }
  ~DataCopy() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  DataCopy(const DataCopy&) = delete;
  DataCopy& operator=(const DataCopy&) = delete;
  std::vector<SourceFile> files() const {
    auto read = read_data_dir(dir.string());
    REQUIRE(read.ok());
    return read.value();
  }
};

}  // namespace

TEST_CASE("the default data reads back from its compiled form field for field") {
  const Catalog catalog = yaml_catalog(embedded_data_files());
  auto back = deserialize_catalog(serialize_catalog(catalog), {});
  REQUIRE(back.ok());
  CHECK(back.value() == catalog);
  REQUIRE(catalog.roles.size() > 3);
  CHECK(back.value().roles[3].id_where == catalog.roles[3].id_where);

  const Questionnaire questionnaire = yaml_questionnaire(embedded_questionnaire());
  auto q = deserialize_questionnaire(serialize_questionnaire(questionnaire), {});
  REQUIRE(q.ok());
  CHECK(q.value() == questionnaire);
}

TEST_CASE("the compiled defaults in the binary are what the YAML loads") {
  auto catalog = compiled_catalog(embedded_data_files());
  REQUIRE(catalog.has_value());
  CHECK(*catalog == yaml_catalog(embedded_data_files()));
  CHECK(catalog->roles.front().where.path.rfind("builtin:data/roles/", 0) == 0);
  auto questionnaire = compiled_questionnaire(embedded_questionnaire());
  REQUIRE(questionnaire.has_value());
  CHECK(*questionnaire == yaml_questionnaire(embedded_questionnaire()));
  CHECK(questionnaire->path == "builtin:questions/career.yaml");
}

TEST_CASE("a data folder with the embedded bytes gives the compiled catalog, with its paths") {
  const DataCopy copy;
  const std::vector<SourceFile> files = copy.files();
  bool compiled = false;
  auto catalog = load_catalog_or_compiled(files, &compiled);
  REQUIRE(catalog.ok());
  CHECK(compiled);
  // The same as parsing that folder, positions and all.
  CHECK(catalog.value() == yaml_catalog(files));
  CHECK(catalog.value().roles.front().where.path.rfind(copy.dir.string(), 0) == 0);
  CHECK(catalog.value().sources.front().where.path == (copy.dir / "sources.yaml").string());
}

TEST_CASE("a data folder whose bytes differ is parsed from its YAML") {
  const DataCopy copy;
  std::vector<SourceFile> files = copy.files();
  SourceFile* coder = nullptr;
  for (auto& f : files) {
    if (f.name == "roles/coder.yaml") coder = &f;
  }
  REQUIRE(coder != nullptr);
  const std::string title = "title: ";
  const std::size_t at = coder->text.find("\n" + title);
  REQUIRE(at != std::string::npos);
  coder->text.insert(at + 1 + title.size(), "Changed ");
  bool compiled = true;
  auto catalog = load_catalog_or_compiled(files, &compiled);
  REQUIRE(catalog.ok());
  CHECK_FALSE(compiled);
  REQUIRE(catalog.value().find_role("coder") != nullptr);
  CHECK(catalog.value().find_role("coder")->title.rfind("Changed ", 0) == 0);
  // One file fewer, or one more, is other data too.
  std::vector<SourceFile> fewer = copy.files();
  fewer.pop_back();
  CHECK_FALSE(compiled_catalog(fewer).has_value());
  std::vector<SourceFile> more = copy.files();
  more.push_back(more.back());
  CHECK_FALSE(compiled_catalog(more).has_value());
}

TEST_CASE("a questionnaire with the embedded bytes is the compiled one, under its own path") {
  const SourceFile same{"/somewhere/mine.yaml", "mine.yaml", embedded_questionnaire().text};
  bool compiled = false;
  auto questionnaire = load_questionnaire_or_compiled(same, &compiled);
  REQUIRE(questionnaire.ok());
  CHECK(compiled);
  CHECK(questionnaire.value() == yaml_questionnaire(same));
  CHECK(questionnaire.value().path == "/somewhere/mine.yaml");
  CHECK(questionnaire.value().questions.front().where.path == "/somewhere/mine.yaml");

  const SourceFile other{"/somewhere/mine.yaml", "mine.yaml",
                         embedded_questionnaire().text + "# one more line\n"};
  CHECK_FALSE(compiled_questionnaire(other).has_value());
  auto parsed = load_questionnaire_or_compiled(other, &compiled);
  REQUIRE(parsed.ok());
  CHECK_FALSE(compiled);
}

TEST_CASE("a truncated compiled catalog is an error, not a crash") {
  const std::string_view blob = compiled_catalog_blob();
  REQUIRE(blob.size() > 1000);
  // Every length would take minutes; a spread of them and every length near the end.
  for (std::size_t n = 0; n < blob.size(); n += n + 64 < blob.size() ? 997U : 1U) {
    CHECK_FALSE(deserialize_catalog(blob.substr(0, n), {}).ok());
  }
  CHECK_FALSE(deserialize_questionnaire(compiled_questionnaire_blob().substr(0, 100), {}).ok());
  // One kind's blob is not read as the other's.
  CHECK_FALSE(deserialize_questionnaire(blob, {}).ok());
}

}  // namespace medcareer
