import socket

import pytest

from quern_satellite import protocol as p


def test_execute_round_trips_every_field():
    e = p.Execute("id", "Python", "x = 1\n# é ✓", "In", "Out", ["k"], ["a", "b"],
                  [p.Param("@n", "int", False), p.Param("@m", "varbinary(max)", True)],
                  1 << 30, 5, "/libs/user", "/libs/shared")
    frame = p.encode_execute(e)
    a, b = socket.socketpair()
    a.sendall(frame)
    r = p.Channel(b).receive()
    assert r.type == p.EXECUTE
    assert p.decode_execute(r) == e


def test_frames_carry_big_endian_length_then_type():
    frame = p.Writer(p.HELLO).u16(p.VERSION).i32(42).frame()
    assert frame == b"\x00\x00\x00\x07\x01\x00\x05\x00\x00\x00\x2a"


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


def test_drop_privileges_switches_to_the_satellite_account_when_root():
    import os

    import pytest as _pytest

    from quern_satellite.server import drop_privileges

    if os.geteuid() != 0:
        _pytest.skip("only root can switch accounts")
    pid = os.fork()
    if pid == 0:
        try:
            drop_privileges(65534, 65534)
            ok = os.getuid() == 65534 and os.getgid() == 65534 and os.getgroups() == []
            os._exit(0 if ok else 1)
        except BaseException:
            os._exit(2)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0


def test_memory_limit_turns_big_allocations_into_memory_error():
    import os

    pid = os.fork()
    if pid == 0:
        try:
            from quern_satellite.session import apply_limits
            import numpy

            apply_limits(1 << 30, 0)
            try:
                numpy.ones((2 << 30) // 8)
            except MemoryError:
                os._exit(0)
            os._exit(1)
        except BaseException:
            os._exit(2)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
