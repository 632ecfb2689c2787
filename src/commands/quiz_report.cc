#include "commands/quiz_report.h"

#include <cstdio>
#include <filesystem>
#include <iostream>

#include "commands/context.h"
#include "commands/quiz_flow.h"
#include "commands/quiz_save.h"
#include "medcareer/atomic_file.h"
#include "ui/terminal.h"

namespace medcareer::commands {

bool write_report(const std::string& path, const std::string& html) {
  if (auto written = write_file_atomically(path, html); !written) {
    report(written.error());
    return false;
  }
  std::fprintf(stderr, "medcareer: report saved in %s (open it in a browser)\n", path.c_str());
  return true;
}

int offer_report(const std::function<std::string()>& html) {
  std::string question =
      "\nSave a report you can open in a browser? Type a file name (for example "
      "report.html), or press Enter to skip: ";
  auto broken_off = [] {
    const int sig = ui::pending_signal();
    return sig ? 128 + sig : exit_code::ok;  // the end of input: nothing more to ask
  };
  while (true) {
    std::fputs(question.c_str(), stdout);
    std::fflush(stdout);
    std::string name;
    if (!read_line(std::cin, name)) return broken_off();
    if (name.empty()) return exit_code::ok;
    std::error_code ec;
    if (std::filesystem::exists(name, ec)) {
      std::fputs((name + " exists. Overwrite it? [y/N] ").c_str(), stdout);
      std::fflush(stdout);
      std::string reply;
      if (!read_line(std::cin, reply)) return broken_off();
      if (!is_yes(reply)) {
        question = "Type another file name, or press Enter to skip: ";
        continue;
      }
    }
    if (write_report(name, html())) return exit_code::ok;
    question = "Type another file name, or press Enter to skip: ";
  }
}

}  // namespace medcareer::commands
