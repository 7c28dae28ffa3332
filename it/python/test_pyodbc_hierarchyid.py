"""hierarchyid through pyodbc + FreeTDS ODBC: the UDT column reads as SQL Server's bytes, strings
and bytes bound as parameters convert to it, and a HierarchyIdException is error 6522."""

import pytest

pyodbc = pytest.importorskip("pyodbc")


@pytest.fixture
def cnxn(odbc_string):
    connection = pyodbc.connect(odbc_string(), autocommit=True)
    yield connection
    connection.close()


def test_column_reads_as_sql_servers_bytes_depth_first(cnxn):
    cnxn.execute("DROP TABLE IF EXISTS py_org")
    cnxn.execute("CREATE TABLE py_org (node hierarchyid PRIMARY KEY, name varchar(10))")
    cnxn.execute("INSERT py_org VALUES ('/1/1/', 'c'), (hierarchyid::GetRoot(), 'a'), ('/2/', 'd'), ('/1/', 'b')")
    rows = cnxn.execute("SELECT node, node.ToString(), name FROM py_org ORDER BY node").fetchall()
    assert [(bytes(r[0]), r[1], r[2]) for r in rows] == [
        (b"", "/", "a"),
        (b"\x58", "/1/", "b"),
        (b"\x5a\xc0", "/1/1/", "c"),
        (b"\x68", "/2/", "d"),
    ]


def test_null_reads_as_none(cnxn):
    assert cnxn.execute("SELECT CAST(NULL AS hierarchyid), 1").fetchone()[0] is None


def test_parameters_convert_to_the_type(cnxn):
    row = cnxn.execute(
        "SELECT CAST(? AS hierarchyid).GetLevel(), CAST(CAST(? AS hierarchyid) AS nvarchar(20))", "/1/2.5/", b"\x5b\x40"
    ).fetchone()
    assert (row[0], row[1]) == (2, "/1/2/")


def test_invalid_text_is_error_6522(cnxn):
    with pytest.raises(pyodbc.Error) as info:
        cnxn.execute("SELECT CAST('/a/' AS hierarchyid)").fetchall()
    assert "6522" in str(info.value)
    assert "24001: SqlHierarchyId.Parse failed" in str(info.value)
