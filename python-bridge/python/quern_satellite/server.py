"""The fork server: one pre-imported parent per (login, external resource pool).

Java starts ``python -m quern_satellite --socket PATH --work-root DIR ...`` and writes one line
``spawn`` to its stdin per satellite it wants. The parent (which has already imported pandas,
numpy and pyarrow and run one warm-up call) forks a child per line; the child runs its own
warm-up call, connects to PATH, says HELLO, prepares its working directory, maps the segment and
then serves one call, or the successive calls of one client session (see ``session``), and exits.
A line ``preload NAME`` makes the parent import that module of its environment first, so that the
children it forks after it start with it imported (see ``preload``). The parent never runs user code. When stdin closes (the
server went away) the parent exits; it also dies with the server through PR_SET_PDEATHSIG.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import os
import signal
import socket
import sys

import pyarrow as pa

from . import memory, preload, protocol as p, typemap
from .session import Session, SpareDir, rehearse
from .shm import Segment

_PR_SET_PDEATHSIG = 1
_connected = False  # in a child: whether it reached the server (else its failure is the host's)
_log_fd: int | None = None  # in a child: the host's output, once fds 1 and 2 capture the script's


def _die_with_parent() -> None:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except OSError:
        pass


def drop_privileges(uid: int | None, gid: int | None) -> None:
    """Switches to the unprivileged satellite user (the server runs as root)."""
    if uid is None or os.geteuid() != 0:
        return
    os.setgroups([])
    os.setgid(gid if gid is not None else uid)
    os.setuid(uid)


_warm_chunk: bytes | None = None


def _warm_input() -> bytes:
    """The warm-up's input as Java would write it: one IPC stream of one (int, float, nvarchar) row.

    Made once, in the parent; children only copy it, so their warm-up touches the pages a real
    call touches (the IPC reader, not pyarrow's builders from Python lists).
    """
    global _warm_chunk
    if _warm_chunk is None:
        schema = pa.schema([pa.field(n, t, True, {typemap.SQL_TYPE_KEY: s.encode()}) for n, t, s in
                            (("a", pa.int32(), "int"), ("b", pa.float64(), "float"),
                             ("c", pa.string(), "nvarchar(20)"))])
        batch = pa.record_batch([pa.array([1], pa.int32()), pa.array([1.5]), pa.array(["x"])],
                                schema=schema)
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, schema) as w:
            w.write_batch(batch)
        _warm_chunk = sink.getvalue().to_pybytes()
    return _warm_chunk


def warm_up() -> None:
    """One complete call in-process (``session.rehearse``): Arrow -> pandas -> script -> Arrow
    through a segment, driven by the same protocol and session code as a real call."""
    seg = Segment.anonymous(1 << 20)
    try:
        rehearse(_warm_input(), seg)
    finally:
        seg.close()


def child_main(args) -> None:
    """Runs in a forked child: warm-up, connect, prepare the call's directory, one call, exit.

    Everything a call needs that does not depend on the call is done here, before ATTACHED puts
    the child in the pool: the warm-up, the working directory (entered, stdout and stderr already
    captured) and the mapped segment. It serves calls until Java closes the socket after a
    DONE (protocol versions 3 and 5: Java may send its session's next call instead), then exits.
    """
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)  # scripts may use subprocess
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    warm_up()
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.connect(args.socket)
    global _connected, _log_fd
    _connected = True
    ch = p.Channel(sock)
    ch.send(p.Writer(p.HELLO).u16(p.VERSION).i32(os.getpid()).frame())
    ch.flush()
    # While Java creates the segment: the directory, and the capture of fds 1 and 2.
    _log_fd = os.dup(2)
    spare = SpareDir(args.work_root, args.output_cap)
    try:
        r = ch.expect(p.ATTACH)
        seg = Segment(r.str(), r.i64())
        ch.send_simple(p.ATTACHED)
    except BaseException:
        # Java never took this child (its host closed while the child waited in the socket's
        # backlog, or the handshake failed): nobody else knows its directory to delete it.
        spare.remove()
        raise
    Session(ch, seg, args.work_root, args.output_cap, spare).serve_calls()
    ch.drain_until_closed()


def stop_parent(parent: int) -> None:
    """SIGTERM to the fork server that forked this child, and only to it: once that parent has
    died (killed while the child started, which is why the child could not connect) the child has
    been re-parented, to init or to whatever process adopts orphans, which must not be signalled
    (in a container the adopter may be the server itself)."""
    if os.getppid() == parent:
        try:
            os.kill(parent, signal.SIGTERM)
        except OSError:
            pass


def parent_main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="quern_satellite")
    ap.add_argument("--socket", required=True)
    ap.add_argument("--work-root", required=True)
    ap.add_argument("--uid", type=int)
    ap.add_argument("--gid", type=int)
    ap.add_argument("--output-cap", type=int, default=1 << 20, help="stdout/stderr bytes kept")
    args = ap.parse_args(argv)
    _die_with_parent()
    drop_privileges(args.uid, args.gid)
    _die_with_parent()  # cleared by the credential change
    memory.keep_freed_memory()  # before the first allocations; children inherit it
    warm_up()
    # Objects that exist now are never collected in children: their pages stay shared instead of
    # being copied when a child's garbage collector would touch them.
    gc.freeze()
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the kernel reaps finished satellites
    parent = os.getpid()
    for line in sys.stdin:
        command = line.strip()
        if command.startswith("preload "):
            preload.learn(command[len("preload "):])
            gc.freeze()  # the new modules' objects too: shared with children, never copied
            continue
        if command != "spawn":
            continue
        if os.fork() == 0:
            code = 0
            try:
                child_main(args)
            except BaseException:  # noqa: BLE001 - a dying satellite reports on its stderr
                import traceback

                if _log_fd is None:
                    traceback.print_exc()
                    sys.stderr.flush()
                else:
                    os.write(_log_fd, traceback.format_exc().encode("utf-8", "replace"))
                code = 1
                if not _connected:
                    # A child that cannot even start means every child will fail the same way:
                    # stop the parent so the server reports the traceback (error 39021) at once.
                    stop_parent(parent)
            finally:
                os._exit(code)
    return 0
