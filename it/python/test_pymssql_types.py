"""Every type family through pymssql: literal, client-interpolated parameter and NULL."""

import datetime as dt
import struct
import uuid
from decimal import Decimal

import pytest

pymssql = pytest.importorskip("pymssql")

from test_pymssql_connect import connect  # noqa: E402


def _real(x: float) -> float:
    return struct.unpack("<f", struct.pack("<f", x))[0]


UNICODE = "Ω ∑ 日本語"

# (sql type, literal, expected value, parameter); pymssql interpolates parameters as literals.
CASES = [
    ("tinyint", "255", 255, 255),
    ("smallint", "-32768", -32768, -32768),
    ("int", "-2147483648", -2147483648, -2147483648),
    ("bigint", "9223372036854775807", 9223372036854775807, 9223372036854775807),
    ("bit", "1", True, True),
    ("decimal(10,4)", "-123456.7891", Decimal("-123456.7891"), Decimal("-123456.7891")),
    ("decimal(38,0)", "9" * 38, Decimal("9" * 38), Decimal("9" * 38)),
    ("numeric(18,6)", "-123456789012.345678", Decimal("-123456789012.345678"), Decimal("-123456789012.345678")),
    ("money", "922337203685477.5807", Decimal("922337203685477.5807"), Decimal("922337203685477.5807")),
    ("smallmoney", "-214748.3648", Decimal("-214748.3648"), Decimal("-214748.3648")),
    ("float", "1.7976931348623157E308", 1.7976931348623157e308, 1.7976931348623157e308),
    ("real", "0.1", _real(0.1), 0.1),
    ("char(10)", "'abc'", "abc       ", "abc"),
    ("varchar(20)", "'héllo wörld'", "héllo wörld", "héllo wörld"),
    ("nchar(5)", "N'ab'", "ab   ", "ab"),
    ("nvarchar(100)", f"N'{UNICODE}'", UNICODE, UNICODE),
    ("nvarchar(max)", f"N'{UNICODE}'", UNICODE, UNICODE),
    ("binary(4)", "0x0102", b"\x01\x02\x00\x00", b"\x01\x02"),
    ("varbinary(8)", "0xDEADBEEF", b"\xde\xad\xbe\xef", b"\xde\xad\xbe\xef"),
    ("varbinary(max)", "0x00FF", b"\x00\xff", b"\x00\xff"),
    ("date", "'2024-02-29'", dt.date(2024, 2, 29), "2024-02-29"),
    # DB-Library cracks time/datetime2 to milliseconds, so pymssql shows .123 of the 7 digits
    # the server sends (the JDBC and pyodbc tests check every digit).
    ("time(7)", "'12:34:56.1234567'", dt.time(12, 34, 56, 123000), "12:34:56.1234567"),
    ("datetime2(7)", "'2024-02-29 12:34:56.1234567'", dt.datetime(2024, 2, 29, 12, 34, 56, 123000),
     "2024-02-29 12:34:56.1234567"),
    ("datetime", "'2024-02-29 23:59:59.998'", dt.datetime(2024, 2, 29, 23, 59, 59, 997000), "2024-02-29 23:59:59.998"),
    ("smalldatetime", "'2024-02-29 12:34:31'", dt.datetime(2024, 2, 29, 12, 35), "2024-02-29 12:34:31"),
    ("uniqueidentifier", "'6f9619ff-8b86-d011-b42d-00c04fc964ff'", uuid.UUID("6F9619FF-8B86-D011-B42D-00C04FC964FF"),
     "6f9619ff-8b86-d011-b42d-00c04fc964ff"),
    ("xml", "N'<a b=\"1\">x</a>'", '<a b="1">x</a>', '<a b="1">x</a>'),
]

IDS = [f"{c[0]} {c[1]}" for c in CASES]


@pytest.fixture
def cursor(server):
    # One connection per test: a case that kills its session must not fail the cases after it.
    cnxn = connect(server, autocommit=True)
    yield cnxn.cursor()
    cnxn.close()


@pytest.mark.parametrize("sql_type,literal,expected,param", CASES, ids=IDS)
def test_literal_round_trips(cursor, sql_type, literal, expected, param):
    cursor.execute(f"SELECT CAST({literal} AS {sql_type})")
    value = cursor.fetchone()[0]
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize("sql_type,literal,expected,param", CASES, ids=IDS)
def test_parameter_round_trips(cursor, sql_type, literal, expected, param):
    cursor.execute(f"SELECT CAST(%s AS {sql_type})", (param,))
    assert cursor.fetchone()[0] == expected


@pytest.mark.parametrize("sql_type", sorted({c[0] for c in CASES}))
def test_null_of_every_type(cursor, sql_type):
    cursor.execute(f"SELECT CAST(NULL AS {sql_type}), 1")
    assert cursor.fetchone() == (None, 1)
