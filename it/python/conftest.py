"""Fixtures for the Python client tests: one Quern server per pytest session."""

import pytest

import quern_it


def _probe(server):
    # The PRELOGIN exchange already showed the server answers; log in too where pyodbc exists
    # (pymssql cannot: it runs its own SET batch after login, which is under test itself).
    try:
        import pyodbc
    except ImportError:
        return
    pyodbc.connect(pyodbc_connection_string(server), timeout=10).close()


def pyodbc_connection_string(server, password=None, **extra) -> str:
    """FreeTDS's ODBC driver (registered as 'FreeTDS' by .ci/run) for sa."""
    parts = {
        "DRIVER": "{FreeTDS}",
        "SERVER": server.host,
        "PORT": str(server.port),
        "UID": "sa",
        "PWD": password if password is not None else server.password,
        "DATABASE": "master",
        "ClientCharset": "UTF-8",
    }
    parts.update(extra)
    return ";".join(f"{k}={v}" for k, v in parts.items())


@pytest.fixture(scope="session")
def server():
    started = quern_it.from_environment()
    if started is not None:
        yield started
        return
    started = quern_it.start(_probe)
    try:
        yield started
    finally:
        started.stop()


@pytest.fixture(scope="session")
def odbc_string(server):
    """A function building a pyodbc connection string for the session's server."""
    return lambda password=None, **extra: pyodbc_connection_string(server, password, **extra)


@pytest.fixture(scope="session")
def sa_url(server):
    """A SQLAlchemy URL for mssql+pyodbc through the same FreeTDS ODBC connection string."""
    from sqlalchemy.engine import URL

    return URL.create("mssql+pyodbc", query={"odbc_connect": pyodbc_connection_string(server)})
