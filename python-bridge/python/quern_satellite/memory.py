"""How a satellite's C heap keeps the memory one call frees for the next call (glibc malloc).

By default glibc serves every large allocation (the private copy of an input chunk, a column's
array: megabytes each) with a fresh ``mmap`` and hands it back to the kernel when it is freed, so
each call pays for all its page faults again. Copying a million rows of input (int, float,
nvarchar: 26 MB) out of the segment took 11-14 ms that way; with the pages kept, 2 ms.

The fork server's parent sets two malloc parameters before it forks (``keep_freed_memory``); its
satellites inherit them:

- ``M_MMAP_THRESHOLD`` at 32 MiB, the largest glibc allows: smaller allocations come from the
  heap, whose freed memory the next allocation reuses;
- ``M_TRIM_THRESHOLD`` at 64 MiB: the heap keeps up to that much free memory at its top instead of
  returning it at once.

What a satellite keeps this way counts in its resident memory. A satellite kept for its session
gives it back (``release_freed_memory``, glibc's ``malloc_trim``) once it has waited a second for
the session's next call, so idle sessions hold no more than their live objects.
"""

from __future__ import annotations

import ctypes

_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3

#: Allocations below this come from the heap (glibc's ceiling for the parameter).
LARGE_ALLOCATION = 32 << 20
#: Free memory the heap keeps at its top before it gives any back.
KEPT_FREE = 64 << 20


def _libc():
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt  # noqa: B018 - present in glibc only
        libc.malloc_trim  # noqa: B018
        return libc
    except (OSError, AttributeError):
        return None  # not glibc: its allocator's defaults stay


def keep_freed_memory() -> bool:
    """Makes freed memory stay in the process for the next allocations; False where the C
    library is not glibc or refuses a parameter (then nothing changes)."""
    libc = _libc()
    if libc is None:
        return False
    return bool(libc.mallopt(_M_MMAP_THRESHOLD, LARGE_ALLOCATION)) \
        and bool(libc.mallopt(_M_TRIM_THRESHOLD, KEPT_FREE))


def release_freed_memory() -> None:
    """Gives the free memory the heap kept back to the kernel."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)
