"""pymssql (DB-Library over FreeTDS, Debian's python3-pymssql): connect, fail with 18456."""

import pytest

pymssql = pytest.importorskip("pymssql")


def connect(server, **extra):
    params = dict(server=server.host, port=str(server.port), user="sa", password=server.password,
                  database="master", login_timeout=30)
    params.update(extra)
    return pymssql.connect(**params)


def test_connects_and_runs_a_batch(server):
    with connect(server) as cnxn:
        cursor = cnxn.cursor()
        cursor.execute("SELECT 1, DB_NAME(), SUSER_SNAME()")
        assert cursor.fetchone() == (1, "master", "sa")


def test_wrong_password_fails_with_18456(server):
    with pytest.raises(pymssql.OperationalError) as failure:
        connect(server, password="not-the-password")
    text = str(failure.value)
    assert "18456" in text
    assert "Login failed for user 'sa'." in text


def test_many_connections_in_a_row(server):
    for _ in range(20):
        with connect(server) as cnxn:
            cursor = cnxn.cursor()
            cursor.execute("SELECT @@SPID")
            assert cursor.fetchone()[0] > 0
