"""A 100,000-row GENERATE_SERIES result through pyodbc, exactly."""

import pytest

pyodbc = pytest.importorskip("pyodbc")

HUNDRED_THOUSAND = "SELECT value, CAST(value AS float), CONCAT(N'row', value) FROM GENERATE_SERIES(1, 100000)"


def test_reads_a_hundred_thousand_rows(odbc_string):
    with pyodbc.connect(odbc_string(), autocommit=True) as cnxn:
        cursor = cnxn.execute(HUNDRED_THOUSAND)
        assert cursor.description[0][0] == "value"
        expected = 0
        while True:
            rows = cursor.fetchmany(5000)
            if not rows:
                break
            for row in rows:
                expected += 1
                assert tuple(row) == (expected, float(expected), f"row{expected}")
        assert expected == 100_000


def test_abandoned_result_leaves_the_session_usable(odbc_string):
    with pyodbc.connect(odbc_string(), autocommit=True) as cnxn:
        cursor = cnxn.execute("SELECT value FROM GENERATE_SERIES(1, 1000000)")
        assert [r[0] for r in cursor.fetchmany(10)] == list(range(1, 11))
        cursor.close()
        assert cnxn.execute("SELECT 42").fetchval() == 42
