// `medcareer score INPUT...`: scores answers files and survey exports, streaming, in input
// order, with nothing lost: a bad record is reported with its position and every good one
// is still scored and written.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <streambuf>
#include <thread>

#include "commands/commands.h"
#include "commands/result_writer.h"
#include "commands/score_inputs.h"
#include "medcareer/atomic_file.h"
#include "medcareer/record_reader.h"

namespace medcareer::commands {

namespace {

constexpr std::size_t kBatch = 512;  // records scored together; bounds memory

// A stream buffer that yields `prefix`, then whatever `rest` holds, in blocks.
class PrefixedBuffer : public std::streambuf {
 public:
  PrefixedBuffer(std::string prefix, std::streambuf* rest)
      : prefix_(std::move(prefix)), rest_(rest) {}

 protected:
  int_type underflow() override {
    if (!prefix_done_) {
      prefix_done_ = true;
      if (!prefix_.empty()) {
        setg(prefix_.data(), prefix_.data(), prefix_.data() + prefix_.size());
        return traits_type::to_int_type(*gptr());
      }
    }
    std::streamsize n = rest_->sgetn(block_, sizeof block_);
    if (n <= 0) return traits_type::eof();
    setg(block_, block_, block_ + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  std::string prefix_;
  std::streambuf* rest_;
  bool prefix_done_ = false;
  char block_[1 << 16];
};

struct ScoreOptions {
  std::vector<std::string> inputs;
  OutputOptions output;
  std::string output_file;
  std::string id_column;
  bool summary = false;
  bool strict = false;
  unsigned jobs = 0;
};

// "scored 120000 (3 failed)" on stderr, redrawn in place, only on a terminal.
class Progress {
 public:
  Progress() : enabled_(isatty(STDERR_FILENO) != 0), start_(std::chrono::steady_clock::now()) {}
  void update(std::size_t scored, std::size_t failed) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (now - start_ < std::chrono::seconds(1) || now - last_ < std::chrono::milliseconds(200))
      return;
    last_ = now;
    std::fprintf(stderr, "\r\x1b[Kmedcareer: scored %zu (%zu failed)...", scored, failed);
    shown_ = true;
  }
  void clear() {
    if (shown_) std::fputs("\r\x1b[K", stderr);
  }

 private:
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

struct Scorer {
  const ScoringModel& model;  // compiled once for the whole run
  const ScoreOptions& options;
  ResultWriter& writer;
  CohortSummary& summary;
  Progress& progress;
  std::vector<Record> batch;
  std::vector<std::optional<Scored>> scored;

  // Scores the batch on `jobs` threads, then writes results and errors in input order.
  // Returns false when --strict stops the run.
  bool flush() {
    scored.assign(batch.size(), std::nullopt);
    auto work = [&](std::size_t first, std::size_t step) {
      for (std::size_t i = first; i < batch.size(); i += step) {
        if (!batch[i].answers.ok()) continue;
        const AnswerSet& set = batch[i].answers.value();
        scored[i] = Scored{set.respondent.empty() ? batch[i].id : set.respondent,
                           recommend(model, set, options.output.explain)};
      }
    };
    std::size_t jobs = std::min<std::size_t>(options.jobs, batch.size());
    std::vector<std::thread> threads;
    for (std::size_t k = 1; k < jobs; ++k) threads.emplace_back(work, k, jobs);
    work(0, std::max<std::size_t>(jobs, 1));
    for (auto& t : threads) t.join();
    for (std::size_t i = 0; i < batch.size(); ++i) {
      if (!scored[i]) {
        report(batch[i].answers.error());
        summary.add_failure();
        if (options.strict) return false;
        continue;
      }
      summary.add(scored[i]->rec);
      if (!options.summary) writer.add(*scored[i]);
    }
    progress.update(summary.scored, summary.failed);
    batch.clear();
    return true;
  }
};

int run_score(Context& context, ScoreOptions& options) {
  const Questionnaire& questionnaire = context.questionnaire();
  const Catalog& catalog = context.catalog();
  if (options.jobs == 0) options.jobs = std::max(1u, std::thread::hardware_concurrency());
  std::unique_ptr<AtomicFile> file;
  if (!options.output_file.empty()) {
    file = std::make_unique<AtomicFile>(options.output_file);
    if (auto opened = file->open(); !opened) throw Failure{opened.error(), exit_code::bad_input};
  } else {
    options.output.style = context.stdout_style();
  }
  options.output.width = context.stdout_width();
  std::optional<Error> write_error;
  ResultWriter writer(questionnaire, catalog, options.output, [&](std::string_view text) {
    if (!file) {
      std::fwrite(text.data(), 1, text.size(), stdout);
    } else if (!write_error) {
      if (auto r = file->write(text); !r) write_error = r.error();
    }
  });
  CohortSummary summary;
  Progress progress;
  const ScoringModel model(questionnaire, catalog, ScoringModel::Preferences::dropped);
  Scorer scorer{model, options, writer, summary, progress, {}, {}};
  bool stopped = false;
  CsvOptions csv{options.id_column};
  for (const auto& item : expand_inputs(options.inputs)) {
    if (stopped) break;
    if (!item.error.empty()) {
      report(Error{{item.path, 0, 0}, item.error, ""});
      summary.add_failure();
      stopped = options.strict;
      continue;
    }
    std::ifstream file_in;
    std::istream* in = &std::cin;
    std::string shown = item.path == "-" ? "<stdin>" : item.path;
    if (item.path != "-") {
      file_in.open(item.path, std::ios::binary);
      if (!file_in) {
        report(Error{{item.path, 0, 0}, "cannot open: " + std::string(std::strerror(errno)), ""});
        summary.add_failure();
        stopped = options.strict;
        continue;
      }
      in = &file_in;
    }
    // The first bytes tell the format when the name does not; they are read again after.
    char head[512];
    in->read(head, sizeof head);
    std::string peeked(head, static_cast<std::size_t>(in->gcount()));
    in->clear();
    std::optional<InputFormat> format = detect_format(item.path == "-" ? "" : item.path, peeked);
    if (!format) {
      report(Error{{shown, 0, 0},
                   "cannot tell whether this is YAML, CSV or JSON Lines",
                   "name it .yaml, .csv or .jsonl"});
      summary.add_failure();
      stopped = options.strict;
      continue;
    }
    PrefixedBuffer rejoined(peeked, in->rdbuf());  // standard input cannot be rewound
    std::istream stdin_again(&rejoined);
    if (item.path == "-") {
      in = &stdin_again;
    } else {
      in->seekg(0);
    }
    auto reader = open_records(*in, shown, *format, questionnaire, csv);
    Record record;
    while (!stopped && reader->next(record)) {
      scorer.batch.push_back(std::move(record));
      record = Record{};
      if (scorer.batch.size() >= kBatch && !scorer.flush()) stopped = true;
    }
    if (!stopped && !scorer.flush()) stopped = true;
  }
  if (!stopped && !scorer.batch.empty() && !scorer.flush()) stopped = true;
  progress.clear();
  if (stopped) return exit_code::bad_input;  // --strict: the old output file stays as it was
  if (options.summary) {
    std::string text =
        format_summary(catalog, summary, options.output.format, options.output.style, false);
    if (!file) {
      std::fputs(text.c_str(), stdout);
    } else if (auto r = file->write(text); !r) {
      write_error = r.error();
    }
  } else {
    writer.finish();
  }
  if (write_error) throw Failure{*write_error, exit_code::bad_input};
  if (file) {
    if (auto r = file->commit(); !r) throw Failure{r.error(), exit_code::bad_input};
  }
  std::fflush(stdout);  // results before the count when both go to a terminal
  if (summary.respondents > 1 || summary.failed > 0) {
    std::fprintf(stderr, "medcareer: %zu scored, %zu failed\n", summary.scored, summary.failed);
  }
  return summary.failed > 0 ? exit_code::bad_input : exit_code::ok;
}

}  // namespace

void setup_score(CLI::App& app, Context& context) {
  auto options = std::make_shared<ScoreOptions>();
  CLI::App* score = app.add_subcommand("score", "Score answers files and survey exports");
  score
      ->add_option("INPUT", options->inputs,
                   "Answers files (YAML), survey exports (CSV, JSON Lines), directories; "
                   "- reads standard input")
      ->required();
  add_format_option(*score, options->output.format, {"table", "json", "jsonl", "csv"});
  score->add_option("--output", options->output_file, "Write the results to FILE (atomically)")
      ->type_name("FILE");
  score->add_flag("--explain", options->output.explain,
                  "Say which answers raised and lowered the top role, and what would change it");
  score->add_flag("--summary", options->summary,
                  "Print the cohort summary instead of each respondent");
  score->add_option("--jobs", options->jobs, "Score on N threads (default: one per core)")
      ->check(CLI::Range(1u, 256u));
  score->add_option("--id-column", options->id_column,
                    "CSV column that names each respondent (e.g. Email)");
  score->add_flag("--strict", options->strict, "Stop at the first invalid record (exit 1)");
  score->callback([&context, options] { context.exit_code = run_score(context, *options); });
}

}  // namespace medcareer::commands
