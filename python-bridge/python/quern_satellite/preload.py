"""The environment's modules that scripts import, imported ahead by the fork-server parent.

A fresh satellite pays for every import its script makes: ``from sklearn.linear_model import
LogisticRegression`` costs ~0.5 s, on every call of a new session. So a satellite reports the
modules its script's own import statements brought in (``ImportRecorder``), as far as they come
from the Python environment itself (``learnable``: not from a caller's external libraries, a
working directory or anywhere else on a path a call added); Java passes them to the parent as
``preload NAME`` lines and the parent imports them (``learn``) before it forks its next children,
which then start with them imported, as they start with pandas.

Only the parent's own environment is ever imported there, never a script: the parent still runs no
user code. A call whose external libraries provide a package of the same name as a module the
parent learned gets that module dropped from ``sys.modules`` first (``forget_shadowed``), so the
library's version is the one the script imports, as it would be without preloading.
"""

from __future__ import annotations

import builtins
import importlib
import os
import re
import sys
import sysconfig

#: At most this many modules are learned per parent (each makes every later fork larger).
MAX_LEARNED = 64
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*\Z")
#: Modules of the standard library whose import does something (prints, opens a browser or a
#: window, starts a debugger): never imported ahead.
_ACTING = frozenset({"this", "antigravity", "__hello__", "__phello__", "turtle", "turtledemo",
                     "tkinter", "idlelib", "pdb", "webbrowser"})

#: The names the parent was asked to import through ``learn``, and every module those imports
#: brought in (children inherit both with the modules).
LEARNED: list[str] = []
LEARNED_MODULES: set[str] = set()


def _environment_dirs() -> tuple[str, ...]:
    paths = sysconfig.get_paths()
    dirs = {os.path.realpath(paths[k]) + os.sep for k in ("stdlib", "platstdlib", "purelib", "platlib")
            if paths.get(k)}
    return tuple(dirs)


_ENVIRONMENT = _environment_dirs()


class ImportRecorder:
    """Records the modules that the import statements of one script's own code bring in (their
    globals are the script's namespace); imports inside libraries are not the script's choice and
    follow from these anyway."""

    def __init__(self, namespace: dict):
        self.namespace = namespace
        self.names: set[str] = set()
        self._real = None

    def __enter__(self):
        self._real = builtins.__import__
        builtins.__import__ = self._import
        return self

    def __exit__(self, *exc):
        builtins.__import__ = self._real
        return False

    def _import(self, name, globals=None, locals=None, fromlist=(), level=0):
        module = self._real(name, globals, locals, fromlist, level)
        if level == 0 and globals is self.namespace:
            self.names.add(name)
            for item in fromlist or ():
                if f"{name}.{item}" in sys.modules:
                    self.names.add(f"{name}.{item}")
        return module


def learnable(names) -> list[str]:
    """Those of ``names`` whose modules are files of the Python environment itself, sorted."""
    out = []
    for name in names:
        module = sys.modules.get(name)
        origin = getattr(module, "__file__", None)
        if module is None or not origin or not _NAME.match(name) or name.split(".")[0] in _ACTING:
            continue
        if os.path.realpath(origin).startswith(_ENVIRONMENT) and name not in LEARNED:
            out.append(name)
    return sorted(out)


def learn(name: str) -> None:
    """In the parent: imports ``name`` so that later children start with it. A module that fails
    to import is left alone (the script that used it had it from somewhere this parent cannot
    see)."""
    if len(LEARNED) >= MAX_LEARNED or not _NAME.match(name) or name in LEARNED \
            or name.split(".")[0] in _ACTING:
        return
    before = set(sys.modules)
    try:
        importlib.import_module(name)
    except BaseException as e:  # noqa: BLE001 - an import error is no reason to stop forking
        print(f"preload of {name} failed: {type(e).__name__}: {e}", file=sys.stderr, flush=True)
        return
    LEARNED.append(name)
    LEARNED_MODULES.update(set(sys.modules) - before)


def forget_shadowed(library_dirs) -> None:
    """Drops the learned modules whose top-level package a call's external libraries provide, so
    that the script imports the library's version."""
    if not LEARNED_MODULES:
        return
    provided = set()
    for d in library_dirs:
        try:
            entries = os.listdir(d) if d else []
        except OSError:
            continue
        for entry in entries:
            provided.add(entry.split(".", 1)[0])
    tops = {n.split(".", 1)[0] for n in LEARNED_MODULES} & provided
    if tops:
        for name in [m for m in sys.modules if m.split(".", 1)[0] in tops]:
            del sys.modules[name]
