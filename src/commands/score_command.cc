// `medcareer score INPUT...`: scores answers files and survey exports, streaming, in input
// order, with nothing lost: a bad record is reported with its position and every good one
// is still scored and written.

#include <cstdio>
#include <cstring>
#include <deque>
#include <filesystem>
#include <iostream>
#include <memory>
#include <thread>
#include <vector>

#include "commands/commands.h"
#include "commands/report_date.h"
#include "commands/result_writer.h"
#include "commands/score_inputs.h"
#include "commands/score_output.h"
#include "commands/score_pipeline.h"
#include "commands/score_progress.h"
#include "medcareer/atomic_file.h"
#include "medcareer/record_reader.h"

namespace medcareer::commands {

namespace {

constexpr std::size_t kBatch = 512;  // records scored together; bounds memory

struct ScoreOptions {
  std::vector<std::string> inputs;
  OutputOptions output;
  std::string output_file;
  bool output_given = false;  // --output was there, if only as ""
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
  const std::optional<Error>& write_error;  // of the output file: nothing more can be written
  std::vector<Record> batch;
  std::deque<Source> sources;  // of the records added and not yet written, in order
  std::string noted;           // the file and message of the last migration note said

  // Adds a record; a full batch starts scoring while the one before it is written.
  // Returns false when --strict stops the run, or when the output cannot be written.
  bool add(Record&& record, Source source) {
    batch.push_back(std::move(record));
    sources.push_back(source);
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

  // A migration note holds for every record of its version in a file: said for the first.
  // Records come file by file, so the last note said is the one to compare with.
  void tell_once(const Error& note, Source source) {
    std::string key = note.where.path + "\n" + note.message;
    if (key == noted) return;
    noted = std::move(key);
    report(note, source, "warning");
  }

  bool write(ScoredBatch done) {
    for (std::size_t i = 0; i < done.records.size(); ++i) {
      const Source source = sources.front();
      sources.pop_front();
      if (!done.scored[i]) {
        report(done.records[i].answers.error(), source);
        summary.add_failure();
        if (!options.summary || options.output.format == "html") {
          writer.add_failed(done.records[i].id, done.records[i].answers.error());
        }
        if (options.strict) return false;
        continue;
      }
      if (const auto& note = done.scored[i]->note) tell_once(*note, source);
      if (options.summary) {
        summary.add(done.scored[i]->rec);
      } else {
        summary.add_count();
      }
      if (!options.summary || options.output.format == "html") writer.add(*done.scored[i]);
    }
    progress.update(summary.scored, summary.failed);
    pipeline.recycle(std::move(done));
    return !write_error && !standard_output_failed();
  }
};

int run_score(Context& context, ScoreOptions& options) {
  const Questionnaire& questionnaire = context.questionnaire();
  const Catalog& catalog = context.catalog();
  if (options.jobs == 0) options.jobs = std::max(1u, std::thread::hardware_concurrency());
  if (options.output.bom && options.output.format != "csv") {
    throw Failure{Error{{}, "--bom is for --format csv", "add --format csv, or leave out --bom"},
                  exit_code::usage};
  }
  const std::vector<InputItem> items = expand_inputs(options.inputs);
  std::unique_ptr<AtomicFile> file =
      open_score_output(options.output_file, options.output_given, items);
  if (!file) options.output.style = context.stdout_style();
  options.output.width = context.stdout_width();
  options.output.summary = options.summary;
  if (options.output.format == "html")
    options.output.report = {"", report_date(), MEDCAREER_VERSION};
  std::optional<Error> write_error;
  ResultWriter writer(questionnaire, catalog, options.output, [&](std::string_view text) {
    if (!file) {
      print(text);
    } else if (!write_error) {
      if (auto r = file->write(text); !r) write_error = r.error();
    }
  });
  CohortSummary summary;
  Progress progress;
  const ScoringModel model(questionnaire, catalog, ScoringModel::Preferences::dropped);
  // Only JSON shows each respondent's path; rows and the summary need the ranking alone.
  const bool json = options.output.format == "json" || options.output.format == "jsonl";
  const bool html = options.output.format == "html";  // a report explains the pick
  const Advice advice = options.summary                  ? Advice::ranking
                        : options.output.explain || html ? Advice::explained
                        : json                           ? Advice::full
                                                         : Advice::ranking;
  ScorePipeline pipeline(model, advice, options.summary ? nullptr : &writer, options.jobs);
  Scorer scorer{options, writer, summary, progress, pipeline, write_error, {}, {}, {}};
  bool stopped = false;
  // A warning about a CSV header points into the input being read, which may be a stream.
  Source reading = Source::file;
  CsvOptions csv{options.id_column,
                 [&reading](const Error& warning) { report(warning, reading, "warning"); }};
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
    // Standard input, a pipe or a FIFO cannot be read again for the line of an error (a FIFO
    // opened again would wait for a writer that never comes).
    std::error_code not_regular;
    const Source source =
        item.path == "-" || !std::filesystem::is_regular_file(item.path, not_regular)
            ? Source::stream
            : Source::file;
    reading = source;
    // An input that cannot be read is a failed record in its place, so that its message
    // comes after those of the records before it, whichever batch they are in.
    auto input_failed = [&](Error error) {
      Record failed;
      failed.answers = std::move(error);
      failed.id = item.path == "-" ? "<stdin>" : item.path;  // its row in csv and jsonl
      if (!scorer.add(std::move(failed), source)) stopped = true;
    };
    auto opened = open_input(item);
    if (!opened) {
      input_failed(opened.error());
      continue;
    }
    InputFile& input = *opened.value().file;
    std::istream in(&input);
    if (input.size()) progress.reading(&in, before);
    auto reader = open_records(in, input.shown(), opened.value().format, questionnaire, csv);
    Record record;
    while (!stopped && reader->split(record)) {
      if (!scorer.add(std::move(record), source)) stopped = true;
      record = Record{};
    }
    progress.reading(nullptr, done_bytes);  // the stream ends with this turn of the loop
    if (auto failed = input.read_error(); failed && !stopped) input_failed(*failed);
  }
  // Not after each input: with many small files, waiting for each one's scoring left the
  // helper threads idle, and two jobs were slower than one.
  if (!stopped && !scorer.drain()) stopped = true;
  progress.clear();
  if (stopped) {  // the old output file stays as it was
    if (write_error) {
      throw Failure{left_as_it_was(*write_error, options.output_file), exit_code::cannot_write};
    }
    // --strict, or standard output was lost (the top level says why).
    return standard_output_failed() ? exit_code::cannot_write : exit_code::bad_input;
  }
  if (options.summary) {
    std::string text =
        html ? writer.cohort_report(summary)
             : format_summary(catalog, summary, options.output.format, options.output.style);
    if (!file) {
      print(text);
    } else if (auto r = file->write(text); !r) {
      write_error = r.error();
    }
  } else {
    writer.finish();
  }
  if (write_error) {
    throw Failure{left_as_it_was(*write_error, options.output_file), exit_code::cannot_write};
  }
  // One person's report of no one is no report: an --output file is left as it was.
  const bool no_report = html && !options.summary && summary.scored == 0;
  if (file && !no_report) {
    if (auto r = file->commit(); !r) {
      throw Failure{left_as_it_was(r.error(), options.output_file), exit_code::cannot_write};
    }
  }
  // Results before the count when both go to a terminal; and no count after results that
  // were lost (the top level reports why).
  if (flush_standard_output()) return exit_code::cannot_write;
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
      ->type_name("")
      ->required();
  add_format_option(*score, options->output.format, {"text", "json", "jsonl", "csv", "html"},
                    {{"table", "text"}});
  CLI::Option* output =
      score
          ->add_option("-o,--output", options->output_file,
                       "Write the results to FILE (atomically); - is standard output")
          ->type_name("FILE");
  score->add_flag("--explain", options->output.explain,
                  "Say which answers raised and lowered the top role, and what would change it");
  score->add_flag("--bom", options->output.bom,
                  "With --format csv: start with a byte order mark, so that Excel reads UTF-8");
  score->add_flag("--summary", options->summary,
                  "Print the cohort summary instead of each respondent");
  score->add_option("-j,--jobs", options->jobs, "Score on N threads (default: one per core)")
      ->type_name("N")
      ->check(CLI::Range(1u, 256u));
  score
      ->add_option("--id-column", options->id_column,
                   "CSV column that names each respondent (e.g. Email)")
      ->type_name("NAME");
  score->add_flag("--strict", options->strict, "Stop at the first invalid record (exit 1)");
  score->callback([&context, options, output] {
    options->output_given = output->count() > 0;
    context.exit_code = run_score(context, *options);
  });
}

}  // namespace medcareer::commands
