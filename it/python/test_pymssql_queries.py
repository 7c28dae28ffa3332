"""pymssql: repeated statements, 10 MB values, 100,000 rows, timeouts and transactions."""

import random
import time

import pytest

pymssql = pytest.importorskip("pymssql")

from test_pymssql_connect import connect  # noqa: E402

TEN_MB = 10 * 1024 * 1024
HUNDRED_THOUSAND = "SELECT value, CAST(value AS float), CONCAT(N'row', value) FROM GENERATE_SERIES(1, 100000)"


def test_one_statement_executed_many_times(server):
    with connect(server, autocommit=True) as cnxn:
        cursor = cnxn.cursor()
        for i in range(200):
            cursor.execute("SELECT %d + 1, %s", (i, f"run {i}"))
            assert cursor.fetchone() == (i + 1, f"run {i}")


def test_ten_megabytes_of_nvarchar_max_both_ways(server):
    pattern = "pymssql ∑ 日本語 0123456789 "
    text = (pattern * (TEN_MB // 2 // len(pattern) + 1))[: TEN_MB // 2]
    with connect(server, autocommit=True) as cnxn:
        cursor = cnxn.cursor()
        cursor.execute("SET TEXTSIZE 2147483647")
        cursor.execute("SELECT CAST(%s AS nvarchar(max))", (text,))
        assert cursor.fetchone()[0] == text


def test_ten_megabytes_of_varbinary_max_both_ways(server):
    data = random.Random(9).randbytes(TEN_MB)
    with connect(server, autocommit=True) as cnxn:
        cursor = cnxn.cursor()
        cursor.execute("SET TEXTSIZE 2147483647")
        cursor.execute("SELECT CAST(%s AS varbinary(max))", (data,))
        assert cursor.fetchone()[0] == data


def test_reads_a_hundred_thousand_rows(server):
    with connect(server, autocommit=True) as cnxn:
        cursor = cnxn.cursor()
        cursor.execute(HUNDRED_THOUSAND)
        expected = 0
        for row in cursor:
            expected += 1
            assert row == (expected, float(expected), f"row{expected}")
        assert expected == 100_000


def test_query_timeout_stops_a_waitfor(server):
    # On a timeout DB-Library cancels and pymssql then treats that connection as dead, so the
    # next query goes through a new connection, as pymssql users do.
    with connect(server, autocommit=True, timeout=2) as cnxn:
        cursor = cnxn.cursor()
        start = time.monotonic()
        with pytest.raises(pymssql.OperationalError):
            cursor.execute("WAITFOR DELAY '00:01:00'")
        assert time.monotonic() - start < 30
    with connect(server, autocommit=True) as cnxn:
        cursor = cnxn.cursor()
        cursor.execute("SELECT 1, @@TRANCOUNT")
        assert cursor.fetchone() == (1, 0)


def test_autocommit_off_begins_a_transaction_and_commit_begins_the_next(server):
    # pymssql sends BEGIN TRAN right after connecting, and again after COMMIT/ROLLBACK.
    with connect(server) as cnxn:
        cursor = cnxn.cursor()
        cursor.execute("SELECT @@TRANCOUNT")
        assert cursor.fetchone()[0] == 1
        cnxn.commit()
        cursor.execute("SELECT @@TRANCOUNT")
        assert cursor.fetchone()[0] == 1
        cnxn.rollback()
        cursor.execute("SELECT @@TRANCOUNT")
        assert cursor.fetchone()[0] == 1


def test_rollback_discards_and_commit_keeps_rows(server):
    with connect(server, autocommit=True) as setup:
        setup.cursor().execute("CREATE TABLE dbo.it_pymssql_tx (id int PRIMARY KEY)")
    try:
        with connect(server) as cnxn:
            cursor = cnxn.cursor()
            cursor.execute("INSERT INTO dbo.it_pymssql_tx VALUES (1)")
            cnxn.rollback()
            cursor.execute("SELECT COUNT(*) FROM dbo.it_pymssql_tx")
            assert cursor.fetchone()[0] == 0
            cursor.execute("INSERT INTO dbo.it_pymssql_tx VALUES (2)")
            cnxn.commit()
        with connect(server, autocommit=True) as other:
            cursor = other.cursor()
            cursor.execute("SELECT COUNT(*) FROM dbo.it_pymssql_tx")
            assert cursor.fetchone()[0] == 1
    finally:
        with connect(server, autocommit=True) as cleanup:
            cleanup.cursor().execute("DROP TABLE dbo.it_pymssql_tx")
