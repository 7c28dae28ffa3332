"""A query timeout makes FreeTDS send ATTENTION: WAITFOR stops and the session goes on."""

import time

import pytest

pyodbc = pytest.importorskip("pyodbc")

BOUND_S = 30  # generous: only tells "cancelled" from "ran its full minute"


def test_query_timeout_stops_a_waitfor(odbc_string):
    with pyodbc.connect(odbc_string(), autocommit=True) as cnxn:
        cnxn.timeout = 2
        start = time.monotonic()
        with pytest.raises(pyodbc.Error) as failure:
            cnxn.execute("WAITFOR DELAY '00:01:00'")
        assert time.monotonic() - start < BOUND_S
        assert failure.value.args[0] == "HYT00"
        cnxn.timeout = 0
        assert tuple(cnxn.execute("SELECT 1, @@TRANCOUNT").fetchone()) == (1, 0)
