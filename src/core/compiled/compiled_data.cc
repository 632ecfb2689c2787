#include "compiled/compiled_data.h"

#include "compiled/data_fields.h"

namespace medcareer {

std::string serialize_catalog(const Catalog& catalog) {
  return serial::serialize(catalog);
}

std::string serialize_questionnaire(const Questionnaire& questionnaire) {
  return serial::serialize(questionnaire);
}

Result<Catalog> deserialize_catalog(std::string_view blob,
                                    const std::map<std::string, std::string>& renames) {
  return serial::deserialize<Catalog>(blob, renames);
}

Result<Questionnaire> deserialize_questionnaire(std::string_view blob,
                                                const std::map<std::string, std::string>& renames) {
  return serial::deserialize<Questionnaire>(blob, renames);
}

}  // namespace medcareer
