import os
import sys
import socket
import threading

import pyarrow as pa
import pytest

from quern_satellite import protocol as p, typemap
from quern_satellite.session import Session, SpareDir
from quern_satellite.shm import Segment


def batch_of(columns):
    """columns: list of (name, sql_type, values) -> a record batch carrying SQL types."""
    arrays, fields = [], []
    for name, sql, values in columns:
        at = typemap.arrow_type(sql)
        arrays.append(pa.array(values, type=at))
        fields.append(pa.field(name, at, True, {typemap.SQL_TYPE_KEY: sql.encode()}))
    return pa.RecordBatch.from_arrays(arrays, schema=pa.schema(fields))


class FakeServer:
    """Plays the Java side of the protocol against a real Session in a thread."""

    def __init__(self, tmp_path, size=1 << 20, spare=False):
        path = tmp_path / "segment"
        with open(path, "wb") as f:
            f.truncate(size)
        self.seg = Segment(str(path), size)
        self.java, sat = socket.socketpair()
        self.ch = p.Channel(self.java)
        self.work_root = str(tmp_path / "work")
        os.makedirs(self.work_root)
        # spare: the directory prepared ahead, as a forked satellite does (it enters it and
        # captures fds 1 and 2, which the fixtures put back).
        self.spare = SpareDir(self.work_root, 1 << 16) if spare else None
        session = Session(p.Channel(sat), Segment(str(path), size), self.work_root, 1 << 16,
                          self.spare)
        self.errors = []

        def run():
            try:
                session.serve()
            except BaseException as e:  # noqa: BLE001
                self.errors.append(e)

        self.thread = threading.Thread(target=run, daemon=True)

    def call(self, script, chunks=(), params=(), param_values=None, partition_by=(), order_by=(),
             input_name="InputDataSet", output_name="OutputDataSet", pipelined=False):
        """chunks: list of lists of batches; one RUN per inner list. Returns a result dict.

        ``pipelined``: as the Java side does (protocol version 2), the last input chunk's ACK is
        not awaited and FINISH goes with the last RUN, before the output ACKs."""
        self.thread.start()
        e = p.Execute("REQ-1", "Python", script, input_name, output_name, list(partition_by),
                      list(order_by), [p.Param(*x) for x in params])
        self.ch.send(p.encode_execute(e))
        result = {"outputs": [], "out_params": None, "stdout": "", "stderr": "", "error": None,
                  "run_done": []}
        if param_values is not None:
            self._send(p.KIND_PARAMS, param_values)
        runs = list(chunks or [[]])
        for i, chunk in enumerate(runs):
            last = pipelined and i == len(runs) - 1
            for j, b in enumerate(chunk):
                self._send(p.KIND_INPUT, b, await_ack=not (last and j == len(chunk) - 1))
            self.ch.send_simple(p.RUN)
            if last:
                self.ch.send_simple(p.FINISH)
                self._collect(result)
                self._collect(result)
                return self._finish(result)
            if not self._collect(result):
                return self._finish(result)
        self.ch.send_simple(p.FINISH)
        self._collect(result)
        return self._finish(result)

    def _send(self, kind, batch, await_ack=True):
        n = self.seg.write_chunk(0, self.seg.input_region(), batch)
        self.ch.send_data(kind, 0, n)
        if await_ack:
            self.ch.expect(p.ACK)

    def _collect(self, result):
        """Reads until RUN_DONE (True), ERROR or DONE (False)."""
        while True:
            r = self.ch.receive()
            if r.type == p.DATA:
                kind, off, n = r.u8(), r.i64(), r.i64()
                batches = self.seg.read_chunk(off, n)
                self.ch.send_simple(p.ACK)
                if kind == p.KIND_OUTPUT:
                    result["outputs"].extend(batches)
                else:
                    result["out_params"] = batches[0]
            elif r.type == p.ACK:
                pass  # of an input chunk sent without waiting (pipelined)
            elif r.type == p.RUN_DONE:
                result["run_done"].append(r.u8() == 1)
                return True
            elif r.type == p.ERROR:
                result["error"] = (r.u8(), r.str())
            elif r.type == p.OUTPUT_TEXT:
                stream, text, cut = r.u8(), r.str(), r.i64()
                result["stdout" if stream == p.STDOUT else "stderr"] = text
                result["cut_" + ("stdout" if stream == p.STDOUT else "stderr")] = cut
            elif r.type == p.DONE:
                return False
            else:
                raise AssertionError(f"unexpected message {r.type}")

    def _finish(self, result):
        self.thread.join(10)
        assert not self.errors, self.errors
        if result["outputs"]:
            result["table"] = pa.Table.from_batches(result["outputs"])
        return result


@pytest.fixture
def server(tmp_path, monkeypatch):
    yield from _restoring_process(FakeServer, tmp_path)


@pytest.fixture
def spare_server(tmp_path):
    """Makes a FakeServer whose session got its directory prepared ahead (SpareDir). Made in the
    test itself: pytest points fds 1 and 2 at its own files when a test starts."""
    yield from _restoring_process(lambda t: (lambda: FakeServer(t, spare=True)), tmp_path)


def _restoring_process(make, tmp_path):
    """Yields ``make(tmp_path)``; puts back the working directory and fds 1 and 2 afterwards."""
    cwd = os.getcwd()
    saved = (os.dup(1), os.dup(2))
    saved_streams = (sys.stdout, sys.stderr)
    yield make(tmp_path)
    sys.stdout, sys.stderr = saved_streams
    os.dup2(saved[0], 1)
    os.dup2(saved[1], 2)
    os.close(saved[0])
    os.close(saved[1])
    os.chdir(cwd)
