#include "app/heap.h"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

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
  std::free(grow);
}

}  // namespace kosei
