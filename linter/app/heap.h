#pragma once
// How kosei asks glibc's allocator to treat its memory. Every document allocates and frees buffers
// of a few times its size; by default glibc hands large ones back to the kernel and faults them in
// again for the next document, 4 KiB at a time — on a virtual machine a page fault costs several
// microseconds, and faults were a third of the time on the seed documents.

namespace kosei {

// Once, first thing in main(): keep freed memory for the next document (peak memory stays that of
// the largest document), grow the heap in one 64 MiB step, and ask for transparent huge pages
// there (where the kernel offers them on request) — one fault per 2 MiB; the pages below the first
// 2 MiB boundary, where start-up allocates, are faulted in at once.
void prepare_process_heap();

// First thing in each worker thread but the main one: glibc gives the thread its own arena, a
// 64 MiB-aligned mapping of its own; ask for transparent huge pages there too (5,000 page faults
// more for 40 drafts with --jobs 2 without it).
void prepare_thread_heap();

}  // namespace kosei
