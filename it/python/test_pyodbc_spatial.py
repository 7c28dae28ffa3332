"""geometry and geography through pyodbc + FreeTDS ODBC: the UDT columns read as SQL Server's
serialized bytes, WKT bound as a parameter converts to the types, and a FormatException of the
types is error 6522."""

import struct

import pytest

pyodbc = pytest.importorskip("pyodbc")


@pytest.fixture
def cnxn(odbc_string):
    connection = pyodbc.connect(odbc_string(), autocommit=True)
    yield connection
    connection.close()


def test_point_reads_as_serialized_bytes(cnxn):
    row = cnxn.execute("SELECT geometry::Point(3, 4, 0), geography::Point(47.651, -122.349, 4326)").fetchone()
    assert bytes(row[0]) == bytes.fromhex("00000000010C00000000000008400000000000001040")
    srid, version, props, lat, lon = struct.unpack("<iBBdd", bytes(row[1]))
    assert (srid, version, props, lat, lon) == (4326, 1, 0x0C, 47.651, -122.349)


def test_wkt_parameters_convert_and_measure(cnxn):
    cnxn.execute("DROP TABLE IF EXISTS py_shapes")
    cnxn.execute("CREATE TABLE py_shapes (name nvarchar(20), shape geometry)")
    cnxn.execute("INSERT py_shapes VALUES (?, ?)", "square", "POLYGON ((0 0, 3 0, 3 3, 0 3, 0 0))")
    cnxn.execute("INSERT py_shapes VALUES (?, geometry::STGeomFromText(?, 0))", "line", "LINESTRING (0 0, 3 4)")
    rows = cnxn.execute(
        "SELECT name, shape.STGeometryType(), shape.STArea(), shape.STLength(), shape.STAsText() FROM py_shapes ORDER BY name"
    ).fetchall()
    assert [tuple(r) for r in rows] == [
        ("line", "LineString", 0.0, 5.0, "LINESTRING (0 0, 3 4)"),
        ("square", "Polygon", 9.0, 12.0, "POLYGON ((0 0, 3 0, 3 3, 0 3, 0 0))"),
    ]
    assert cnxn.execute(
        "SELECT COUNT(*) FROM py_shapes WHERE shape.STIntersects(geometry::Point(1, 1, 0)) = 1"
    ).fetchone()[0] == 1


def test_null_reads_as_none(cnxn):
    assert cnxn.execute("SELECT CAST(NULL AS geography), 1").fetchone()[0] is None


def test_invalid_text_is_error_6522(cnxn):
    with pytest.raises(pyodbc.Error) as info:
        cnxn.execute("SELECT geography::STGeomFromText('POINT(1)', 4326)").fetchall()
    assert "6522" in str(info.value)
    assert "24141: A number is expected at position 7" in str(info.value)
