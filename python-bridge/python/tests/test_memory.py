"""Satellites keep the memory a call freed for the next call, and give it back when idle."""

import subprocess
import sys
import textwrap
import threading

import pytest

from conftest import _restoring_process
from quern_satellite import memory, session as session_module
from test_session_reuse import ReusedSatellite

# Run in a fresh interpreter: malloc parameters are process-wide and would outlive the test.
_PROBE = textwrap.dedent("""
    import sys
    from quern_satellite import memory
    from quern_satellite.session import resident_bytes

    keep = sys.argv[1] == "keep"
    if keep:
        assert memory.keep_freed_memory()
    before = resident_bytes()
    block = b"x" * (24 << 20)  # written, so resident; below the 32 MiB mmap threshold
    grown = resident_bytes() - before
    del block
    after_free = resident_bytes() - before
    memory.release_freed_memory()
    after_release = resident_bytes() - before
    print(grown >> 20, after_free >> 20, after_release >> 20)
""")


def _probe(mode):
    out = subprocess.run([sys.executable, "-c", _PROBE, mode], capture_output=True, text=True,
                         check=True).stdout.split()
    return [int(x) for x in out]


def test_freed_memory_stays_for_the_next_allocation_until_released():
    grown, after_free, after_release = _probe("keep")
    assert grown >= 23
    assert after_free >= 23, "a freed 24 MiB block should stay in the heap"
    assert after_release <= 2, "malloc_trim should give it back"


def test_without_the_setting_a_large_block_goes_back_at_once():
    grown, after_free, _ = _probe("default")
    assert grown >= 23
    assert after_free <= 2


@pytest.fixture
def reused(tmp_path):
    yield from _restoring_process(lambda t: (lambda: ReusedSatellite(t)), tmp_path)


def test_a_satellite_waiting_for_its_sessions_next_call_releases_what_it_kept(reused, monkeypatch):
    released = threading.Event()
    monkeypatch.setattr(session_module, "_IDLE_RELEASE", 0.05)
    monkeypatch.setattr(memory, "release_freed_memory", released.set)
    sat = reused()
    try:
        _, reusable, _ = sat.call("x = 1")
        assert reusable
        assert released.wait(10), "an idle kept satellite should release its freed memory"
        released.clear()
        _, reusable, _ = sat.call("x = 2")  # and it still serves the session's next call
        assert reusable
    finally:
        sat.close()
