#include "commands/score_pipeline.h"

#include "medcareer/recommend.h"

namespace medcareer::commands {

ScorePipeline::ScorePipeline(const ScoringModel& model, bool explain, unsigned jobs)
    : model_(model), explain_(explain) {
  for (unsigned k = 1; k < std::max(jobs, 1u); ++k) {
    threads_.emplace_back([this, k, helpers = jobs - 1] { help(k - 1, helpers); });
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
    batch_.records = std::move(records);
    batch_.scored.clear();  // moved from
    batch_.scored.resize(batch_.records.size());
    trash_ = std::move(recycled_);  // the helpers are idle: finish() waited for them
    recycled_ = {};
    helping_ = threads_.size();
    ++generation_;
  }
  busy_ = true;
  wake_.notify_all();
}

ScoredBatch ScorePipeline::finish() {
  if (threads_.empty()) {
    score(0, 1);
  } else {
    std::unique_lock lock(mutex_);
    done_.wait(lock, [this] { return helping_ == 0; });
  }
  busy_ = false;
  return std::move(batch_);
}

void ScorePipeline::recycle(std::vector<std::optional<Scored>> scored) {
  std::lock_guard lock(mutex_);
  recycled_ = std::move(scored);
}

void ScorePipeline::help(std::size_t first, std::size_t step) {
  std::uint64_t seen = 0;
  for (;;) {
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [&] { return stopping_ || generation_ != seen; });
      if (stopping_) return;
      seen = generation_;
    }
    // Results of an earlier batch, freed by the helper that made them.
    for (std::size_t i = first; i < trash_.size(); i += step) trash_[i].reset();
    score(first, step);
    std::lock_guard lock(mutex_);
    if (--helping_ == 0) done_.notify_one();
  }
}

void ScorePipeline::score(std::size_t first, std::size_t step) {
  for (std::size_t i = first; i < batch_.records.size(); i += step) {
    const Record& record = batch_.records[i];
    if (!record.answers.ok()) continue;
    const AnswerSet& set = record.answers.value();
    batch_.scored[i] = Scored{set.respondent.empty() ? record.id : set.respondent,
                              recommend(model_, set, explain_)};
  }
}

}  // namespace medcareer::commands
