#include "commands/score_pipeline.h"

#include <memory>
#include <system_error>

#include "medcareer/migration.h"
#include "medcareer/recommend.h"

namespace medcareer::commands {

ScorePipeline::ScorePipeline(const ScoringModel& model, Advice advice, const ResultWriter* writer,
                             unsigned jobs)
    : model_(model),
      advice_(advice),
      writer_(writer),
      first_in_full_(!writer || !writer->rows_only()) {
  for (unsigned k = 1; k < std::min(std::max(jobs, 1u), 256u); ++k) {
    try {
      threads_.emplace_back([this, k] { help(static_cast<std::uint8_t>(k)); });
    } catch (const std::system_error&) {
      break;  // a limit on processes: the threads that did start do the work, or this one
    }
  }
}

ScorePipeline::~ScorePipeline() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (auto& t : threads_) t.join();
}

void ScorePipeline::start(std::vector<Record> records) {
  {
    std::lock_guard lock(mutex_);
    const std::size_t n = records.size();
    batch_.records = std::move(records);
    batch_.scored.clear();  // moved from
    batch_.scored.resize(n);
    batch_.owner.assign(n, 0);
    next_.store(0, std::memory_order_relaxed);
    trash_ = std::move(recycled_);  // the helpers are idle: finish() waited for them
    recycled_ = {};
    helping_ = threads_.size();
    ++generation_;
  }
  busy_ = true;
  wake_.notify_all();
}

ScoredBatch ScorePipeline::finish() {
  free_own(0);
  work(0);
  if (!threads_.empty()) {
    std::unique_lock lock(mutex_);
    done_.wait(lock, [this] { return helping_ == 0; });
  }
  busy_ = false;
  first_batch_ = false;
  return std::move(batch_);
}

void ScorePipeline::recycle(ScoredBatch done) {
  std::lock_guard lock(mutex_);
  recycled_ = std::move(done);
}

void ScorePipeline::help(std::uint8_t self) {
  std::uint64_t seen = 0;
  for (;;) {
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [&] { return stopping_ || generation_ != seen; });
      if (stopping_) return;
      seen = generation_;
    }
    free_own(self);
    work(self);
    std::lock_guard lock(mutex_);
    if (--helping_ == 0) done_.notify_one();
  }
}

void ScorePipeline::free_own(std::uint8_t self) {
  for (std::size_t i = 0; i < trash_.scored.size(); ++i) {
    if (trash_.owner[i] == self) trash_.scored[i].reset();
  }
}

void ScorePipeline::work(std::uint8_t self) {
  const std::size_t n = batch_.records.size();
  for (std::size_t i; (i = next_.fetch_add(1, std::memory_order_relaxed)) < n;) {
    Record& record = batch_.records[i];
    batch_.owner[i] = self;
    const Advice advice = i == 0 && first_batch_ && first_in_full_ && advice_ == Advice::ranking
                              ? Advice::full
                              : advice_;
    std::optional<Scored>& scored = batch_.scored[i];
    if (advice == Advice::ranking && score_indexed(record, scored)) continue;
    read_answers(record);  // reading the answers is as much work as scoring them
    if (!record.answers.ok()) continue;
    const AnswerSet& set = record.answers.value();
    scored.emplace(Scored{set.respondent.empty() ? record.id : set.respondent,
                          recommend(model_, set, advice),
                          {},
                          set.respondent.empty() ? record.where.path : std::string(),
                          nullptr,
                          migration_note(set, model_.questionnaire())});
    if (writer_) scored->line = writer_->render(*scored);
    if (writer_ && writer_->keeps_answers()) {
      scored->answers = std::make_shared<const AnswerSet>(std::move(record.answers).value());
    }
    record.answers = Error{};  // freed here, by the thread that made them
  }
}

// Where a row is all the output needs of the advice, records that the reader can index are
// scored from their indices: no AnswerSet of strings is built or checked for them.
bool ScorePipeline::score_indexed(Record& record, std::optional<Scored>& scored) const {
  if (!record.pending.parser) return false;
  thread_local IndexedAnswers answers;  // one per thread, reused: no allocating per record
  std::string_view respondent;
  if (!record.pending.parser->read_indexed(record, answers, respondent)) return false;
  scored.emplace(Scored{respondent.empty() ? record.id : std::string(respondent),
                        recommend(model_, answers),
                        {},
                        respondent.empty() ? record.where.path : std::string(),
                        nullptr,
                        std::nullopt});
  if (writer_) scored->line = writer_->render(*scored);
  record.pending.parser.reset();
  return true;
}

}  // namespace medcareer::commands
