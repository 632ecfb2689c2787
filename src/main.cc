#include "commands/commands.h"

int main(int argc, char** argv) {
  return medcareer::commands::run(argc, argv);
}
