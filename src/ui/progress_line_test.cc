#include "ui/progress_line.h"

#include <doctest/doctest.h>

using medcareer::ui::progress_line;

TEST_CASE("progress line: a bar, the percentage and the counts") {
  CHECK(progress_line(0.35, 12000, 3, 80) ==
        "[##############..........................]   35%  scored 12000, 3 failed");
  CHECK(progress_line(0.0, 0, 0, 80) ==
        "[........................................]    0%  scored 0, 0 failed");
  CHECK(progress_line(1.0, 10, 0, 80) ==
        "[########################################]  100%  scored 10, 0 failed");
}

TEST_CASE("progress line: fits the width, and shows counts alone without a size") {
  CHECK(progress_line(0.5, 7, 1, 50) == "[###########...........]   50%  scored 7, 1 failed");
  CHECK(progress_line(0.5, 7, 1, 30) == " 50%  scored 7, 1 failed");
  CHECK(progress_line(std::nullopt, 7, 1, 80) == "scored 7, 1 failed");
  CHECK(progress_line(1.7, 7, 1, 30) == "100%  scored 7, 1 failed");
}
