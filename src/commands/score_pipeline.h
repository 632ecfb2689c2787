// Reads and scores batches of records on every thread while the main thread cuts the next
// batch from the input and writes the one before. Records are taken one at a time by
// whichever thread is free, the main thread too once it has a batch ready, so no core waits
// on another however the work divides between cutting, reading, scoring and writing.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "commands/result_writer.h"
#include "medcareer/recommend.h"
#include "medcareer/record_reader.h"
#include "medcareer/scoring_model.h"

namespace medcareer::commands {

struct ScoredBatch {
  std::vector<Record> records;                // a good record's answers are freed once it is scored
  std::vector<std::optional<Scored>> scored;  // per record; empty when it failed to read
  std::vector<std::uint8_t> owner;            // per record: the thread that scored it
};

class ScorePipeline {
 public:
  // With one job the caller reads and scores each batch itself in finish(). With more,
  // `jobs - 1` helper threads start on a batch as soon as it is started. Each record gets
  // `advice`, but the first of the run at least Advice::full where a run of one respondent
  // shows it in full (every output but rows: see ResultWriter::rows_only()). With a
  // `writer`, each result is also rendered as the row or item it will be written as.
  ScorePipeline(const ScoringModel& model, Advice advice, const ResultWriter* writer,
                unsigned jobs);
  ~ScorePipeline();  // stops the helpers once they are done with the batch they score
  ScorePipeline(const ScorePipeline&) = delete;
  ScorePipeline& operator=(const ScorePipeline&) = delete;

  bool busy() const { return busy_; }
  // Starts reading and scoring `records`; the previous batch must have been finished.
  void start(std::vector<Record> records);
  // Reads and scores what the helpers have not taken yet, waits for them, and hands the
  // batch back in input order.
  ScoredBatch finish();
  // Takes back a written batch, whose results each thread then frees itself: freeing memory
  // that another thread allocated makes glibc's malloc lock that thread's arena, and with
  // both threads at it all the time the run with two jobs took three times as long as the
  // run with one.
  void recycle(ScoredBatch done);

 private:
  void help(std::uint8_t self);  // a helper thread's loop
  void work(std::uint8_t self);  // takes records until none is left
  void free_own(std::uint8_t self);
  // Scores `record` from the indices its reader lays its answers out in, when it can.
  bool score_indexed(Record& record, std::optional<Scored>& scored) const;

  const ScoringModel& model_;
  Advice advice_;
  const ResultWriter* writer_;
  ScoredBatch batch_;
  std::atomic<std::size_t> next_{0};  // the next record of batch_ nobody has taken
  ScoredBatch recycled_;              // the last written batch, until the next one starts
  ScoredBatch trash_;                 // its results, freed by their threads as a batch starts
  bool busy_ = false;
  bool first_batch_ = true;  // of the run
  bool first_in_full_;       // the first record of the run gets Advice::full

  std::mutex mutex_;
  std::condition_variable wake_;  // a batch was started, or the pipeline ends
  std::condition_variable done_;  // every helper is done with the batch
  std::uint64_t generation_ = 0;  // counts batches, so a helper knows a new one from the last
  std::size_t helping_ = 0;       // helpers still at the current batch
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace medcareer::commands
