// `medcareer score INPUT...`: scores answers files and survey exports, streaming, in input
// order, with nothing lost: a bad record is reported with its position and every good one
// is still scored and written.

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <streambuf>
#include <thread>
#include <vector>

#include "commands/commands.h"
#include "commands/result_writer.h"
#include "commands/score_inputs.h"
#include "commands/score_pipeline.h"
#include "commands/score_progress.h"
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
    if (block_.empty()) block_.resize(1 << 16);  // only once the prefix is used up
    std::streamsize n = rest_->sgetn(block_.data(), static_cast<std::streamsize>(block_.size()));
    if (n <= 0) return traits_type::eof();
    setg(block_.data(), block_.data(), block_.data() + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  std::string prefix_;
  std::streambuf* rest_;
  bool prefix_done_ = false;
  std::vector<char> block_;
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

// Feeds records to the pipeline in batches and writes results and errors in input order.
struct Scorer {
  const ScoreOptions& options;
  ResultWriter& writer;
  CohortSummary& summary;
  Progress& progress;
  ScorePipeline& pipeline;
  std::vector<Record> batch;

  // Adds a record; a full batch starts scoring while the one before it is written.
  // Returns false when --strict stops the run.
  bool add(Record&& record) {
    batch.push_back(std::move(record));
    return batch.size() < kBatch || submit();
  }

  // Scores and writes everything added so far.
  bool drain() {
    if (!batch.empty() && !submit()) return false;
    return !pipeline.busy() || write(pipeline.finish());
  }

 private:
  bool submit() {
    std::optional<ScoredBatch> previous;
    if (pipeline.busy()) previous = pipeline.finish();
    pipeline.start(std::move(batch));
    batch = {};
    batch.reserve(kBatch);
    return !previous || write(std::move(*previous));
  }

  bool write(ScoredBatch done) {
    for (std::size_t i = 0; i < done.records.size(); ++i) {
      if (!done.scored[i]) {
        report(done.records[i].answers.error());
        summary.add_failure();
        if (options.strict) return false;
        continue;
      }
      summary.add(done.scored[i]->rec);
      if (!options.summary) writer.add(*done.scored[i]);
    }
    progress.update(summary.scored, summary.failed);
    pipeline.recycle(std::move(done));
    return true;
  }
};

// An output file that could not be written is never left half-written: AtomicFile removes its
// temporary file, and the error says so.
Error left_as_it_was(Error error, const std::string& output_file) {
  error.hint = output_file + " was not changed (no partial file is left)";
  return error;
}

int run_score(Context& context, ScoreOptions& options) {
  const Questionnaire& questionnaire = context.questionnaire();
  const Catalog& catalog = context.catalog();
  if (options.jobs == 0) options.jobs = std::max(1u, std::thread::hardware_concurrency());
  std::unique_ptr<AtomicFile> file;
  if (!options.output_file.empty()) {
    file = std::make_unique<AtomicFile>(options.output_file);
    if (auto opened = file->open(); !opened) {
      throw Failure{left_as_it_was(opened.error(), options.output_file), exit_code::bad_input};
    }
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
  // Only JSON shows each respondent's path; rows and the summary need the ranking alone.
  const bool json = options.output.format == "json" || options.output.format == "jsonl";
  const Advice advice = options.summary          ? Advice::ranking
                        : options.output.explain ? Advice::explained
                        : json                   ? Advice::full
                                                 : Advice::ranking;
  ScorePipeline pipeline(model, advice, options.summary ? nullptr : &writer, options.jobs);
  Scorer scorer{options, writer, summary, progress, pipeline, {}};
  bool stopped = false;
  CsvOptions csv{options.id_column};
  const std::vector<InputItem> items = expand_inputs(options.inputs);
  // The bar's 100%: the size of every named file; unknown when standard input is read.
  std::vector<std::uintmax_t> sizes;
  std::uintmax_t total_bytes = 0;
  bool from_stdin = false;
  for (const auto& item : items) {
    std::error_code ec;
    sizes.push_back(item.path == "-" ? 0 : std::filesystem::file_size(item.path, ec));
    if (ec) sizes.back() = 0;  // cannot be read: reported when its turn comes
    total_bytes += sizes.back();
    from_stdin = from_stdin || item.path == "-";
  }
  progress.set_total(from_stdin ? 0 : total_bytes);
  std::uintmax_t done_bytes = 0;
  for (std::size_t at = 0; at < items.size(); ++at) {
    const InputItem& item = items[at];
    if (stopped) break;
    const std::uintmax_t before = done_bytes;
    done_bytes += sizes[at];
    // An input that cannot be read is a failed record in its place, so that its message
    // comes after those of the records before it, whichever batch they are in.
    auto input_failed = [&](Error error) {
      Record failed;
      failed.answers = std::move(error);
      if (!scorer.add(std::move(failed))) stopped = true;
    };
    if (!item.error.empty()) {
      input_failed(Error{{item.path, 0, 0}, item.error, ""});
      continue;
    }
    std::ifstream file_in;
    std::istream* in = &std::cin;
    std::string shown = item.path == "-" ? "<stdin>" : item.path;
    if (item.path != "-") {
      file_in.open(item.path, std::ios::binary);
      if (!file_in) {
        input_failed(
            Error{{item.path, 0, 0}, "cannot open: " + std::string(std::strerror(errno)), ""});
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
      input_failed(Error{{shown, 0, 0},
                         "cannot tell whether this is YAML, CSV or JSON Lines",
                         "name it .yaml, .csv or .jsonl"});
      continue;
    }
    PrefixedBuffer rejoined(peeked, in->rdbuf());  // standard input cannot be rewound
    std::istream stdin_again(&rejoined);
    if (item.path == "-") {
      in = &stdin_again;
    } else {
      in->seekg(0);
    }
    if (item.path != "-") progress.reading(in, before);
    auto reader = open_records(*in, shown, *format, questionnaire, csv);
    Record record;
    while (!stopped && reader->split(record)) {
      if (!scorer.add(std::move(record))) stopped = true;
      record = Record{};
    }
    progress.reading(nullptr, done_bytes);  // the stream ends with this turn of the loop
  }
  // Not after each input: with many small files, waiting for each one's scoring left the
  // helper threads idle, and two jobs were slower than one.
  if (!stopped && !scorer.drain()) stopped = true;
  progress.clear();
  if (stopped) return exit_code::bad_input;  // --strict: the old output file stays as it was
  if (options.summary) {
    std::string text =
        format_summary(catalog, summary, options.output.format, options.output.style);
    if (!file) {
      std::fputs(text.c_str(), stdout);
    } else if (auto r = file->write(text); !r) {
      write_error = r.error();
    }
  } else {
    writer.finish();
  }
  if (write_error) {
    throw Failure{left_as_it_was(*write_error, options.output_file), exit_code::bad_input};
  }
  if (file) {
    if (auto r = file->commit(); !r) {
      throw Failure{left_as_it_was(r.error(), options.output_file), exit_code::bad_input};
    }
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
