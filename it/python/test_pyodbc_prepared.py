"""pyodbc prepares parameterized statements: sp_prepexec first, then sp_execute by name."""

import pytest

pyodbc = pytest.importorskip("pyodbc")


def test_one_statement_executed_many_times(odbc_string):
    with pyodbc.connect(odbc_string(), autocommit=True) as cnxn:
        cursor = cnxn.cursor()
        for i in range(200):
            row = cursor.execute("SELECT ? + 1, ?", i, f"run {i}").fetchone()
            assert tuple(row) == (i + 1, f"run {i}")


def test_interleaved_statements(odbc_string):
    # Without MARS a result must be read to its end before another statement runs: fetchall.
    with pyodbc.connect(odbc_string(), autocommit=True) as cnxn:
        a, b = cnxn.cursor(), cnxn.cursor()
        for i in range(1, 51):
            assert [tuple(r) for r in a.execute("SELECT ? * 2", i).fetchall()] == [(2 * i,)]
            assert [tuple(r) for r in b.execute("SELECT -CAST(? AS bigint)", i).fetchall()] == [(-i,)]

