"""What a script imports, learned for the fork-server parent to import ahead (``preload``)."""

import os
import subprocess
import sys

import pytest

from quern_satellite import preload


@pytest.fixture
def fresh_learning(monkeypatch):
    monkeypatch.setattr(preload, "LEARNED", [])
    monkeypatch.setattr(preload, "LEARNED_MODULES", set())


def _module(tmp_path, name, body="VALUE = 1\n"):
    (tmp_path / f"{name}.py").write_text(body)


def test_only_the_scripts_own_imports_are_recorded(tmp_path, monkeypatch):
    _module(tmp_path, "quern_helper_mod", "def work():\n    import colorsys\n    return colorsys\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    ns = {"__name__": "__main__"}
    recorder = preload.ImportRecorder(ns)
    with recorder:
        exec("import json\nfrom os import path\nimport quern_helper_mod\nquern_helper_mod.work()", ns)
    assert {"json", "os", "os.path", "quern_helper_mod"} <= recorder.names
    assert "colorsys" not in recorder.names  # imported by library code, not by the script
    import builtins
    assert builtins.__import__ is recorder._real  # the hook is gone after the script


def test_only_modules_of_the_environment_are_learnable(tmp_path, monkeypatch, fresh_learning):
    _module(tmp_path, "quern_private_mod")
    monkeypatch.syspath_prepend(str(tmp_path))
    import json  # noqa: F401 - the stdlib: part of the environment
    import quern_private_mod  # noqa: F401 - a working directory or an external library: not
    import this  # noqa: F401 - prints the Zen of Python: an import that does something
    assert preload.learnable(["json", "quern_private_mod", "not_imported", "sys", "this"]) == ["json"]


def test_learn_imports_once_and_records_what_came_with_it(tmp_path, monkeypatch, fresh_learning, capsys):
    _module(tmp_path, "quern_learn_dep")
    _module(tmp_path, "quern_learn_mod", "import quern_learn_dep\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    preload.learn("quern_learn_mod")
    preload.learn("quern_learn_mod")
    assert preload.LEARNED == ["quern_learn_mod"]
    assert {"quern_learn_mod", "quern_learn_dep"} <= preload.LEARNED_MODULES
    preload.learn("quern_no_such_module")
    preload.learn("os; import shutil")
    assert preload.LEARNED == ["quern_learn_mod"]
    assert "preload of quern_no_such_module failed: ModuleNotFoundError" in capsys.readouterr().err
    for m in ("quern_learn_mod", "quern_learn_dep"):
        sys.modules.pop(m, None)


def test_a_learned_module_an_external_library_provides_is_dropped(tmp_path, monkeypatch, fresh_learning):
    _module(tmp_path, "quern_shadowed")
    monkeypatch.syspath_prepend(str(tmp_path))
    preload.learn("quern_shadowed")
    library = tmp_path / "lib"
    (library / "quern_shadowed").mkdir(parents=True)
    preload.forget_shadowed((str(library), ""))
    assert "quern_shadowed" not in sys.modules
    import importlib
    importlib.import_module("quern_shadowed")  # a call without that library imports it again
    preload.forget_shadowed(("", str(tmp_path / "other")))  # provides nothing: kept
    assert "quern_shadowed" in sys.modules
    sys.modules.pop("quern_shadowed", None)


def _child_says(proc, listener, seg_path, script) -> str:
    """Asks the parent for one child, runs ``script`` on it (no input), returns its stdout."""
    from quern_satellite import protocol as p

    proc.stdin.write(b"spawn\n")
    proc.stdin.flush()
    conn, _ = listener.accept()
    ch = p.Channel(conn)
    assert ch.expect(p.HELLO).u16() == p.VERSION
    ch.send(p.Writer(p.ATTACH).str(seg_path).i64(1 << 20).frame())
    ch.expect(p.ATTACHED)
    ch.send(p.encode_execute(p.Execute("REQ", "Python", script, "InputDataSet", "OutputDataSet")))
    ch.send(p.Writer(p.RUN).frame())
    ch.send(p.Writer(p.FINISH).frame())
    ch.flush()
    out = ""
    while True:
        r = ch.receive()
        if r.type == p.OUTPUT_TEXT and r.u8() == p.STDOUT:
            out = r.str()
        elif r.type == p.DONE:
            conn.close()
            return out


def test_children_forked_after_a_preload_line_start_with_the_module(tmp_path):
    """The fork-server parent as Java drives it: ``preload colorsys`` on its stdin, then the
    children it forks have colorsys imported before their script runs; one forked before has not."""
    import socket

    work = tmp_path / "host"
    work.mkdir()
    sock_path = str(tmp_path / "ctl.sock")
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(sock_path)
    listener.listen(4)
    listener.settimeout(60)
    seg_path = str(tmp_path / "segment")
    with open(seg_path, "wb") as f:
        f.truncate(1 << 20)
    env = dict(os.environ, PYTHONPATH=os.path.dirname(os.path.dirname(preload.__file__)))
    proc = subprocess.Popen([sys.executable, "-m", "quern_satellite", "--socket", sock_path,
                             "--work-root", str(work)], stdin=subprocess.PIPE, env=env)
    script = "import sys\nprint('colorsys' in sys.modules)"
    try:
        assert _child_says(proc, listener, seg_path, script) == "False\n"
        proc.stdin.write(b"preload colorsys\n")
        assert _child_says(proc, listener, seg_path, script) == "True\n"
    finally:
        proc.stdin.close()
        proc.wait(30)
        listener.close()
