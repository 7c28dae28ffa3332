"""Control messages between the Java runtime and a satellite (protocol version 5).

Every message is one frame on the Unix domain socket::

    u32 length (big-endian, of what follows)  u8 type  fields...

Field encodings: ``u8``, ``u16``, ``i32``, ``i64`` big-endian; ``str`` is ``u32`` byte length then
UTF-8; ``strs`` is ``u32`` count then that many ``str``. Java defines the same messages once in
``dev.quern.python.control.Message``; the type numbers and field orders below are the contract.

=====  ==============  =====  ==========================================================
type   name            dir    fields
=====  ==============  =====  ==========================================================
1      HELLO           S->J   u16 version, i32 pid
2      ATTACH          J->S   str segment_path, i64 segment_size
3      ATTACHED        S->J   (none)
4      EXECUTE         J->S   str request_id (the working directory's name), str language, str script, str input_name,
                              str output_name, strs partition_by, strs order_by,
                              u32 n, n x (str name, str sql_type, u8 is_output),
                              i64 memory_limit (bytes, 0 none), i32 nice,
                              str user_libraries, str shared_libraries (version 4: the
                              directories of the caller's private and the database's public
                              external libraries, "" when none)
5      DATA            both   u8 kind (1 PARAMS, 2 INPUT, 3 OUTPUT, 4 OUTPUT_PARAMS),
                              i64 offset, i64 length
6      ACK             both   (none) - the receiver has consumed the last DATA's region
7      RUN             J->S   (none) - run the script on the input received since the last RUN
8      RUN_DONE        S->J   u8 has_output
9      FINISH          J->S   (none)
10     OUTPUT_TEXT     S->J   u8 stream (1 stdout, 2 stderr), str text, i64 truncated_bytes
11     ERROR           S->J   u8 kind (1 script, 2 satellite), str detail
12     DONE            S->J   u8 reusable (version 5: 1 when the satellite can serve another call
                              of the same session, see below), strs imported (version 5: the
                              modules of the Python environment the script's own imports brought
                              in, for the parent to import ahead: see ``preload``)
=====  ==============  =====  ==========================================================

Pipelining (version 2; version 1 waited for every reply): a writer awaits the ACK of a chunk
only before it writes the same region again, so Java may send its last input DATA, RUN and FINISH
in one burst; FINISH may arrive while the satellite awaits the ACK of an output chunk, and it is
acted on after that run's RUN_DONE.

Version 3 applies the same rule to the satellite's last output chunk: it sends RUN_DONE, the
output texts and DONE without waiting for that chunk's ACK, and after DONE it reads and drops
what Java still sends until Java closes the socket, then exits (so a late ACK never meets a
closed socket; Java sends none for a chunk whose DONE it already holds). Frames are coalesced: each side queues the frames it has ready and writes them
at once before it would wait. Java sends EXECUTE at once when there is an input query (the
satellite renames its directory and compiles the script while Java runs the query), else with
RUN and FINISH. A call with one input and one output chunk is one round trip after EXECUTE::

    J: EXECUTE     J: DATA(INPUT) RUN FINISH        S: ACK DATA(OUTPUT) RUN_DONE DONE

Version 5 lets one satellite serve the successive calls of one client session. DONE says whether
it can (``reusable``: the call ended without an error, the script left no thread of its own
running, the process has not grown much and has served fewer than ``session.MAX_CALLS`` calls).
A reusable satellite then prepares a fresh working directory, environment and ``sys.path`` and
waits: Java either closes the socket (the satellite exits, as before) or sends the next EXECUTE
on the same socket and segment, and the call proceeds as a first one. Java keeps a satellite for
the session that ran the call only (never for another session or login), while the next call
would run it under the same external resource pool and libraries. An ACK may reach the satellite
after its DONE (Java's ACK of the last output chunk crossed DONE); it is dropped.

Frames larger than ``MAX_FRAME`` are refused: data never travels on the socket, only in the
shared segment, so a large frame means a broken peer.
"""

from __future__ import annotations

import select
import socket
import struct
from dataclasses import dataclass, field

VERSION = 5
MAX_FRAME = 64 * 1024 * 1024  # scripts can be long, data never comes this way

HELLO, ATTACH, ATTACHED, EXECUTE, DATA, ACK, RUN, RUN_DONE, FINISH, OUTPUT_TEXT, ERROR, DONE = range(
    1, 13
)

KIND_PARAMS, KIND_INPUT, KIND_OUTPUT, KIND_OUTPUT_PARAMS = 1, 2, 3, 4
STDOUT, STDERR = 1, 2
ERROR_SCRIPT, ERROR_SATELLITE = 1, 2


class ProtocolError(Exception):
    """The peer sent something this version of the protocol does not allow."""


@dataclass
class Param:
    name: str
    sql_type: str
    is_output: bool


@dataclass
class Execute:
    request_id: str
    language: str
    script: str
    input_name: str
    output_name: str
    partition_by: list[str] = field(default_factory=list)
    order_by: list[str] = field(default_factory=list)
    params: list[Param] = field(default_factory=list)
    memory_limit: int = 0
    nice: int = 0
    user_libraries: str = ""
    shared_libraries: str = ""


