"""vector(n) through pyodbc + FreeTDS ODBC: the column reads as SQL Server 2025's JSON text (the
varchar(max) it sends clients without vector support), str parameters convert to the type, and
bad text is SQL Server's error."""

import json

import pytest

pyodbc = pytest.importorskip("pyodbc")


@pytest.fixture
def cnxn(odbc_string):
    connection = pyodbc.connect(odbc_string(), autocommit=True)
    yield connection
    connection.close()


def test_column_reads_as_json_text(cnxn):
    cnxn.execute("DROP TABLE IF EXISTS py_vec")
    cnxn.execute("CREATE TABLE py_vec (id int, v vector(3))")
    cnxn.execute("INSERT py_vec VALUES (1, '[0.1, 2, 30]'), (2, NULL)")
    rows = cnxn.execute("SELECT v FROM py_vec ORDER BY id").fetchall()
    assert rows[0][0] == "[1.0000000e-001,2.0000000e+000,3.0000000e+001]"
    assert json.loads(rows[0][0]) == pytest.approx([0.1, 2, 30])
    assert rows[1][0] is None


def test_str_parameters_convert_to_the_type(cnxn):
    cnxn.execute("DROP TABLE IF EXISTS py_vec_p")
    cnxn.execute("CREATE TABLE py_vec_p (id int, v vector(2))")
    cnxn.execute("INSERT py_vec_p VALUES (?, ?)", 1, json.dumps([3, 4]))
    row = cnxn.execute(
        "SELECT VECTOR_NORM(v, ?), VECTOR_DISTANCE('cosine', v, CAST(? AS vector(2))) FROM py_vec_p", "norm2", "[3,4]"
    ).fetchone()
    assert row[0] == 5.0
    assert row[1] == pytest.approx(0.0, abs=1e-6)


def test_bad_text_is_error_13670(cnxn):
    with pytest.raises(pyodbc.Error) as e:
        cnxn.execute("SELECT CAST('[1, true]' AS vector(2))").fetchall()
    assert "Input JSON is not a valid Vector : 'Boolean not supported'." in str(e.value)
