"""10 MB nvarchar(max) and varbinary(max) both ways through pyodbc + FreeTDS."""

import random

import pytest

pyodbc = pytest.importorskip("pyodbc")

TEN_MB = 10 * 1024 * 1024


def _text() -> str:
    pattern = "pyodbc ∑ 日本語 0123456789 "
    return (pattern * (TEN_MB // 2 // len(pattern) + 1))[: TEN_MB // 2]


@pytest.fixture
def cnxn(odbc_string):
    connection = pyodbc.connect(odbc_string(), autocommit=True)
    yield connection
    connection.close()


def test_nvarchar_max_parameter_comes_back_whole(cnxn):
    text = _text()
    back = cnxn.execute("SELECT CAST(? AS nvarchar(max))", text).fetchval()
    assert len(back) == len(text)
    assert back == text


def test_nvarchar_max_literal_comes_back_whole(cnxn):
    text = _text()
    assert cnxn.execute(f"SELECT N'{text}'").fetchval() == text


def test_varbinary_max_parameter_comes_back_whole(cnxn):
    data = random.Random(5).randbytes(TEN_MB)
    back = cnxn.execute("SELECT CAST(? AS varbinary(max))", data).fetchval()
    assert back == data
    assert cnxn.execute("SELECT 1").fetchval() == 1
