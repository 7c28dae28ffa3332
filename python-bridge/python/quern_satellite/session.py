"""One satellite serving the calls of one client session, driven by the Java side over the
control channel: one call, or (protocol version 5) the next calls of the same session, each with a
fresh namespace, working directory, environment and ``sys.path``."""

from __future__ import annotations

import decimal
import linecache
import os
import resource
import shutil
import socket
import sys
import threading
import traceback
import warnings

import pandas as pd
import pyarrow as pa

from . import capture, executor, memory, preload, protocol as p, typemap
from .shm import RegionFull, Segment

#: First-try chunk size: a share of the region, and small enough that Java decodes one chunk
#: while the next is written (pipelining) rather than waiting for one huge chunk.
_FILL = 0.6
_CHUNK_TARGET = 4 << 20
#: Rows of the first output slice when the output is converted slice by slice; later slices are
#: sized from its bytes per row to fill about one chunk.
_FIRST_SLICE = 32768
#: A satellite serves at most this many calls of one session, and retires once its resident
#: memory has grown this much since the end of its first call: both bound whatever slow growth
#: scripts leave in modules (caches, fragmented heaps) from call to call.
MAX_CALLS = 1000
MAX_GROWTH = 256 << 20
_PAGE = os.sysconf("SC_PAGE_SIZE")
#: How long a satellite that served a call waits before it prepares for the next (see serve_calls).
_PREPARE_DELAY = 0.003
#: How long a satellite kept for its session waits for the next call before it gives back the
#: freed memory it keeps for that call (see memory).
_IDLE_RELEASE = 1.0


def resident_bytes() -> int:
    """The process's resident memory now (not its peak, which getrusage gives)."""
    with open("/proc/self/statm", "rb") as f:
        return int(f.read().split()[1]) * _PAGE


