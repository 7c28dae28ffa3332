"""Protocol version 5: one satellite serving the successive calls of a session."""

import os
import socket
import threading

import pytest

from conftest import _restoring_process, batch_of
from quern_satellite import protocol as p, session as session_module
from quern_satellite.session import Session, SpareDir
from quern_satellite.shm import Segment


class ReusedSatellite:
    """Plays Java against ``Session.serve_calls`` in a thread: calls one after another on one
    socket and segment, each answered with DONE(reusable)."""

    def __init__(self, tmp_path):
        path = tmp_path / "segment"
        with open(path, "wb") as f:
            f.truncate(1 << 20)
        self.seg = Segment(str(path), 1 << 20)
        self.java, sat = socket.socketpair()
        self.ch = p.Channel(self.java)
        self.work_root = str(tmp_path / "work")
        os.makedirs(self.work_root)
        self.session = Session(p.Channel(sat), Segment(str(path), 1 << 20), self.work_root,
                               1 << 16, SpareDir(self.work_root, 1 << 16))
        self.errors = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()
        self.n = 0

    def _serve(self):
        try:
            self.session.serve_calls()
        except BaseException as e:  # noqa: BLE001
            self.errors.append(e)

    def call(self, script, before=b""):
        """One one-row call; returns (stdout, reusable, had_error). ``before``: frames sent
        ahead of its EXECUTE (a late ACK)."""
        self.n += 1
        n = self.seg.write_chunk(0, self.seg.input_region(), batch_of([("a", "int", [1])]))
        self.java.sendall(before + b"".join([
            p.encode_execute(p.Execute(f"REQ-{self.n}", "Python", script, "InputDataSet",
                                       "OutputDataSet")),
            p.Writer(p.DATA).u8(p.KIND_INPUT).i64(0).i64(n).frame(),
            p.Writer(p.RUN).frame(),
            p.Writer(p.FINISH).frame(),
        ]))
        stdout, error = "", False
        self.replies = []
        while True:
            r = self.ch.receive()
            self.replies.append(r.type)
            if r.type == p.OUTPUT_TEXT and r.u8() == p.STDOUT:
                stdout = r.str()
            elif r.type == p.ERROR:
                error = True
            elif r.type == p.DONE:
                return stdout, r.u8() == 1, error

    def close(self):
        self.java.close()
        self.thread.join(10)
        assert not self.thread.is_alive() and not self.errors, self.errors


@pytest.fixture
def reused(tmp_path):
    yield from _restoring_process(lambda t: (lambda: ReusedSatellite(t)), tmp_path)


def test_a_reusable_satellite_serves_the_next_execute(reused):
    sat = reused()
    out1, reusable1, _ = sat.call("import os\nprint(os.getpid(), os.getcwd())")
    out2, reusable2, _ = sat.call("import os\nprint(os.getpid(), os.getcwd())")
    assert reusable1 and reusable2
    pid1, cwd1 = out1.split()
    pid2, cwd2 = out2.split()
    assert pid1 == pid2 and cwd1.endswith("REQ-1") and cwd2.endswith("REQ-2")
    sat.close()  # Java closing the socket ends serve_calls


def test_a_late_ack_before_the_next_execute_is_dropped(reused):
    sat = reused()
    sat.call("OutputDataSet = InputDataSet")
    out, reusable, error = sat.call("print('second')", before=p.Writer(p.ACK).frame())
    assert (out, reusable, error) == ("second\n", True, False)
    sat.close()


def test_the_next_call_sees_no_global_environment_or_path_of_the_last(reused):
    sat = reused()
    sat.call("import os, sys\nx = 1\nos.environ['LEFT'] = '1'\nsys.path.insert(0, '/left')")
    out, _, _ = sat.call("import os, sys\nprint('x' in globals(), 'LEFT' in os.environ, '/left' in sys.path)")
    assert out == "False False False\n"
    sat.close()


def test_an_error_makes_the_satellite_unfit(reused):
    sat = reused()
    _, reusable, error = sat.call("raise ValueError('x')")
    assert error and not reusable
    sat.close()


def test_a_thread_left_running_makes_the_satellite_unfit(reused):
    sat = reused()
    _, reusable, _ = sat.call("import threading\nev = threading.Event()\n"
                              "threading.Thread(target=ev.wait, args=(5,), daemon=True).start()")
    assert not reusable
    sat.close()


def test_the_call_limit_retires_the_satellite(reused, monkeypatch):
    monkeypatch.setattr(session_module, "MAX_CALLS", 2)
    sat = reused()
    assert sat.call("pass")[1]
    assert not sat.call("pass")[1]  # the second call was its last
    sat.close()


def test_memory_growth_retires_the_satellite(reused, monkeypatch):
    monkeypatch.setattr(session_module, "MAX_GROWTH", 1 << 20)
    sat = reused()
    assert sat.call("pass")[1]
    assert not sat.call("import builtins\nbuiltins.quern_kept = bytearray(8 << 20)")[1]
    sat.close()
    import builtins
    del builtins.quern_kept  # the "satellite" was this process


def test_an_empty_last_directory_becomes_the_next_spare_and_a_used_one_is_left_to_java(reused):
    sat = reused()
    sat.call("pass")
    sat.call("open('left.txt', 'w').write('x')")  # ran in REQ-2, the renamed REQ-1
    assert not os.path.exists(os.path.join(sat.work_root, "REQ-1"))
    # REQ-2 kept its file: it stays for Java to delete, and the next call gets a new directory.
    assert os.listdir(os.path.join(sat.work_root, "REQ-2")) == ["left.txt"]
    out, _, _ = sat.call("import os\nprint(os.listdir('.'))")
    assert out == "[]\n"
    sat.close()
