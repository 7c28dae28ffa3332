"""The capture of a script's stdout and stderr: bounded however much it prints, exact counts."""

import os
import signal

from quern_satellite.capture import _Kept

CAP = 1 << 16  # the FakeServer's output cap

# Prints 200 MB in 10,000-byte lines, then returns what its working directory holds on disk.
_PRINTS_200_MB = """
import os
line = "x" * 9999
for _ in range(20000):
    print(line)
used = sum(os.lstat(os.path.join(root, n)).st_blocks * 512
           for root, dirs, files in os.walk(".") for n in files + dirs)
OutputDataSet = pandas.DataFrame({"used": [used]})
"""


def test_printing_200_mb_leaves_the_working_directory_nearly_empty(server):
    r = server.call(_PRINTS_200_MB)
    assert r["error"] is None
    assert r["table"].column(0).to_pylist()[0] < 1 << 20
    assert r["stdout"] == ("x" * 9999 + "\n") * 6 + "x" * (CAP - 6 * 10000)
    assert r["cut_stdout"] == 20000 * 10000 - CAP


def test_both_streams_keep_their_first_bytes_and_count_the_rest(server):
    r = server.call("import sys\nfor i in range(100000):\n"
                    "    print(f'{i:09d}')\n    print(f'e{i:08d}', file=sys.stderr)")
    assert r["error"] is None
    assert r["stdout"] == "".join(f"{i:09d}\n" for i in range(CAP // 10)) + "000006"
    assert r["stderr"] == "".join(f"e{i:08d}\n" for i in range(CAP // 10)) + "e00006"
    assert r["cut_stdout"] == r["cut_stderr"] == 100000 * 10 - CAP


def test_output_of_child_processes_and_raw_fd_writes_is_captured(server):
    r = server.call("import os, subprocess, sys\nos.write(1, b'raw\\n')\n"
                    "subprocess.run([sys.executable, '-c', 'print(\"child\")'], check=True)\n"
                    "print('after')")
    assert r["error"] is None
    assert r["stdout"] == "raw\nchild\nafter\n"


def test_a_child_process_left_running_does_not_hold_the_call(server):
    # The child keeps the write ends of both pipes: the call must end without their end of file.
    server.java.settimeout(60)
    r = server.call("import subprocess, sys\n"
                    "child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(30)'])\n"
                    "print('started')\n"
                    "OutputDataSet = pandas.DataFrame({'pid': [child.pid]})")
    # Stopped and reaped here: a satellite exits after its call, the test process does not.
    pid = r["table"].column(0).to_pylist()[0]
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    assert r["error"] is None
    assert r["stdout"] == "started\n"


def test_output_after_the_cap_is_counted_not_kept():
    kept = _Kept(10)
    for _ in range(1000):
        kept.add(b"abcdefg")
    assert bytes(kept.data) == b"abcdefgabc"
    assert kept.cut == 7000 - 10
