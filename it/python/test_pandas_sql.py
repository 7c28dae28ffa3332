"""pandas' SQL I/O through SQLAlchemy (mssql+pyodbc, FreeTDS) against Quern: DataFrame.to_sql in
every if_exists mode, with an index, dtypes, chunks and multi-row INSERTs; read_sql_query and
read_sql_table; NULLs, datetimes and decimals read back as written."""

import datetime
import decimal

import pytest

pd = pytest.importorskip("pandas")
sa = pytest.importorskip("sqlalchemy")
import numpy as np  # noqa: E402
from sqlalchemy import NVARCHAR, Numeric, create_engine, inspect, text  # noqa: E402


@pytest.fixture(scope="module")
def engine(sa_url):
    e = create_engine(sa_url)
    yield e
    with e.begin() as c:
        for t in ("pd_t", "pd_big", "pd_typed"):
            c.execute(text(f"DROP TABLE IF EXISTS {t}"))
    e.dispose()


def frame():
    # Text columns are VARCHAR(max): FreeTDS converts their values to the server's code page
    # (1252) on the client, so they hold only what that code page can (see test_index_dtypes…).
    df = pd.DataFrame({
        "i": [1, 2, None], "f": [1.5, None, 3.25], "s": ["a", None, "çé"], "b": [True, False, None],
        "dt": [pd.Timestamp("2024-01-02 03:04:05.123"), pd.NaT, pd.Timestamp("1999-12-31")],
    })
    df["i"] = df["i"].astype("Int64")
    return df


def test_to_sql_modes(engine):
    df = frame()
    assert df.to_sql("pd_t", engine, if_exists="replace", index=False) == 3
    with pytest.raises(ValueError, match="already exists"):
        df.to_sql("pd_t", engine, if_exists="fail", index=False)
    df.to_sql("pd_t", engine, if_exists="append", index=False, chunksize=1)
    with engine.connect() as c:
        assert c.execute(text("SELECT COUNT(*), COUNT(i), COUNT(s), SUM(CAST(i AS int)) FROM pd_t")).one() == (6, 4, 4, 6)
    df.head(1).to_sql("pd_t", engine, if_exists="replace", index=False)
    with engine.connect() as c:
        assert c.execute(text("SELECT COUNT(*) FROM pd_t")).scalar() == 1


def test_round_trip_of_nulls_and_datetimes(engine):
    frame().to_sql("pd_t", engine, if_exists="replace", index=False)
    types = {c["name"]: type(c["type"]).__name__ for c in inspect(engine).get_columns("pd_t")}
    assert types == {"i": "BIGINT", "f": "FLOAT", "s": "VARCHAR", "b": "BIT", "dt": "DATETIME"}
    out = pd.read_sql_query("SELECT * FROM pd_t ORDER BY f", engine)
    assert out["f"].isna().tolist() == [True, False, False]
    assert out.loc[1:, "s"].tolist() == ["a", "çé"] and pd.isna(out.loc[0, "s"])
    assert out["b"].tolist() == [False, True, None]
    assert pd.isna(out.loc[0, "dt"])
    assert out.loc[1, "dt"] == pd.Timestamp("2024-01-02 03:04:05.123")
    assert out.loc[2, "dt"] == pd.Timestamp("1999-12-31")
    assert out.loc[:1, "i"].tolist() == [2, 1] and pd.isna(out.loc[2, "i"])


def test_index_dtypes_and_multi_insert(engine):
    df = pd.DataFrame({
        "d": [decimal.Decimal("1.10"), None, decimal.Decimal("-3.25")], "s": ["x ✓", "y", None],
        "day": [datetime.date(2024, 2, 29), None, datetime.date(1900, 1, 1)],
    }, index=pd.Index([10, 20, 30], name="k"))
    df.to_sql("pd_typed", engine, if_exists="replace", index=True, method="multi",
              dtype={"d": Numeric(10, 2), "s": NVARCHAR(20)})
    cols = {c["name"]: c for c in inspect(engine).get_columns("pd_typed")}
    assert (cols["d"]["type"].precision, cols["d"]["type"].scale) == (10, 2)
    assert type(cols["s"]["type"]).__name__ == "NVARCHAR" and cols["s"]["type"].length == 20
    with engine.connect() as c:
        assert c.execute(text("SELECT d FROM pd_typed ORDER BY k")).scalars().all() == [
            decimal.Decimal("1.10"), None, decimal.Decimal("-3.25")]
    table = pd.read_sql_table("pd_typed", engine, index_col="k")
    assert table.index.tolist() == [10, 20, 30]
    assert table["d"].tolist()[0] == pytest.approx(1.1) and pd.isna(table["d"].tolist()[1])
    assert table["s"].tolist()[:2] == ["x ✓", "y"]  # NVARCHAR: FreeTDS sends it as UCS-2
    assert table["day"].tolist()[0] == pd.Timestamp("2024-02-29") and pd.isna(table["day"].tolist()[1])
    one = pd.read_sql("SELECT s FROM pd_typed WHERE k = ?", engine, params=(20,))
    assert one["s"].tolist() == ["y"]


@pytest.mark.parametrize("method", [None, "multi"])
def test_chunked_bulk_load(engine, method):
    big = pd.DataFrame({"x": np.arange(3000), "y": [f"row{i}" for i in range(3000)]})
    big.to_sql("pd_big", engine, if_exists="replace", index=False, method=method, chunksize=700)
    got = pd.read_sql_query(text("SELECT COUNT(*) AS n, SUM(x) AS s, MAX(y) AS m FROM pd_big"), engine)
    assert got.iloc[0].tolist() == [3000, 4498500, "row999"]
    chunks = list(pd.read_sql_query("SELECT x FROM pd_big ORDER BY x", engine, chunksize=1000))
    assert [len(c) for c in chunks] == [1000, 1000, 1000]
    assert chunks[2]["x"].iloc[-1] == 2999


def test_multi_row_inserts_meet_sql_servers_limits(engine):
    """method="multi" sends one INSERT … VALUES per chunk: past 2100 parameters SQL Server answers
    8003, past 1000 rows 10738; a chunksize under both loads everything."""
    df = pd.DataFrame({"a": np.arange(1200), "b": np.arange(1200)})
    with pytest.raises(pd.errors.DatabaseError, match=r"maximum of 2100 parameters.*\(8003\)"):
        df.to_sql("pd_t", engine, if_exists="replace", index=False, method="multi")
    # FreeTDS surfaces the 8180 ("could not be prepared") SQL Server sends after the 10738.
    with pytest.raises(pd.errors.DatabaseError, match=r"\(8180\)|\(10738\)"):
        df[["a"]].to_sql("pd_t", engine, if_exists="replace", index=False, method="multi")
    with engine.connect() as c:
        assert c.execute(text("SELECT COUNT(*) FROM pd_t")).scalar() == 0
    df.to_sql("pd_t", engine, if_exists="replace", index=False, method="multi", chunksize=1000)
    with engine.connect() as c:
        assert c.execute(text("SELECT COUNT(*), SUM(CAST(a AS int)) FROM pd_t")).one() == (1200, 719400)
