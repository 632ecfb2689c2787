#include "base/temporary_files.h"

#include <unistd.h>

#include <atomic>
#include <cstring>

#include "medcareer/atomic_file.h"

namespace medcareer {

namespace {

constexpr int kSlots = 8;  // AtomicFiles open at once: one per output, in practice one
constexpr std::size_t kMaxPath = 4096;

struct Slot {
  std::atomic<bool> taken{false};  // claimed by a writer
  std::atomic<bool> armed{false};  // `path` is complete and names a file to remove
  char path[kMaxPath] = {};
};

static_assert(std::atomic<bool>::is_always_lock_free,
              "the signal handler may only touch lock-free atomics");

Slot slots[kSlots];

}  // namespace

int remember_temporary_file(const std::string& path) {
  if (path.size() >= kMaxPath) return -1;
  for (int i = 0; i < kSlots; ++i) {
    Slot& slot = slots[i];
    bool expected = false;
    if (!slot.taken.compare_exchange_strong(expected, true)) continue;
    std::memcpy(slot.path, path.c_str(), path.size() + 1);
    slot.armed.store(true);  // after the path: a handler never sees half of one
    return i;
  }
  return -1;
}

void forget_temporary_file(int slot) {
  if (slot < 0 || slot >= kSlots) return;
  slots[slot].armed.store(false);
  slots[slot].taken.store(false);
}

void remove_temporary_files() noexcept {
  for (Slot& slot : slots) {
    if (slot.armed.load()) unlink(slot.path);
  }
}

}  // namespace medcareer
