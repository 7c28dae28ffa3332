"""The capture of a call's stdout and stderr: fds 1 and 2 point at pipes that a drain thread
empties, keeping the first ``cap`` bytes of each and counting the rest.

Why pipes and not files in the working directory: a script printing without end (``while True:
print(...)``) filled the working directory's filesystem, which the other sessions and the
server's own store share. Here a call's output costs at most ``cap`` bytes of memory per stream
and nothing on disk, however much it prints, and the count of bytes left out stays exact.

Why a thread and not periodic truncation of a file: a file grows at page-cache speed (GB/s)
between two checks, and bytes written between a size check and the truncation would be lost
from the count. The thread only reads; the script's writes never fail, they wait while the pipe
(widened to 1 MiB where the system allows) is full. Output of C extensions and child processes
goes through fds 1 and 2 and is captured the same way. A C extension that writes more than the
pipe holds without releasing the GIL would wait on the drain thread, which needs the GIL: the
pipe's width is what makes that unlikely.
"""

from __future__ import annotations

import fcntl
import os
import select
import sys
import threading

STDOUT, STDERR = 1, 2
#: The pipe width asked for: fewer thread switches per megabyte printed, and room for C code
#: that writes while holding the GIL. Linux lets an unprivileged process go up to
#: /proc/sys/fs/pipe-max-size (1 MiB by default).
_PIPE_BYTES = 1 << 20
_READ_BYTES = 1 << 16


class _Kept:
    """The first ``cap`` bytes of one stream and the count of the bytes after them."""

    def __init__(self, cap: int):
        self.cap = cap
        self.data = bytearray()
        self.cut = 0

    def add(self, chunk: bytes) -> None:
        room = self.cap - len(self.data)
        if room > 0:
            self.data += chunk[:room]
        self.cut += max(0, len(chunk) - max(room, 0))


class OutputCapture:
    """Points fds 1 and 2 at pipes for the whole call; ``close`` puts /dev/null there and
    returns once everything written before it has been read."""

    def __init__(self, cap: int):
        sys.stdout.flush()
        sys.stderr.flush()
        self._kept = {STDOUT: _Kept(cap), STDERR: _Kept(cap)}
        self._reads = {}
        for fd in (STDOUT, STDERR):
            r, w = os.pipe()  # both ends close-on-exec; dup2 makes fd 1 and 2 inheritable
            _widen(w)
            os.set_blocking(r, False)
            os.dup2(w, fd)
            os.close(w)
            self._reads[r] = self._kept[fd]
        self._wake = os.eventfd(0, os.EFD_CLOEXEC)
        self._finished = threading.Event()
        self._thread = threading.Thread(target=self._drain, name="quern-output-drain",
                                        daemon=True)
        self._thread.start()
        # New text streams on the redirected fds: UTF-8 whatever the (whitelisted) locale says.
        self._saved = (sys.stdout, sys.stderr)
        sys.stdout = open(1, "w", encoding="utf-8", errors="backslashreplace", closefd=False)
        sys.stderr = open(2, "w", encoding="utf-8", errors="backslashreplace", closefd=False)

    def close(self) -> None:
        """Flushes the script's streams, waits until the drain thread has read what they wrote
        and puts the previous Python streams back. Fds 1 and 2 then point at /dev/null: what is
        printed after the call (a thread the script left running) belongs to no call."""
        sys.stdout.flush()
        sys.stderr.flush()
        sys.stdout, sys.stderr = self._saved
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, STDOUT)
        os.dup2(null, STDERR)
        os.close(null)
        # The thread may have ended already: the dup2s above closed the pipes' last write ends.
        os.eventfd_write(self._wake, 1)
        self._finished.wait()
        os.close(self._wake)  # only here: the thread may still poll it until _finished

    def read(self, which: int) -> tuple[str, int]:
        """(text, bytes left out) of stdout (1) or stderr (2), after ``close``."""
        kept = self._kept[which]
        if not kept.data and not kept.cut:
            return "", 0
        return bytes(kept.data).decode("utf-8", "replace"), kept.cut

    def _drain(self) -> None:
        self._poller = select.poll()
        for r in (*self._reads, self._wake):
            self._poller.register(r, select.POLLIN)
        try:
            while self._reads:
                for fd, _ in self._poller.poll():
                    if fd == self._wake:
                        self._poller.unregister(fd)
                        self._last_reads()
                    elif fd in self._reads:
                        self._read(fd, keep=not self._finished.is_set())
        finally:
            self._finished.set()  # never leave ``close`` waiting, whatever happened here

    def _read(self, fd: int, keep: bool) -> int:
        """Reads once from a pipe into its stream's kept bytes (or drops what it reads once the
        call has ended); the bytes read, 0 when the pipe is empty or closed by every writer."""
        try:
            chunk = os.read(fd, _READ_BYTES)
        except BlockingIOError:
            return 0
        if not chunk:
            self._forget(fd)
        elif keep:
            self._reads[fd].add(chunk)
        return len(chunk)

    def _last_reads(self) -> None:
        """At ``close``: reads what the pipes hold now, which is all that was written before it
        (a write to a pipe is complete when it returns). Bounded by the pipe's width, so a child
        process that goes on writing cannot hold the call. The thread then goes on reading, and
        dropping, until every writer has closed, so such a child never waits on a full pipe."""
        for fd in list(self._reads):
            budget = _PIPE_BYTES + _READ_BYTES
            while budget > 0:
                n = self._read(fd, keep=True)
                if n == 0:
                    break
                budget -= n
        self._finished.set()

    def _forget(self, fd: int) -> None:
        self._poller.unregister(fd)
        self._reads.pop(fd, None)
        os.close(fd)


def _widen(fd: int) -> None:
    try:
        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, _PIPE_BYTES)
    except OSError:
        pass  # a lower pipe-max-size: the default width (64 KiB) still works, with more switches
