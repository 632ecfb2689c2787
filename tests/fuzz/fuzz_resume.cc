// libFuzzer target: a `quiz --resume` file, read from disk as the quiz reads it
// (read_source_file: limits, encodings), loaded against the built-in questionnaire, and
// resumed: the session must start at a question it may ask, or at the review, and never at
// one the file skipped or answered.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "fuzz_common.h"
#include "medcareer/answers.h"
#include "medcareer/quiz_session.h"

using namespace medcareer;
namespace fs = std::filesystem;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string path = [] {
    std::string pattern = (fs::temp_directory_path() / "medcareer-fuzz-resume.XXXXXX").string();
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) fuzz::broken("cannot make a scratch file");
    ::close(fd);
    return pattern;
  }();
  std::ofstream(path, std::ios::binary | std::ios::trunc)
      .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  auto file = read_source_file(path, "resume.yaml");
  if (!file) {
    fuzz::check_error(file.error());
    return 0;
  }
  const Questionnaire& questionnaire = fuzz::default_questionnaire();
  auto answers = load_answers(file.value().path, file.value().text, questionnaire);
  if (!answers) {
    fuzz::check_error(with_line(answers.error(), {file.value()}));
    return 0;
  }
  const AnswerSet start = answers.value();
  QuizSession session(questionnaire, answers.value());
  if (const Question* q = session.current()) {
    if (start.find(q->id)) fuzz::broken("resumed at a question the file answered: " + q->id);
    for (const auto& id : start.skipped) {
      if (id == q->id) fuzz::broken("resumed at a question the file skipped: " + id);
    }
  }
  return 0;
}
