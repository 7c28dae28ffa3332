import socket

import pytest

from quern_satellite import protocol as p


def test_execute_round_trips_every_field():
    e = p.Execute("id", "Python", "x = 1\n# é ✓", "In", "Out", ["k"], ["a", "b"],
                  [p.Param("@n", "int", False), p.Param("@m", "varbinary(max)", True)])
    frame = p.encode_execute(e)
    a, b = socket.socketpair()
    a.sendall(frame)
    r = p.Channel(b).receive()
    assert r.type == p.EXECUTE
    assert p.decode_execute(r) == e


def test_frames_carry_big_endian_length_then_type():
    frame = p.Writer(p.HELLO).u16(p.VERSION).i32(42).frame()
    assert frame == b"\x00\x00\x00\x07\x01\x00\x01\x00\x00\x00\x2a"


def test_truncated_message_is_a_protocol_error():
    r = p.Reader(bytes([p.DATA, 1, 0, 0]))
    r.u8()
    with pytest.raises(p.ProtocolError):
        r.i64()


def test_oversized_frame_is_refused():
    a, b = socket.socketpair()
    a.sendall((p.MAX_FRAME + 1).to_bytes(4, "big"))
    with pytest.raises(p.ProtocolError):
        p.Channel(b).receive()


def test_closed_socket_is_eof():
    a, b = socket.socketpair()
    a.sendall(b"\x00\x00")
    a.close()
    with pytest.raises(EOFError):
        p.Channel(b).receive()
