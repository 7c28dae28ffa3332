"""Runs a user script the way sp_execute_external_script does.

The script runs in a fresh namespace (one per call; kept across the chunks and partitions of that
call, as SQL Server keeps globals across @r_rowsPerRead chunks) holding the input frame under its
@input_data_1_name, the @params values as globals (name without '@'), the modules ``pandas`` and
``numpy`` pre-bound as SQL Server's samples expect, the decimal context at 38 digits (SQL's
decimal(38) maximum, so arithmetic on decimal values is exact where Python's 28 would round), and the output name pre-set to an empty
DataFrame before every run. The script is compiled as ``<working directory>/sqlindb_0.py`` (its
lines served from linecache), so tracebacks show the failing line, as SQL Server's do.
"""

from __future__ import annotations

import builtins
import decimal
import linecache
import os
import sys
import traceback

import numpy
import pandas
import pyarrow as pa

from . import preload, typemap

SCRIPT_FILE = "sqlindb_0.py"


class ScriptError(Exception):
    """The script failed; ``detail`` is the Python traceback text shown inside error 39019."""

    def __init__(self, detail: str):
        super().__init__(detail)
        self.detail = detail


class ScriptRunner:
    def __init__(self, script: str, input_name: str, output_name: str, workdir: str,
                 partition_by=(), order_by=(), blank_output: pandas.DataFrame | None = None):
        """``blank_output``: a new empty DataFrame made ahead (off the caller's path) to serve as
        the first run's preset output; later runs make their own."""
        self.input_name = input_name
        self._blank = blank_output
        self.output_name = output_name
        self.partition_by = list(partition_by)
        self.order_by = list(order_by)
        self.filename = os.path.join(workdir, SCRIPT_FILE)
        # The source goes to linecache rather than to disk (a file write per call costs more than
        # the rest of a small call): tracebacks and inspect still show the script's lines.
        linecache.cache[self.filename] = (len(script), None, script.splitlines(True), self.filename)
        # decimal(38, s) values stay exact under arithmetic: Python's default context has 28 digits.
        decimal.getcontext().prec = 38
        self.ns = {"__name__": "__main__", "__builtins__": builtins, "pandas": pandas,
                   "numpy": numpy}
        self.code = None
        self.compile_error = None
        #: The modules the script's own import statements brought in, over all its runs.
        self.imported: set[str] = set()
        try:
            self.code = compile(script, self.filename, "exec")
        except SyntaxError as e:
            # Reported at the first run, when the caller is waiting for an answer.
            self.compile_error = ScriptError(self._format(e, strip_frames=False))

    def bind_params(self, values: dict) -> None:
        self.ns.update(values)

    def run(self, frame: pandas.DataFrame):
        """Runs the script once per partition of ``frame``; yields each output DataFrame."""
        if self.compile_error is not None:
            raise self.compile_error
        partition_by = _resolve(frame, self.partition_by, "partition")
        order_by = _resolve(frame, self.order_by, "order")
        if not partition_by:
            if order_by:
                frame = frame.sort_values(order_by, kind="stable", ignore_index=True)
            yield from self._run_once(frame)
            return
        for _, part in frame.groupby(partition_by, sort=False, dropna=False):
            if order_by:
                part = part.sort_values(order_by, kind="stable")
            yield from self._run_once(part.reset_index(drop=True))

    def _run_once(self, frame: pandas.DataFrame):
        self.ns[self.input_name] = frame
        blank, self._blank = self._blank, None
        self.ns[self.output_name] = blank if blank is not None else pandas.DataFrame()
        recorder = preload.ImportRecorder(self.ns)
        try:
            with recorder:
                exec(self.code, self.ns)
        except BaseException as e:  # noqa: BLE001 - SystemExit, KeyboardInterrupt are script errors too
            raise ScriptError(self._format(e)) from None
        finally:
            self.imported |= recorder.names
            sys.stdout.flush()
            sys.stderr.flush()
        out = self.ns.get(self.output_name)
        if out is None:
            return
        if not isinstance(out, pandas.DataFrame):
            raise ScriptError(
                f"TypeError: {self.output_name} must be a pandas DataFrame, "
                f"got {type(out).__module__}.{type(out).__qualname__}")
        if out.shape[1] > 0:
            yield out

    def output_params(self, params) -> pa.RecordBatch:
        """The OUTPUT parameters' current values converted to their declared types."""
        arrays, fields = [], []
        for p in params:
            value = self.ns.get(p.name.lstrip("@"))
            try:
                arr = typemap.value_to_arrow(value, p.sql_type)
            except Exception as e:  # noqa: BLE001 - reported to the caller as a script error
                raise ScriptError(
                    f"TypeError: output parameter {p.name} ({p.sql_type}) cannot hold "
                    f"{type(value).__name__} value: {e}") from None
            arrays.append(arr)
            fields.append(pa.field(p.name, arr.type, True, {typemap.SQL_TYPE_KEY: p.sql_type.encode()}))
        return pa.RecordBatch.from_arrays(arrays, schema=pa.schema(fields))

    def _format(self, e: BaseException, strip_frames: bool = True) -> str:
        tb = e.__traceback__
        # Drop the satellite's own frames: the user's traceback starts at their script.
        if strip_frames:
            while tb is not None and tb.tb_frame.f_code.co_filename != self.filename:
                tb = tb.tb_next
        te = traceback.TracebackException(type(e), e, tb)
        return "".join(te.format()).rstrip("\n")


def _resolve(frame: pandas.DataFrame, names: list, what: str) -> list:
    """Column names as T-SQL compares them (case-insensitively) mapped to the frame's own."""
    if not names or frame.shape[1] == 0:
        return [] if frame.shape[1] == 0 else list(names)
    by_lower = {}
    for c in frame.columns:
        by_lower.setdefault(str(c).lower(), c)
    out = []
    for n in names:
        if n.lower() not in by_lower:
            raise ScriptError(f"KeyError: {what} column '{n}' is not a column of the input data")
        out.append(by_lower[n.lower()])
    return out


def params_from_batch(batch: pa.RecordBatch) -> dict:
    """@params values as script globals: ``@n`` becomes ``n``."""
    out = {}
    for i, f in enumerate(batch.schema):
        out[f.name.lstrip("@")] = typemap.scalar_to_python(batch.column(i),
                                                           typemap.field_sql_type(f))
    return out
