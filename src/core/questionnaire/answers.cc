// Checking answers against a questionnaire, whatever file format they came from.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <string_view>

#include "advice/compiled_model.h"
#include "medcareer/answers.h"
#include "medcareer/migration.h"
#include "medcareer/suggest.h"

namespace medcareer {

const Answer* AnswerSet::find(const std::string& question) const {
  for (const auto& a : answers) {
    if (a.question == question) return &a;
  }
  return nullptr;
}

void AnswerSet::set(const std::string& question, AnswerValue value) {
  for (auto& a : answers) {
    if (a.question == question) {
      a.value = std::move(value);
      return;
    }
  }
  answers.push_back({question, std::move(value), {}, 0, 0, {}});
}

void AnswerSet::erase(const std::string& question) {
  std::erase_if(answers, [&](const Answer& a) { return a.question == question; });
}

bool is_asked(const Question& question, const AnswerSet& answers) {
  if (!question.when) return true;
  return detail::condition_holds(*question.when, answers.find(question.when->question));
}

bool detail::condition_rule(const Condition& c, bool answered, const double* number,
                            bool any_listed) {
  if (!answered) return false;  // the condition cannot hold on a question left unanswered
  if (c.op == Condition::Op::at_least || c.op == Condition::Op::at_most) {
    if (!number) return false;
    return c.op == Condition::Op::at_least ? *number >= c.bound : *number <= c.bound;
  }
  return c.op == Condition::Op::in ? any_listed : !any_listed;
}

bool detail::condition_holds(const Condition& c, const Answer* a) {
  if (!a) return condition_rule(c, false, nullptr, false);
  auto listed = [&](const std::string& id) {
    for (const auto& o : c.options) {
      if (o == id) return true;
    }
    return false;
  };
  bool any = false;
  if (const auto* one = std::get_if<std::string>(&a->value)) any = listed(*one);
  if (const auto* many = std::get_if<std::vector<std::string>>(&a->value)) {
    for (const auto& id : *many) any = any || listed(id);
  }
  return condition_rule(c, true, std::get_if<double>(&a->value), any);
}

bool detail::condition_holds(const Condition& c, const std::vector<char>& lists,
                             const IndexedAnswers& answers, const IndexedAnswers::Slot& a) {
  bool any = false;
  if (a.kind == IndexedAnswers::Kind::options) {
    const std::uint16_t* chosen = answers.chosen(a);
    for (std::uint32_t i = 0; i < a.count; ++i) {
      any = any || (chosen[i] < lists.size() && lists[chosen[i]]);
    }
  }
  const bool answered = a.kind != IndexedAnswers::Kind::none;
  const double* number = a.kind == IndexedAnswers::Kind::number ? &a.number : nullptr;
  return condition_rule(c, answered, number, any);
}

namespace {

std::string describe(const AnswerValue& value) {
  if (const auto* s = std::get_if<std::string>(&value)) return "'" + *s + "'";
  if (std::holds_alternative<std::vector<std::string>>(value)) return "a list";
  return "a number";
}

// Shortest text for a bound or an answer: "48", "2.5", and "1e+300" rather than 301 digits.
std::string number_text(double v) {
  char text[32];
  std::snprintf(text, sizeof text, "%.15g", v);
  return text;
}

// Where to point at an answer: readers of large exports leave out the path, which is the
// answer set's, rather than copy it into every answer.
Position where_of(const Answer& a, const AnswerSet& answers) {
  if (!a.where.path.empty() || a.where.line == 0) return a.where;
  return {answers.where.path, a.where.line, a.where.column};
}

// The same for the question id of an answer, an item of its list, or a field of the set.
Position key_where_of(const Answer& a, const AnswerSet& answers) {
  if (a.key_line == 0) return where_of(a, answers);
  Position p = where_of(a, answers);
  p.line = a.key_line;
  p.column = a.key_column;
  return p;
}

Position item_where_of(const Answer& a, const AnswerSet& answers, std::size_t item) {
  if (item >= a.item_where.size()) return where_of(a, answers);
  Position p = where_of(a, answers);
  p.line = a.item_where[item].first;
  p.column = a.item_where[item].second;
  return p;
}

Position field_where(const AnswerSet& answers, int line, int column) {
  if (line == 0) return answers.where;
  return {answers.where.path, line, column};
}

// Whether two texts are the same but for case and runs of spaces.
bool same_words(std::string_view a, std::string_view b) {
  auto squeeze = [](std::string_view text) {
    std::string out;
    for (char c : text) {
      const bool space = c == ' ' || c == '\t';
      if (space && (out.empty() || out.back() == ' ')) continue;
      out += space ? ' ' : (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
  };
  return squeeze(a) == squeeze(b);
}

double to_number(const Answer& a, const Question& q, const AnswerSet& answers) {
  if (const double* n = std::get_if<double>(&a.value)) return *n;
  const auto* text = std::get_if<std::string>(&a.value);
  if (text) {
    double v = 0;
    if (read_number(*text, v)) return v;
    // A scale may be answered by its anchor words ("Very calm"), in every format; same_words
    // ignores the spaces around them.
    for (std::size_t k = 0; k < q.anchors.size(); ++k) {
      if (same_words(*text, q.anchors[k])) return static_cast<double>(k + 1);
    }
  }
  fail(where_of(a, answers), "'" + q.id + "' takes a number, not " + describe(a.value));
}

// The option `id` names (spreadsheet checkboxes give yes/no as true/false), or a failure.
// Returns the option's own id, so that checking a valid answer copies nothing.
const std::string& check_option(const Answer& a, const AnswerSet& answers, const Question& q,
                                const std::string& id, std::size_t item = 0) {
  std::string_view named = id;
  if (q.type == QuestionType::yes_no) {
    if (named == "true") named = "yes";
    if (named == "false") named = "no";
  }
  for (const auto& o : q.options) {
    if (o.id == named) return o.id;
  }
  std::string text(named);
  std::string hint = did_you_mean(text, q.option_ids());
  if (hint.empty()) {
    hint = "'" + q.id + "' takes:";
    for (const auto& o : q.options) hint += " " + o.id;
  }
  fail(item_where_of(a, answers, item), "'" + q.id + "' has no option '" + text + "'", hint);
}

// The `skipped` list: known questions, each once, none of them also answered.
void check_skipped(const AnswerSet& answers, const Questionnaire& questionnaire,
                   const std::vector<const Question*>& answered) {
  const Position& at = answers.skipped_where.line > 0 ? answers.skipped_where : answers.where;
  for (std::size_t i = 0; i < answers.skipped.size(); ++i) {
    const std::string& id = answers.skipped[i];
    const Question* q = questionnaire.find_question(id);
    if (!q) {
      fail(at, "unknown question '" + id + "' in 'skipped'",
           did_you_mean(id, questionnaire.question_ids()));
    }
    if (std::find(answers.skipped.begin(), answers.skipped.begin() + static_cast<std::ptrdiff_t>(i),
                  id) != answers.skipped.begin() + static_cast<std::ptrdiff_t>(i)) {
      fail(at, "'" + id + "' is listed twice in 'skipped'");
    }
    if (std::find(answered.begin(), answered.end(), q) != answered.end()) {
      fail(at, "'" + id + "' is both answered and skipped", "remove it from 'skipped'");
    }
    if (!q->optional) {  // the quiz never skips one; neither may a file (a resume file too)
      fail(at, "'" + id + "' may not be skipped",
           "answer it, or leave it out of 'skipped' to be asked it again");
    }
  }
}

}  // namespace

bool read_number(std::string_view text, double& value) {
  // Spaces around a number are dropped in every format, as CSV cells always were.
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  // Most numbers in a batch are a scale point or a count of months: a few digits, whose
  // value as a double is exact, the same as from_chars gives.
  if (!text.empty() && text.size() <= 9 &&
      std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    long digits = 0;
    for (char c : text) digits = digits * 10 + (c - '0');
    value = static_cast<double>(digits);
    return true;
  }
  double v = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, v);
  if (ec != std::errc() || ptr != end || !std::isfinite(v)) return false;
  value = v;
  return true;
}

bool valid_number(const Question& q, double v) {
  if (q.type == QuestionType::scale) return v >= 1 && v <= 5 && v == std::floor(v);
  return v >= q.min && v <= q.max;
}

void resolve_answers(AnswerSet& answers, const Questionnaire& questionnaire) {
  if (!answers.questionnaire.empty() && answers.questionnaire != questionnaire.id) {
    fail(field_where(answers, answers.questionnaire_line, answers.questionnaire_column),
         "these answers are for the questionnaire '" + answers.questionnaire + "', not '" +
             questionnaire.id + "'");
  }
  read_version(answers, questionnaire);  // an older one is migrated, a newer one refused
  const auto& questions = questionnaire.questions;
  // Questions already answered. A set of strings took a quarter of the time of reading a
  // large CSV export; this list stays short, as a second answer to any question stops here.
  std::vector<const Question*> seen;
  seen.reserve(answers.answers.size());
  std::size_t next = 0;  // the question after the last one answered
  for (auto& a : answers.answers) {
    // Answers mostly come in questionnaire order, so the next question is tried before the
    // id is searched for (question ids are unique: load_questionnaire checks).
    const Question* q = next < questions.size() && questions[next].id == a.question
                            ? &questions[next]
                            : questionnaire.find_question(a.question);
    if (!q) {
      fail(key_where_of(a, answers), "unknown question '" + a.question + "'",
           did_you_mean(a.question, questionnaire.question_ids()));
    }
    next = static_cast<std::size_t>(q - questions.data()) + 1;
    if (std::find(seen.begin(), seen.end(), q) != seen.end()) {
      fail(key_where_of(a, answers), "'" + a.question + "' is answered twice");
    }
    seen.push_back(q);
    switch (q->type) {
      case QuestionType::scale:
      case QuestionType::number: {
        double v = to_number(a, *q, answers);
        double lo = q->type == QuestionType::scale ? 1 : q->min;
        double hi = q->type == QuestionType::scale ? 5 : q->max;
        if (!valid_number(*q, v)) {
          fail(where_of(a, answers), "'" + q->id + "' must be " +
                                         (q->type == QuestionType::scale ? "a whole number " : "") +
                                         "from " + number_text(lo) + " to " + number_text(hi) +
                                         ", not " + number_text(v));
        }
        a.value = v;
        break;
      }
      case QuestionType::single:
      case QuestionType::yes_no: {
        if (auto* list = std::get_if<std::vector<std::string>>(&a.value);
            list && list->size() == 1) {
          a.value = std::string(list->front());
        }
        const auto* id = std::get_if<std::string>(&a.value);
        if (!id) {
          fail(where_of(a, answers), "'" + q->id + "' takes one option, not " + describe(a.value));
        }
        const std::string& option = check_option(a, answers, *q, *id);
        if (option != *id) a.value = option;  // "true" given for "yes"
        break;
      }
      case QuestionType::multi: {
        std::vector<std::string> one;  // a single choice given as text, made a list
        const std::vector<std::string>* ids = nullptr;
        if (const auto* text = std::get_if<std::string>(&a.value)) {
          one = {*text};
          ids = &one;
        } else {
          ids = std::get_if<std::vector<std::string>>(&a.value);
        }
        if (!ids)
          fail(where_of(a, answers), "'" + q->id + "' takes a list of options, not a number");
        // Multi questions are never yes/no, so every valid id is already the option's own.
        for (std::size_t i = 0; i < ids->size(); ++i) {
          const std::string& id = check_option(a, answers, *q, (*ids)[i], i);
          if (std::find(ids->begin(), ids->begin() + static_cast<std::ptrdiff_t>(i), id) !=
              ids->begin() + static_cast<std::ptrdiff_t>(i)) {
            fail(item_where_of(a, answers, i), "'" + id + "' is chosen twice for '" + q->id + "'");
          }
        }
        if (ids->size() > q->max_choices) {
          fail(where_of(a, answers), "'" + q->id + "' takes at most " +
                                         std::to_string(q->max_choices) + " choices, not " +
                                         std::to_string(ids->size()));
        }
        if (ids == &one) a.value = std::move(one);
        break;
      }
    }
  }
  if (!answers.skipped.empty()) check_skipped(answers, questionnaire, seen);
}

}  // namespace medcareer
