"""Protocol version 3 on the socket: how many writes a call takes, late ACKs, prepared spares."""

import os
import socket
import struct
import threading

from quern_satellite import protocol as p
from conftest import batch_of


def _types(data: bytes) -> list[int]:
    """The message types of the whole frames in ``data``."""
    out, i = [], 0
    while i + 4 <= len(data):
        (n,) = struct.unpack_from(">I", data, i)
        out.append(data[i + 4])
        i += 4 + n
    assert i == len(data), "a frame was cut"
    return out


def _one_row_request(server, script="OutputDataSet = InputDataSet") -> bytes:
    """EXECUTE, DATA(INPUT), RUN and FINISH of a one-row call in one write (Java sends EXECUTE
    ahead when an input query runs; the satellite's reply is the same)."""
    b = batch_of([("a", "int", [1])])
    n = server.seg.write_chunk(0, server.seg.input_region(), b)
    return b"".join([
        p.encode_execute(p.Execute("REQ-1", "Python", script, "InputDataSet", "OutputDataSet")),
        p.Writer(p.DATA).u8(p.KIND_INPUT).i64(0).i64(n).frame(),
        p.Writer(p.RUN).frame(),
        p.Writer(p.FINISH).frame(),
    ])


def test_one_row_call_is_one_write_each_way(server):
    server.thread.start()
    server.java.sendall(_one_row_request(server))
    # The satellite writes once, after DONE: the first read holds the whole reply, and the output
    # chunk's ACK (never sent here) was not waited for.
    reply = server.java.recv(1 << 20)
    assert _types(reply) == [p.ACK, p.DATA, p.RUN_DONE, p.DONE]
    server.thread.join(10)
    assert not server.thread.is_alive() and not server.errors


def test_reply_carries_output_texts_before_done(server):
    server.thread.start()
    server.java.sendall(_one_row_request(server, "print('hi')\nOutputDataSet = InputDataSet"))
    reply = b""
    while not reply or _types_or_none(reply) is None or _types(reply)[-1] != p.DONE:
        reply += server.java.recv(1 << 20)
    assert _types(reply) == [p.ACK, p.DATA, p.RUN_DONE, p.OUTPUT_TEXT, p.DONE]
    server.thread.join(10)


def _types_or_none(data):
    try:
        return _types(data)
    except AssertionError:
        return None


def test_satellite_reads_until_java_closes_after_done():
    java, sat = socket.socketpair()
    ch = p.Channel(sat)
    ch.send_simple(p.DONE)
    done = threading.Event()

    def drain():
        ch.drain_until_closed()
        done.set()

    t = threading.Thread(target=drain, daemon=True)
    t.start()
    assert _types(java.recv(64)) == [p.DONE]
    java.sendall(p.Writer(p.ACK).frame())  # late: the satellite no longer waits for it
    assert not done.wait(0.05)  # still there: exiting now would break Java's write
    java.close()
    t.join(10)
    assert done.is_set()


def test_buffered_frames_are_decoded_without_reading_again():
    java, sat = socket.socketpair()
    java.sendall(p.Writer(p.RUN).frame() + p.Writer(p.FINISH).frame())
    ch = p.Channel(sat)
    assert ch.receive().type == p.RUN
    assert ch.has_frame()
    assert ch.receive().type == p.FINISH
    assert not ch.has_frame()


def test_queued_frames_go_out_before_receive_waits():
    java, sat = socket.socketpair()
    ch = p.Channel(sat)
    ch.send_simple(p.ATTACHED)
    got = []
    t = threading.Thread(target=lambda: got.append(ch.receive().type), daemon=True)
    t.start()
    assert _types(java.recv(64)) == [p.ATTACHED]  # else both sides would wait forever
    java.sendall(p.Writer(p.EXECUTE).str("x").frame())
    t.join(10)
    assert got == [p.EXECUTE]


def test_frame_split_across_reads_is_reassembled():
    java, sat = socket.socketpair()
    frame = p.Writer(p.OUTPUT_TEXT).u8(1).str("y" * 200_000).i64(0).frame()
    ch = p.Channel(sat)
    t = threading.Thread(target=lambda: java.sendall(frame), daemon=True)
    t.start()
    r = ch.receive()
    assert (r.type, r.u8(), len(r.str())) == (p.OUTPUT_TEXT, 1, 200_000)
    t.join(10)


def test_prepared_spare_becomes_the_calls_directory(spare_server):
    spare_server = spare_server()
    spare = spare_server.spare.path
    assert os.getcwd() == spare
    r = spare_server.call("import os\nprint(os.getcwd())\nprint(os.environ['TMPDIR'])")
    workdir = os.path.join(spare_server.work_root, "REQ-1")
    assert r["error"] is None
    assert r["stdout"] == f"{workdir}\n{workdir}\n"
    assert not os.path.exists(spare)
    assert os.listdir(workdir) == []  # the output went through pipes, not files


def test_prepared_spare_captures_stderr_of_a_failing_script(spare_server):
    spare_server = spare_server()
    r = spare_server.call("import sys\nprint('bad', file=sys.stderr)\nraise ValueError('x')")
    assert r["error"][0] == p.ERROR_SCRIPT
    assert r["stderr"] == "bad\n"


def test_rehearsal_runs_a_call_and_leaves_no_trace(tmp_path, monkeypatch):
    import linecache
    import sys

    from quern_satellite import session, server
    from quern_satellite.shm import Segment

    monkeypatch.chdir(tmp_path)
    stdout, cwd = sys.stdout, os.getcwd()
    seen = []
    real = session.Session._send_frame
    monkeypatch.setattr(session.Session, "_send_frame", lambda self, df: seen.append(df) or real(self, df))
    seg = Segment.anonymous(1 << 20)
    session.rehearse(server._warm_input(), seg)
    seg.close()
    assert [df.to_dict("list") for df in seen] == [{"a": [1], "b": [1.5], "c": ["x"]}]
    assert os.listdir(tmp_path) == [] and os.getcwd() == cwd and sys.stdout is stdout
    assert not any("rehearsal" in k for k in linecache.cache)
