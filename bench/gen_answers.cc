// Generates realistic answer sets for the default questionnaire, for the benchmarks in
// bench/run.sh: a survey export as a form tool writes it (CSV with prompt-text headers and
// option labels), JSON Lines, or a folder of answers files. Deterministic: the same
// arguments give the same bytes.
//
//   medcareer-gen csv N > export.csv
//   medcareer-gen jsonl N > answers.jsonl
//   medcareer-gen yaml N DIR          (N files DIR/000001.yaml ...)
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <random>
#include <string>

#include "medcareer/answers.h"
#include "medcareer/source_file.h"
#include "random_answers.h"

using namespace medcareer;

namespace {

std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string label_cell(const Question& q, const AnswerValue& v) {
  if (const auto* one = std::get_if<std::string>(&v)) return q.find_option(*one)->label;
  if (const auto* many = std::get_if<std::vector<std::string>>(&v)) {
    std::string out;
    for (const auto& id : *many) out += (out.empty() ? "" : ";") + q.find_option(id)->label;
    return out;
  }
  double d = std::get<double>(v);
  return std::to_string(static_cast<long long>(d));
}

nlohmann::json value_json(const AnswerValue& v) {
  if (const auto* one = std::get_if<std::string>(&v)) return *one;
  if (const auto* many = std::get_if<std::vector<std::string>>(&v)) return *many;
  return static_cast<long long>(std::get<double>(v));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fputs("usage: medcareer-gen csv|jsonl N | yaml N DIR\n", stderr);
    return 2;
  }
  std::string kind = argv[1];
  std::size_t count = std::stoul(argv[2]);
  auto loaded = load_questionnaire(embedded_questionnaire());
  if (!loaded) {
    std::fprintf(stderr, "%s\n", loaded.error().to_string().c_str());
    return 2;
  }
  const Questionnaire& q = loaded.value();
  std::mt19937 rng(20261123);
  std::ios::sync_with_stdio(false);
  if (kind == "csv") {
    std::string header = "Timestamp,Email Address";
    for (const auto& question : q.questions) header += "," + csv_field(question.prompt);
    std::cout << header << "\r\n";
    for (std::size_t n = 1; n <= count; ++n) {
      AnswerSet set = random_answers(q, rng, n);
      std::string row = "2026/09/01 10:00:00,student" + std::to_string(n) + "@example.org";
      for (const auto& question : q.questions) {
        const Answer* a = set.find(question.id);
        row += "," + (a ? csv_field(label_cell(question, a->value)) : std::string());
      }
      std::cout << row << "\r\n";
    }
  } else if (kind == "jsonl") {
    for (std::size_t n = 1; n <= count; ++n) {
      AnswerSet set = random_answers(q, rng, n);
      nlohmann::ordered_json answers = nlohmann::ordered_json::object();
      for (const auto& a : set.answers) answers[a.question] = value_json(a.value);
      std::cout
          << nlohmann::ordered_json{{"respondent", set.respondent}, {"answers", answers}}.dump()
          << "\n";
    }
  } else if (kind == "yaml" && argc == 4) {
    std::filesystem::create_directories(argv[3]);
    for (std::size_t n = 1; n <= count; ++n) {
      char name[32];
      std::snprintf(name, sizeof name, "/%06zu.yaml", n);
      std::ofstream(std::string(argv[3]) + name) << answers_to_yaml(random_answers(q, rng, n), q);
    }
  } else {
    std::fputs("usage: medcareer-gen csv|jsonl N | yaml N DIR\n", stderr);
    return 2;
  }
  return 0;
}