def apply_limits(memory_limit: int, nice: int) -> None:
    """The external resource pool's limits for this call. A satellite that serves another call
    of its session gets the same pool's limits again (Java reuses it only then): setting the
    same RLIMIT_AS again changes nothing, and the caller applies ``nice`` once."""
    if memory_limit > 0:
        # Address space, not RSS: allocations beyond it fail with MemoryError in the script.
        # Soft and hard alike, so the script cannot raise it back.
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = memory_limit if hard == resource.RLIM_INFINITY else min(memory_limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    if nice > 0:
        os.nice(nice)


def use_libraries(user: str, shared: str) -> None:
    """The call's external libraries (CREATE EXTERNAL LIBRARY, installed by the server): the
    caller's private directory first, so a private version of a package shadows the public one,
    then the database's public one, both ahead of the environment's packages; and both in the
    variables SQL Server's satellites set (sqlmlutils looks there), empty when there are none."""
    os.environ["MRS_EXTLIB_USER_PATH"] = user
    os.environ["MRS_EXTLIB_SHARED_PATH"] = shared
    sys.path[:0] = [d for d in (user, shared) if d]


def rehearse(chunk: bytes, segment: Segment) -> None:
    """Runs one whole call's conversation in-process: ``chunk`` (an input IPC stream as Java
    writes it) through the same Session code a call runs (protocol frames, input read and ACK,
    Arrow -> pandas, script, pandas -> Arrow, output DATA, RUN_DONE), over a socket pair and a
    private segment, with no directory, capture or limits. In a forked child this makes its own
    copy of every page a call touches before the call comes (copy-on-write), and writes nothing
    anywhere.
    """
    java, sat = socket.socketpair()
    java.settimeout(10)
    sat.settimeout(10)  # a rehearsal that would wait is a bug: fail rather than hang the spare
    segment.view[: len(chunk)] = chunk
    e = p.decode_execute(p.Reader(p.encode_execute(
        p.Execute("rehearsal", "Python", "OutputDataSet = InputDataSet", "InputDataSet",
                  "OutputDataSet"))[4:]))
    runner = executor.ScriptRunner(e.script, e.input_name, e.output_name, "/nonexistent-rehearsal",
                                   blank_output=pd.DataFrame())
    try:
        java.sendall(p.Writer(p.DATA).u8(p.KIND_INPUT).i64(0).i64(len(chunk)).frame()
                     + p.Writer(p.RUN).frame() + p.Writer(p.FINISH).frame())
        ch = p.Channel(sat)
        Session(ch, segment, "/nonexistent-rehearsal", 0)._loop(runner, e)
        ch.send(p.Writer(p.DONE).u8(0).strs([]).frame())
        ch.flush()
        java.recv(1 << 16)
    finally:
        java.close()
        sat.close()
        linecache.cache.pop(runner.filename, None)


def _rename_if_empty(path: str, new_path: str) -> bool:
    """Renames the directory ``path`` to ``new_path`` if it is empty. Java deletes a finished call's
    directory too, off the caller's path: whichever comes second finds nothing to do."""
    try:
        if os.listdir(path):
            return False
        os.rename(path, new_path)
        return True
    except OSError:
        return False


class SpareDir:
    """A working directory made before the call (``.spare-<pid>``), entered, with stdout and
    stderr already captured; renamed to the request id when the call comes. The process's working
    directory follows the rename, so the call itself costs one rename instead of a mkdir, a chdir,
    two pipes, the redirection of fds 1 and 2 and the start of the drain thread."""

    def __init__(self, work_root: str, output_cap: int, last_call_dir: str | None = None):
        """``last_call_dir``: the working directory of the call this satellite served last; when
        that call left it empty it becomes this one (a rename costs a tenth of a mkdir here)."""
        self.path = os.path.join(work_root, f".spare-{os.getpid()}")
        if not (last_call_dir and _rename_if_empty(last_call_dir, self.path)):
            os.makedirs(self.path, mode=0o700, exist_ok=True)
        os.chdir(self.path)
        self.capture = capture.OutputCapture(output_cap)
        # What the call does around the script, done once ahead on the same objects (the
        # environment's mappings, the capture's read path): their pages are copied now, not then.
        os.environ["HOME"] = os.environ["TMPDIR"] = self.path
        self.capture.read(p.STDOUT)

    def remove(self) -> None:
        """Deletes the directory of a spare that will never serve a call."""
        os.chdir("/")
        shutil.rmtree(self.path, ignore_errors=True)

    def claim(self, workdir: str) -> capture.OutputCapture:
        os.rename(self.path, workdir)
        return self.capture


class Session:
    def __init__(self, channel: p.Channel, segment: Segment, work_root: str, output_cap: int,
                 spare: SpareDir | None = None):
        self.ch = channel
        self.seg = segment
        self.work_root = work_root
        self.output_cap = output_cap
        self.spare = spare
        self.finish_requested = False  # FINISH came while an output ACK was awaited (version 2)
        self.ack_pending = False  # the last output chunk's ACK has not come yet (version 3)
        # The first run's preset OutputDataSet, made while the satellite still waits for its call
        # (an empty DataFrame costs ~0.1 ms in a fresh satellite).
        self.blank_output = pd.DataFrame()
        self.calls = 0
        self.nice_applied = False
        # What a call may change and the next call of the session must not see (version 5),
        # taken before the first call changes anything.
        self.environ = dict(os.environ)
        self.path = list(sys.path)
        self.warning_filters = list(warnings.filters)
        self.first_size: int | None = None
        self.last_call_dir: str | None = None

    def serve(self) -> bool:
        """Serves the call that the next EXECUTE starts; returns, once DONE was sent, whether
        the satellite could serve another call (DONE's ``reusable``)."""
        return self._serve_and_flush(p.decode_execute(self.ch.expect(p.EXECUTE)))

    def serve_calls(self) -> None:
        """Serves calls until one leaves the satellite unfit for another, or until Java closes
        the socket instead of sending the next EXECUTE (version 5)."""
        e = p.decode_execute(self.ch.expect(p.EXECUTE))
        while self._serve_and_flush(e):
            # Java is sending the reply to its client now: the preparation (a directory, pipes, a
            # thread) waits a moment rather than compete with it for the cores, unless the
            # session's next call is already here.
            self.ch.wait_readable(_PREPARE_DELAY)
            self._prepare_next()
            if not self.ch.wait_readable(_IDLE_RELEASE):
                memory.release_freed_memory()
            e = self._next_execute()
            if e is None:
                if self.spare is not None:
                    self.spare.remove()  # Java closed this satellite: nobody else knows the directory
                return

    def _serve_and_flush(self, e: p.Execute) -> bool:
        reusable = self._serve(e)
        self.ch.flush()
        return reusable

    def _next_execute(self) -> p.Execute | None:
        """The next call's EXECUTE, or None when Java closed the socket instead."""
        while True:
            try:
                r = self.ch.receive()
            except EOFError:
                return None
            if r.type == p.EXECUTE:
                return p.decode_execute(r)
            if r.type != p.ACK:
                raise p.ProtocolError(f"expected EXECUTE, got message type {r.type}")
            self.ack_pending = False  # the last call's ACK of its last output chunk, late

    def _prepare_next(self) -> None:
        """Puts back what the last call changed outside its namespace (which goes with it):
        environment, sys.path, warning filters, decimal context, the preset output, and a fresh
        working directory with its own output capture. Runs while Java still answers the last
        call's client. Modules stay imported, with whatever state scripts left in them."""
        # Only what changed: a whole clear and refill is ~80 putenv/unsetenv calls.
        for key in [k for k in os.environ if k not in self.environ]:
            del os.environ[key]
        for key, value in self.environ.items():
            if os.environ.get(key) != value:
                os.environ[key] = value
        sys.path[:] = self.path
        warnings.filters[:] = self.warning_filters
        mutated = getattr(warnings, "_filters_mutated", None)  # resets the already-warned caches
        if mutated is not None:
            mutated()
        decimal.setcontext(decimal.Context())
        self.blank_output = pd.DataFrame()
        self.finish_requested = False
        try:
            self.spare = SpareDir(self.work_root, self.output_cap, self.last_call_dir)
        except OSError:
            # E.g. Java, closing this satellite, deleted the directory meanwhile: the next call
            # (if one comes) makes its directory and capture itself.
            self.spare = None

    def _reusable(self, failed: bool, threads_before: set) -> bool:
        """Whether this satellite can serve another call of the session (see protocol.py)."""
        if failed or self.calls >= MAX_CALLS:
            return False
        if any(t.is_alive() and t not in threads_before for t in threading.enumerate()):
            return False  # the script left a thread of its own running
        size = resident_bytes()
        if self.first_size is None:
            self.first_size = size
        return size - self.first_size <= MAX_GROWTH

    def _serve(self, e: p.Execute) -> bool:
        self.calls += 1
        # Java never ACKs the last output chunk of a call once it holds that call's DONE, and an
        # ACK it sent before came ahead of this EXECUTE: nothing is pending now.
        self.ack_pending = False
        workdir = os.path.join(self.work_root, e.request_id)
        self.last_call_dir = workdir
        try:
            if self.spare is not None:
                output = self.spare.claim(workdir)
                self.spare = None
            else:
                os.makedirs(workdir, mode=0o700, exist_ok=True)
                os.chdir(workdir)
                output = capture.OutputCapture(self.output_cap)
        except OSError:
            self.ch.send(p.Writer(p.ERROR).u8(p.ERROR_SATELLITE).str(traceback.format_exc()).frame())
            self.ch.send(p.Writer(p.DONE).u8(0).strs([]).frame())
            return False
        threads_before = set(threading.enumerate())
        os.environ["HOME"] = workdir
        os.environ["TMPDIR"] = workdir
        use_libraries(e.user_libraries, e.shared_libraries)
        preload.forget_shadowed((e.user_libraries, e.shared_libraries))
        apply_limits(e.memory_limit, 0 if self.nice_applied else e.nice)
        self.nice_applied = True
        failed = True
        imported: list[str] = []
        try:
            runner = executor.ScriptRunner(e.script, e.input_name, e.output_name, workdir,
                                           e.partition_by, e.order_by, self.blank_output)
            self._loop(runner, e)
            failed = False
            imported = preload.learnable(runner.imported)
        except executor.ScriptError as err:
            # Raised only while the Java side waits for a reply (RUN, FINISH), never mid-input.
            self.ch.send(p.Writer(p.ERROR).u8(p.ERROR_SCRIPT).str(err.detail).frame())
        except (EOFError, OSError, p.ProtocolError):
            raise
        except Exception:  # noqa: BLE001 - any other failure is the satellite's, with its traceback
            self.ch.send(p.Writer(p.ERROR).u8(p.ERROR_SATELLITE).str(traceback.format_exc()).frame())
        output.close()
        self._send_text(output, p.STDOUT)
        self._send_text(output, p.STDERR)
        reusable = self._reusable(failed, threads_before)
        self.ch.send(p.Writer(p.DONE).u8(1 if reusable else 0).strs(imported).frame())
        # DONE goes out before this call's objects are freed, on return: freeing a large frame
        # (a million strings: ~20 ms) would otherwise hold back the end of the client's reply.
        self.ch.flush()
        return reusable

    def _loop(self, runner: executor.ScriptRunner, e: p.Execute) -> None:
        # Input batches are converted as they arrive (see typemap.FrameBuilder); a run without new
        # input still sees the columns of the previous one.
        builder = typemap.FrameBuilder()
        params = None
        while True:
            if self.finish_requested:
                r = None
            else:
                r = self.ch.receive()
            if r is None or r.type == p.FINISH:
                outs = [x for x in e.params if x.is_output]
                if outs:
                    self._send_batch(runner.output_params(outs), p.KIND_OUTPUT_PARAMS)
                return
            if r.type == p.ACK and self.ack_pending:
                self.ack_pending = False  # of the last output chunk of the previous run
            elif r.type == p.DATA:
                kind, off, length = r.u8(), r.i64(), r.i64()
                batches = self.seg.read_chunk(off, length)
                self.ch.send_simple(p.ACK)
                if not self.ch.has_frame():
                    self.ch.flush()  # Java may be waiting to write the next chunk
                if kind == p.KIND_PARAMS:
                    params = batches[0]  # bound at the first RUN, where errors can be reported
                else:
                    builder.add(batches)
            elif r.type == p.RUN:
                if params is not None:
                    runner.bind_params(executor.params_from_batch(params))
                    params = None
                frame = builder.frame()
                builder = typemap.FrameBuilder(builder.schema)
                has_output = False
                for out in runner.run(frame):
                    self._send_frame(out)
                    has_output = True
                    if runner.partition_by:
                        self.ch.flush()  # Java decodes this output while the next partition runs
                self.ch.send(p.Writer(p.RUN_DONE).u8(1 if has_output else 0).frame())
            else:
                raise p.ProtocolError(f"unexpected message type {r.type} during a call")

    def _send_frame(self, df: pd.DataFrame) -> None:
        rows = len(df)
        if rows <= _FIRST_SLICE or not self._safely(typemap.converts_by_slices, df):
            self._send_batch(self._convert(df), p.KIND_OUTPUT)
            return
        # Slice by slice: the next slice is converted while Java decodes the last chunk.
        off, step = 0, _FIRST_SLICE
        while off < rows:
            batch = self._convert(df.iloc[off : off + step])
            off += batch.num_rows
            self._send_batch(batch, p.KIND_OUTPUT, last=off >= rows)
            if batch.nbytes > 0:
                step = max(1, int(batch.num_rows * self._chunk_bytes() / batch.nbytes))

    @staticmethod
    def _safely(fn, df):
        try:
            return fn(df)
        except Exception as err:  # noqa: BLE001 - a value that cannot be converted is the script's
            raise executor.ScriptError(f"{type(err).__name__}: OutputDataSet: {err}") from None

    def _convert(self, df: pd.DataFrame) -> pa.RecordBatch:
        return self._safely(typemap.frame_to_batch, df)

    def _chunk_bytes(self) -> float:
        return min(len(self.seg.output_region()) * _FILL, _CHUNK_TARGET)

    def _send_batch(self, batch: pa.RecordBatch, kind: int, last: bool = True) -> None:
        """Writes ``batch`` chunk by chunk. Each chunk's ACK is awaited only before the region is
        written again; the chunks before the ``last`` one go out at once (Java decodes one while
        the next is converted), the last one with whatever follows it (RUN_DONE, DONE)."""
        region = self.seg.output_region()
        total = batch.num_rows
        target = self._chunk_bytes()
        rows = total if batch.nbytes == 0 else max(1, int(total * target / batch.nbytes))
        off = 0
        while True:
            n = min(rows, total - off)
            if self.ack_pending:
                self._await_ack()
            try:
                length = self.seg.write_chunk(self.seg.half, region, batch.slice(off, n))
            except RegionFull:
                if n <= 1:
                    raise executor.ScriptError(
                        f"ValueError: a row of {batch.num_columns} column(s) is larger than the "
                        f"shared-memory region of {len(region)} bytes") from None
                rows = max(1, n // 2)
                continue
            self.ch.send_data(kind, self.seg.half, length)
            self.ack_pending = True
            off += n
            if off >= total and last:
                return
            self.ch.flush()
            if off >= total:
                return

    def _await_ack(self) -> None:
        """Waits for the ACK of an output chunk; the Java side may send FINISH ahead of it."""
        while True:
            r = self.ch.receive()
            if r.type == p.ACK:
                self.ack_pending = False
                return
            if r.type == p.FINISH and not self.finish_requested:
                self.finish_requested = True
                continue
            raise p.ProtocolError(f"expected ACK, got message type {r.type}")

    def _send_text(self, output: capture.OutputCapture, stream: int) -> None:
        text, cut = output.read(stream)
        if text or cut:
            self.ch.send(p.Writer(p.OUTPUT_TEXT).u8(stream).str(text).i64(cut).frame())
