"""pyodbc (msodbcsql or FreeTDS) with a login made by CREATE LOGIN: its password works, a wrong one
gets 18456, SELECT is refused with 229 until granted."""

import uuid

import pytest

pyodbc = pytest.importorskip("pyodbc")

PASSWORD = "P@ssw0rd-1"


def _as(odbc_string, login, password):
    return odbc_string(password=password, UID=login)


def test_created_login_and_grants(server, odbc_string):
    login = "py_" + uuid.uuid4().hex[:8]
    table = "t_" + login
    with pyodbc.connect(odbc_string(), autocommit=True) as sa:
        cursor = sa.cursor()
        cursor.execute(f"CREATE LOGIN {login} WITH PASSWORD = '{PASSWORD}'")
        cursor.execute(f"CREATE USER {login} FOR LOGIN {login}")
        cursor.execute(f"CREATE TABLE dbo.{table} (id int)")
        cursor.execute(f"INSERT INTO dbo.{table} VALUES (7)")

    with pytest.raises(pyodbc.Error) as failure:
        pyodbc.connect(_as(odbc_string, login, "Wrong-Passw0rd"))
    assert "18456" in str(failure.value)
    assert f"Login failed for user '{login}'." in str(failure.value)

    with pyodbc.connect(_as(odbc_string, login, PASSWORD), autocommit=True) as mine:
        cursor = mine.cursor()
        cursor.execute("SELECT SUSER_SNAME(), USER_NAME()")
        assert tuple(cursor.fetchone()) == (login, login)
        with pytest.raises(pyodbc.Error) as denied:
            cursor.execute(f"SELECT id FROM dbo.{table}")
        assert "229" in str(denied.value)
        with pyodbc.connect(odbc_string(), autocommit=True) as sa:
            sa.cursor().execute(f"GRANT SELECT ON dbo.{table} TO {login}")
        cursor.execute(f"SELECT id FROM dbo.{table}")
        assert cursor.fetchone()[0] == 7
