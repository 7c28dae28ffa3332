"""pyodbc transactions: FreeTDS ODBC sends TRANSACTION_MANAGER begin/commit/rollback requests."""

import pytest

pyodbc = pytest.importorskip("pyodbc")


def _trancount(cnxn) -> int:
    return cnxn.execute("SELECT @@TRANCOUNT").fetchval()


def test_autocommit_off_opens_a_transaction_at_once(odbc_string):
    # autocommit=False (pyodbc's default) makes the driver send TM_BEGIN_XACT right away.
    with pyodbc.connect(odbc_string(), autocommit=False) as cnxn:
        assert _trancount(cnxn) == 1
        cnxn.commit()
        assert _trancount(cnxn) == 1  # commit carries fBeginXact: the next transaction starts
        cnxn.rollback()
        assert _trancount(cnxn) == 1
        cnxn.autocommit = True
        assert _trancount(cnxn) == 0


def test_autocommit_on_has_no_transaction(odbc_string):
    with pyodbc.connect(odbc_string(), autocommit=True) as cnxn:
        assert _trancount(cnxn) == 0
        cnxn.execute("BEGIN TRAN")
        assert _trancount(cnxn) == 1
        cnxn.execute("ROLLBACK TRAN")
        assert _trancount(cnxn) == 0


def test_rollback_discards_and_commit_keeps_rows(odbc_string):
    with pyodbc.connect(odbc_string(), autocommit=True) as setup:
        setup.execute("CREATE TABLE dbo.it_pyodbc_tx (id int PRIMARY KEY)")
    try:
        with pyodbc.connect(odbc_string(), autocommit=False) as cnxn:
            cnxn.execute("INSERT INTO dbo.it_pyodbc_tx VALUES (1)")
            cnxn.rollback()
            assert cnxn.execute("SELECT COUNT(*) FROM dbo.it_pyodbc_tx").fetchval() == 0
            cnxn.execute("INSERT INTO dbo.it_pyodbc_tx VALUES (2)")
            cnxn.commit()
        with pyodbc.connect(odbc_string(), autocommit=True) as other:
            assert other.execute("SELECT COUNT(*) FROM dbo.it_pyodbc_tx").fetchval() == 1
    finally:
        with pyodbc.connect(odbc_string(), autocommit=True) as cleanup:
            cleanup.execute("DROP TABLE dbo.it_pyodbc_tx")
