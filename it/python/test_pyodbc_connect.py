"""pyodbc through FreeTDS's ODBC driver: connect in each encryption mode, fail with 18456."""

import pytest

pyodbc = pytest.importorskip("pyodbc")


@pytest.mark.parametrize("encryption", ["off", "request", "require"])
def test_connects_and_runs_a_batch(odbc_string, encryption):
    with pyodbc.connect(odbc_string(Encryption=encryption), autocommit=True, timeout=30) as cnxn:
        row = cnxn.execute("SELECT 1, DB_NAME(), SUSER_SNAME()").fetchone()
        assert tuple(row) == (1, "master", "sa")


def test_reports_the_server_version_from_loginack(odbc_string):
    with pyodbc.connect(odbc_string(), autocommit=True) as cnxn:
        version = cnxn.getinfo(pyodbc.SQL_DBMS_VER)
        assert version.split(".")[0].isdigit()
        assert int(version.split(".")[0]) >= 11


def test_wrong_password_fails_with_18456(odbc_string):
    with pytest.raises(pyodbc.Error) as failure:
        pyodbc.connect(odbc_string(password="not-the-password"), timeout=30)
    text = str(failure.value)
    assert "18456" in text
    assert "Login failed for user 'sa'." in text


def test_many_connections_in_a_row(odbc_string):
    for _ in range(20):
        with pyodbc.connect(odbc_string(), autocommit=True) as cnxn:
            assert cnxn.execute("SELECT @@SPID").fetchval() > 0
