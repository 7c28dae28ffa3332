"""The fork server's parent/child rules (server.py)."""

import ctypes
import os
import select
import signal
import time

from quern_satellite import server

_PR_SET_CHILD_SUBREAPER = 36


def _terms_received(child_body) -> list:
    """Runs ``child_body(parent_pid)`` in a forked child of this process (a subreaper, so orphans
    of its children come back to it) and returns the SIGTERMs this process received meanwhile."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    got = []
    old = signal.signal(signal.SIGTERM, lambda *_: got.append(signal.SIGTERM))
    r, w = os.pipe()
    try:
        pid = os.fork()
        if pid == 0:
            try:
                os.close(r)
                child_body(os.getppid())
                os.write(w, b"x")
            finally:
                os._exit(0)
        os.close(w)
        ready, _, _ = select.select([r], [], [], 30)
        assert ready, "the child never finished"
        os.read(r, 1)  # b"x", or b"" once every holder of the pipe has exited
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # reap the child and any orphan adopted meanwhile
            try:
                if os.waitpid(-1, os.WNOHANG) == (0, 0):
                    time.sleep(0.01)
            except ChildProcessError:
                break
        time.sleep(0.05)  # a signal sent just before the write is delivered by now
        return got
    finally:
        os.close(r)
        signal.signal(signal.SIGTERM, old)
        libc.prctl(_PR_SET_CHILD_SUBREAPER, 0, 0, 0, 0)


def test_a_child_that_cannot_start_stops_its_fork_server():
    assert _terms_received(lambda parent: server.stop_parent(parent)) == [signal.SIGTERM]


def test_an_orphaned_child_does_not_signal_the_process_that_adopted_it():
    """Found by ExternalScriptChaosIT killing fork servers: a child whose parent died while it
    started signalled its new parent (init, a subreaper, or in a container the server itself)."""

    def orphan(_):
        middle = os.getpid()
        if os.fork() == 0:
            try:
                deadline = time.monotonic() + 10
                while os.getppid() == middle and time.monotonic() < deadline:
                    time.sleep(0.005)
                server.stop_parent(middle)  # the fork server that forked it, now gone
            finally:
                os._exit(0)
        os._exit(0)  # the middle process plays the fork server killed mid-spawn

    # The middle never reports back: the pipe's end of file (the orphan's exit) ends the wait.
    assert _terms_received(orphan) == []


def test_a_child_that_java_never_takes_removes_its_spare_directory(tmp_path):
    """Found by ExternalScriptChaosIT: a child that connected into the socket's backlog of a
    fork server closed meanwhile left its ``.spare-<pid>`` directory behind when it exited."""
    import argparse
    import socket

    from quern_satellite import protocol as p

    work = tmp_path / "host"
    work.mkdir()
    path = str(tmp_path / "ctl.sock")
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(1)
    args = argparse.Namespace(socket=path, work_root=str(work), output_cap=1 << 16)
    pid = os.fork()
    if pid == 0:
        try:
            server.child_main(args)
        finally:
            os._exit(0)
    conn, _ = listener.accept()
    hello = p.Channel(conn).expect(p.HELLO)
    assert hello.u16() == p.VERSION
    deadline = time.monotonic() + 30
    while not (work / f".spare-{pid}").exists() and time.monotonic() < deadline:
        time.sleep(0.005)
    assert (work / f".spare-{pid}").exists()  # made while Java prepares the segment
    conn.close()  # Java drops it instead of sending ATTACH
    listener.close()
    os.waitpid(pid, 0)
    assert list(work.iterdir()) == []
