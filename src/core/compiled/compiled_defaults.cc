#include "medcareer/compiled_defaults.h"

#include "compiled/compiled_blobs.h"
#include "compiled/compiled_data.h"

namespace medcareer {

std::optional<Catalog> compiled_catalog(const std::vector<SourceFile>& files) {
  const std::vector<SourceFile>& embedded = embedded_data_files();
  if (files.size() != embedded.size()) return std::nullopt;
  std::map<std::string, std::string> renames;
  for (std::size_t i = 0; i < files.size(); ++i) {
    // About 100 KB compared, against 100 million instructions for parsing them.
    if (files[i].name != embedded[i].name || files[i].text != embedded[i].text) return std::nullopt;
    if (files[i].path != embedded[i].path) renames.emplace(embedded[i].path, files[i].path);
  }
  auto catalog = deserialize_catalog(compiled_catalog_blob(), renames);
  // Never expected (the unit tests read the blob), but then the YAML is still there.
  if (!catalog) return std::nullopt;
  return std::move(catalog).value();
}

std::optional<Questionnaire> compiled_questionnaire(const SourceFile& file) {
  const SourceFile& embedded = embedded_questionnaire();
  if (file.text != embedded.text) return std::nullopt;
  std::map<std::string, std::string> renames;
  if (file.path != embedded.path) renames.emplace(embedded.path, file.path);
  auto questionnaire = deserialize_questionnaire(compiled_questionnaire_blob(), renames);
  if (!questionnaire) return std::nullopt;
  return std::move(questionnaire).value();
}

Result<Catalog> load_catalog_or_compiled(const std::vector<SourceFile>& files, bool* compiled) {
  auto catalog = compiled_catalog(files);
  if (compiled) *compiled = catalog.has_value();
  if (catalog) return std::move(*catalog);
  return load_catalog(files);
}

Result<Questionnaire> load_questionnaire_or_compiled(const SourceFile& file, bool* compiled) {
  auto questionnaire = compiled_questionnaire(file);
  if (compiled) *compiled = questionnaire.has_value();
  if (questionnaire) return std::move(*questionnaire);
  return load_questionnaire(file);
}

}  // namespace medcareer
