// Answers as scoring reads them: for each question of the questionnaire, by its index, the
// indices of the options chosen (in the order given) or the number. Every answer set is
// scored in this form. An AnswerSet is laid out in it by the scorer; a reader of a large
// export may fill it straight from the cells it reads (RecordParser::read_indexed), which
// skips building and checking an AnswerSet of strings for every respondent.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace medcareer {

struct IndexedAnswers {
  enum class Kind : std::uint8_t { none, options, number };
  struct Slot {
    Kind kind = Kind::none;   // none: the question is unanswered
    std::uint32_t first = 0;  // options: where its choices start in `options`
    std::uint32_t count = 0;  // options: how many there are (a multi may have none)
    double number = 0;        // number: the number or scale point
  };
  std::vector<Slot> slots;             // one per question, in questionnaire order
  std::vector<std::uint16_t> options;  // every slot's chosen option indices, back to back

  // Unanswered, for a questionnaire of `questions` questions; keeps the memory.
  void clear(std::size_t questions) {
    slots.assign(questions, Slot{});
    options.clear();
  }
  void set_number(std::size_t question, double value) {
    slots[question] = {Kind::number, 0, 0, value};
  }
  // Starts the choices of `question`; add_option() appends to them.
  void start_options(std::size_t question) {
    slots[question] = {Kind::options, static_cast<std::uint32_t>(options.size()), 0, 0};
  }
  void add_option(std::size_t question, std::uint16_t option) {
    options.push_back(option);
    ++slots[question].count;
  }
  const std::uint16_t* chosen(const Slot& slot) const { return options.data() + slot.first; }
};

}  // namespace medcareer