class Writer:
    """Builds one frame body."""

    def __init__(self, msg_type: int):
        self._parts = [struct.pack(">B", msg_type)]

    def u8(self, v: int) -> "Writer":
        self._parts.append(struct.pack(">B", v))
        return self

    def u16(self, v: int) -> "Writer":
        self._parts.append(struct.pack(">H", v))
        return self

    def i32(self, v: int) -> "Writer":
        self._parts.append(struct.pack(">i", v))
        return self

    def i64(self, v: int) -> "Writer":
        self._parts.append(struct.pack(">q", v))
        return self

    def str(self, v: str) -> "Writer":
        b = v.encode("utf-8", "surrogatepass")
        self._parts.append(struct.pack(">I", len(b)))
        self._parts.append(b)
        return self

    def strs(self, vs: list[str]) -> "Writer":
        self._parts.append(struct.pack(">I", len(vs)))
        for v in vs:
            self.str(v)
        return self

    def frame(self) -> bytes:
        body = b"".join(self._parts)
        return struct.pack(">I", len(body)) + body


class Reader:
    """Reads the fields of one frame body, checking every length against what is left."""

    def __init__(self, body: bytes):
        self._b = body
        self._p = 1
        self.type = body[0]

    def _take(self, n: int) -> bytes:
        if n < 0 or self._p + n > len(self._b):
            raise ProtocolError(f"message type {self.type} truncated")
        v = self._b[self._p : self._p + n]
        self._p += n
        return v

    def u8(self) -> int:
        return self._take(1)[0]

    def u16(self) -> int:
        return struct.unpack(">H", self._take(2))[0]

    def i32(self) -> int:
        return struct.unpack(">i", self._take(4))[0]

    def i64(self) -> int:
        return struct.unpack(">q", self._take(8))[0]

    def str(self) -> str:
        n = struct.unpack(">I", self._take(4))[0]
        return self._take(n).decode("utf-8", "surrogatepass")

    def strs(self) -> list[str]:
        n = struct.unpack(">I", self._take(4))[0]
        return [self.str() for _ in range(n)]


def encode_execute(e: Execute) -> bytes:
    w = Writer(EXECUTE).str(e.request_id).str(e.language).str(e.script)
    w.str(e.input_name).str(e.output_name).strs(e.partition_by).strs(e.order_by)
    w._parts.append(struct.pack(">I", len(e.params)))
    for p in e.params:
        w.str(p.name).str(p.sql_type).u8(1 if p.is_output else 0)
    w.i64(e.memory_limit).i32(e.nice).str(e.user_libraries).str(e.shared_libraries)
    return w.frame()


def decode_execute(r: Reader) -> Execute:
    e = Execute(r.str(), r.str(), r.str(), r.str(), r.str(), r.strs(), r.strs())
    n = struct.unpack(">I", r._take(4))[0]
    e.params = [Param(r.str(), r.str(), r.u8() == 1) for _ in range(n)]
    e.memory_limit = r.i64()
    e.nice = r.i32()
    e.user_libraries = r.str()
    e.shared_libraries = r.str()
    return e


class Channel:
    """A framed connection with buffers both ways, so a one-row call is one write each way.

    ``send`` only queues a frame; queued frames go out in one write by ``flush``, which
    ``receive`` calls itself before it would block (a peer is never left waiting for a frame this
    side holds). Reads take whatever the socket has, so frames that arrived together (Java's
    EXECUTE, DATA, RUN and FINISH) are decoded without further system calls, and ``has_frame``
    tells whether the next ``receive`` would block.
    """

    _READ = 64 * 1024

    def __init__(self, sock: socket.socket):
        self.sock = sock
        self._out: list[bytes] = []
        self._in = bytearray()
        self._pos = 0

    def send(self, frame: bytes) -> None:
        self._out.append(frame)

    def flush(self) -> None:
        if self._out:
            data = self._out[0] if len(self._out) == 1 else b"".join(self._out)
            self._out.clear()
            self.sock.sendall(data)

    def _next_length(self) -> int | None:
        """The length of the next buffered frame, None while its length prefix is incomplete."""
        if len(self._in) - self._pos < 4:
            return None
        (n,) = struct.unpack_from(">I", self._in, self._pos)
        if n < 1 or n > MAX_FRAME:
            raise ProtocolError(f"frame length {n} outside 1..{MAX_FRAME}")
        return n

    def has_frame(self) -> bool:
        """Whether a whole frame is buffered (``receive`` returns it without waiting)."""
        n = self._next_length()
        return n is not None and len(self._in) - self._pos >= 4 + n

    def _fill(self) -> None:
        if self._pos:
            del self._in[: self._pos]
            self._pos = 0
        n = self._next_length()
        want = self._READ if n is None else max(self._READ, 4 + n - len(self._in))
        data = self.sock.recv(want)
        if not data:
            raise EOFError("control socket closed by the server")
        self._in += data

    def wait_readable(self, timeout: float) -> bool:
        """Whether a frame is buffered or the socket becomes readable within ``timeout`` seconds."""
        if self.has_frame():
            return True
        return bool(select.select([self.sock], [], [], timeout)[0])

    def receive(self) -> Reader:
        while not self.has_frame():
            self.flush()
            self._fill()
        n = self._next_length()
        start = self._pos + 4
        self._pos = start + n
        return Reader(bytes(self._in[start : self._pos]))

    def expect(self, msg_type: int) -> Reader:
        r = self.receive()
        if r.type != msg_type:
            raise ProtocolError(f"expected message type {msg_type}, got {r.type}")
        return r

    def drain_until_closed(self) -> None:
        """Flushes, then reads and drops frames until the peer closes the connection: a
        satellite's last step, so Java's late ACKs never meet a closed socket."""
        self.flush()
        try:
            while self.sock.recv(self._READ):
                pass
        except OSError:
            pass

    # Small helpers for the messages without a dataclass.
    def send_data(self, kind: int, offset: int, length: int) -> None:
        self.send(Writer(DATA).u8(kind).i64(offset).i64(length).frame())

    def send_simple(self, msg_type: int) -> None:
        self.send(Writer(msg_type).frame())
