#include "app/heap.h"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace kosei {
namespace {

constexpr uintptr_t kHugePage = uintptr_t{2} << 20;
constexpr uintptr_t kHeapStep = uintptr_t{64} << 20;

}  // namespace

void prepare_process_heap() {
  mallopt(M_MMAP_THRESHOLD, 256 << 20);
  mallopt(M_TRIM_THRESHOLD, 512 << 20);
  mallopt(M_TOP_PAD, static_cast<int>(kHeapStep));
  void* grow = std::malloc(1 << 20);  // served from the heap top: extends it by 1 MiB + the pad
  if (!grow) return;
  const uintptr_t begin = (reinterpret_cast<uintptr_t>(grow) + kHugePage - 1) & ~(kHugePage - 1);
  const uintptr_t end = reinterpret_cast<uintptr_t>(sbrk(0)) & ~(kHugePage - 1);
  if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);  // advisory
  // Below the first huge-page boundary (up to 2 MiB) is where start-up allocates: fault those pages
  // in with one call instead of one trap per 4 KiB page (~150 traps for one small file; Linux 5.14+,
  // an older kernel refuses the advice and nothing changes).
  const uintptr_t first = reinterpret_cast<uintptr_t>(grow) & ~uintptr_t{4095};
  const uintptr_t populate_end = std::min(begin, end);
  if (populate_end > first) madvise(reinterpret_cast<void*>(first), populate_end - first, MADV_POPULATE_WRITE);
  std::free(grow);
}

void prepare_thread_heap() {
  // glibc's non-main arenas are mappings of HEAP_MAX_SIZE (64 MiB on 64-bit), aligned to it; the
  // first allocation of the thread comes from its arena. Advice on parts not mapped is ignored.
  void* probe = std::malloc(64);
  if (!probe) return;
  const uintptr_t base = reinterpret_cast<uintptr_t>(probe) & ~(kHeapStep - 1);
  madvise(reinterpret_cast<void*>(base), kHeapStep, MADV_HUGEPAGE);  // advisory
  std::free(probe);
}

}  // namespace kosei
