"""Start a real Quern server for the Python client tests, the way users start it.

PythonClientsIT (Java) starts one server and passes QUERN_IT_PORT / QUERN_IT_PASSWORD; run on
its own (``python -m pytest it/python``) this module starts a server from server/target/quern.jar.
"""

from __future__ import annotations

import os
import shutil
import socket
import struct
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SA_PASSWORD = "Quern-IT-Pa55word!"
JVM_OPTIONS = [
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "--sun-misc-unsafe-memory-access=allow",
]
START_TIMEOUT_S = 120


@dataclass
class Server:
    """Where the server listens and how to log in."""

    host: str
    port: int
    password: str
    process: subprocess.Popen | None = None
    workdir: Path | None = None
    log: Path | None = None

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log and self.log.exists() else ""

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait(timeout=30)
        if self.workdir is not None:
            shutil.rmtree(self.workdir, ignore_errors=True)


def from_environment() -> Server | None:
    """The server PythonClientsIT started, if any."""
    port = os.environ.get("QUERN_IT_PORT")
    if not port:
        return None
    return Server("127.0.0.1", int(port), os.environ.get("QUERN_IT_PASSWORD", SA_PASSWORD))


def start(login_probe) -> Server:
    """Start quern.jar on a free port with a temp data dir; wait until ``login_probe`` succeeds."""
    jar = Path(os.environ.get("QUERN_JAR", ROOT / "server" / "target" / "quern.jar"))
    if not jar.is_file():
        raise RuntimeError(f"{jar} does not exist: build it first (make build)")
    java = os.environ.get("JAVA_HOME")
    java = str(Path(java) / "bin" / "java") if java else "java"
    workdir = Path(tempfile.mkdtemp(prefix="quern-pytest-"))
    port = _free_port()
    logs = ROOT / "it" / "target" / "quern-logs"
    logs.mkdir(parents=True, exist_ok=True)
    log = logs / f"pytest-{os.getpid()}.log"
    command = [java, *JVM_OPTIONS, "-Xmx1g", "-jar", str(jar), "serve", "--port", str(port),
               "--data-dir", str(workdir / "data"), "--sa-password", SA_PASSWORD]
    with open(log, "w") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    server = Server("127.0.0.1", port, SA_PASSWORD, process, workdir, log)
    _await_ready(server, login_probe)
    return server


def _await_ready(server: Server, login_probe) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    last = None
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            server.stop()
            raise RuntimeError(f"Quern server exited with {server.process.returncode}:\n{server.log_text()}")
        try:
            _prelogin_answered(server)
            login_probe(server)
            return
        except Exception as e:  # noqa: BLE001 - any failure means "not ready yet"
            last = e
        time.sleep(0.25)
    text = server.log_text()
    server.stop()
    raise RuntimeError(f"Quern server did not accept a login within {START_TIMEOUT_S}s ({last!r}):\n{text}")


def _prelogin_answered(server: Server) -> None:
    """Send a minimal PRELOGIN (VERSION, ENCRYPTION=NOT_SUP) and require a TDS reply packet."""
    options = struct.pack(">BHH", 0x00, 11, 6) + struct.pack(">BHH", 0x01, 17, 1) + b"\xff"
    payload = options + bytes([0, 0, 0, 0, 0, 0]) + b"\x02"
    packet = struct.pack(">BBHHBB", 0x12, 0x01, 8 + len(payload), 0, 1, 0) + payload
    with socket.create_connection((server.host, server.port), timeout=5) as s:
        s.sendall(packet)
        header = s.recv(8)
        if len(header) < 1 or header[0] != 0x04:
            raise ConnectionError(f"no TDS reply to PRELOGIN: {header!r}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
