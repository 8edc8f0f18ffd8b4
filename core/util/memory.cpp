#include "util/memory.h"

#include <cstdlib> // defines __GLIBC__ where it applies

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace paydeck::util {

void returnFreedMemoryPromptly()
{
#if defined(__GLIBC__)
    // 256 KiB: a page of rows stays on the heap, a column of a million rows does not.
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
    mallopt(M_TRIM_THRESHOLD, 4 * 1024 * 1024);
#endif
}

void trimFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace paydeck::util
