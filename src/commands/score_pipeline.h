// Scores batches of records on worker threads while the main thread reads the next batch
// and writes the previous one: with reading, scoring and writing each a third of the work,
// scoring batch by batch on all threads left every core but one idle most of the time.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "commands/result_writer.h"
#include "medcareer/record_reader.h"
#include "medcareer/scoring_model.h"

namespace medcareer::commands {

struct ScoredBatch {
  std::vector<Record> records;
  std::vector<std::optional<Scored>> scored;  // per record; empty when it failed to read
};

class ScorePipeline {
 public:
  // With one job the caller scores each batch itself in finish(). With more, `jobs - 1`
  // helper threads score while the caller reads the next batch and writes the last one.
  ScorePipeline(const ScoringModel& model, bool explain, unsigned jobs);
  ~ScorePipeline();  // stops the helpers once they are done with the batch they score
  ScorePipeline(const ScorePipeline&) = delete;
  ScorePipeline& operator=(const ScorePipeline&) = delete;

  bool busy() const { return busy_; }
  // Starts scoring `records`; the previous batch must have been finished.
  void start(std::vector<Record> records);
  // Waits until the started batch is scored and hands it back, in input order.
  ScoredBatch finish();
  // Takes back the results of a written batch, to be freed by the threads that made them:
  // freeing memory that another thread allocated makes glibc's malloc lock that thread's
  // arena, and with the two threads at it all the time the run with two jobs took three
  // times as long as the run with one.
  void recycle(std::vector<std::optional<Scored>> scored);

 private:
  void help(std::size_t first, std::size_t step);   // a helper thread's loop
  void score(std::size_t first, std::size_t step);  // records first, first + step, ...

  const ScoringModel& model_;
  bool explain_;
  ScoredBatch batch_;
  std::vector<std::optional<Scored>> recycled_;  // kept until the next batch starts
  std::vector<std::optional<Scored>> trash_;     // freed by the helpers as a batch starts
  bool busy_ = false;

  std::mutex mutex_;
  std::condition_variable wake_;  // a batch was started, or the pipeline ends
  std::condition_variable done_;  // every helper is done with the batch
  std::uint64_t generation_ = 0;  // counts batches, so a helper knows a new one from the last
  std::size_t helping_ = 0;       // helpers still scoring the current batch
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace medcareer::commands
