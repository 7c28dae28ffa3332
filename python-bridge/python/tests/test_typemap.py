import datetime as dt
import decimal
import uuid

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from quern_satellite import typemap
from conftest import batch_of

D = decimal.Decimal

# (sql type, a non-null value, expected dtype without NULLs, expected dtype with NULLs)
INPUT_CASES = [
    ("tinyint", 255, "uint8", "UInt8"),
    ("smallint", -32768, "int16", "Int16"),
    ("int", 2147483647, "int32", "Int32"),
    ("bigint", 9007199254740993, "int64", "Int64"),  # 2^53 + 1: exact, never float
    ("bit", True, "bool", "boolean"),
    ("real", 1.5, "float32", "float32"),
    ("float", 2.25, "float64", "float64"),
    ("decimal(38,10)", D("1234567890123456789012345678.0123456789"), "object", "object"),
    ("numeric(5,2)", D("-123.45"), "object", "object"),
    ("money", D("922337203685477.5807"), "object", "object"),
    ("smallmoney", D("214748.3647"), "object", "object"),
    ("char(3)", "abc", "object", "object"),
    ("varchar(10)", "x", "object", "object"),
    ("nchar(2)", "жж", "object", "object"),
    ("nvarchar(max)", "日本語 ✓", "object", "object"),
    ("uniqueidentifier", "6F9619FF-8B86-D011-B42D-00C04FC964FF", "object", "object"),
    ("binary(2)", b"\x00\xff", "object", "object"),
    ("varbinary(max)", b"\x01" * 1000, "object", "object"),
    ("date", dt.date(1, 1, 1), "object", "object"),
    ("time(7)", dt.time(23, 59, 59, 999999), "object", "object"),
    ("datetime", dt.datetime(1753, 1, 1, 0, 0, 0, 3000), "datetime64[us]", "datetime64[us]"),
    ("smalldatetime", dt.datetime(2079, 6, 6, 23, 59), "datetime64[us]", "datetime64[us]"),
    ("datetime2(7)", dt.datetime(9999, 12, 31, 23, 59, 59, 999999), "datetime64[us]",
     "datetime64[us]"),
    ("datetimeoffset(7)", dt.datetime(2024, 2, 29, 12, 0, tzinfo=dt.timezone.utc),
     "datetime64[us, UTC]", "datetime64[us, UTC]"),
]


def frame_of(sql, values):
    table = pa.Table.from_batches([batch_of([("c", sql, values)])])
    return typemap.table_to_frame(table)


@pytest.mark.parametrize("sql,value,dtype,null_dtype", INPUT_CASES)
def test_frame_built_batch_by_batch_equals_the_whole_table(sql, value, dtype, null_dtype):
    # The NULL is only in the last batch: the column's dtype depends on the whole input.
    batches = [batch_of([("c", sql, [value, value]), ("n", "int", [1, 2])]),
               batch_of([("c", sql, [value]), ("n", "int", [3])]),
               batch_of([("c", sql, [None]), ("n", "int", [None])])]
    builder = typemap.FrameBuilder()
    for b in batches:
        builder.add([b])
    built = builder.frame()
    whole = typemap.table_to_frame(pa.Table.from_batches(batches))
    assert str(built["c"].dtype) == null_dtype and str(built["n"].dtype) == "Int32"
    pd.testing.assert_frame_equal(built, whole)
    assert list(built.index) == [0, 1, 2, 3]


def test_frame_builder_keeps_the_columns_of_an_input_without_rows():
    schema = batch_of([("a", "int", []), ("s", "nvarchar(5)", [])]).schema
    df = typemap.FrameBuilder(schema).frame()
    assert list(df.columns) == ["a", "s"] and len(df) == 0
    assert str(df["a"].dtype) == "int32" and str(df["s"].dtype) == "object"


@pytest.mark.parametrize("names", [["a", "b", ""], ["a", "a", ""], ["", "", "x"]])
def test_frame_keeps_column_names_in_order_unique_or_duplicate(names):
    b = batch_of([(names[0], "int", [1]), (names[1], "float", [2.5]), (names[2], "nvarchar(5)", ["z"])])
    df = typemap.table_to_frame(pa.Table.from_batches([b]))
    assert list(df.columns) == names and str(df.columns.dtype) == str(pd.Index(names).dtype)
    assert [df.iloc[0, i] for i in range(3)] == [1, 2.5, "z"]
    assert [str(t) for t in df.dtypes] == ["int32", "float64", "object"]
    out = typemap.frame_to_batch(df)
    assert out.schema.names == names
    assert [c.to_pylist() for c in out.columns] == [[1], [2.5], ["z"]]


def test_numpy_integer_output_beyond_bigint_is_refused():
    with pytest.raises(pa.ArrowInvalid):
        typemap.series_to_arrow(pd.Series(np.array([2**63], dtype=np.uint64)))


@pytest.mark.parametrize("sql,value,dtype,_", INPUT_CASES)
def test_input_without_nulls_keeps_values_and_native_dtype(sql, value, dtype, _):
    df = frame_of(sql, [value, value])
    assert str(df["c"].dtype) == dtype
    got = df["c"].iloc[0]
    if isinstance(got, pd.Timestamp):
        got = got.to_pydatetime()
    assert got == value


@pytest.mark.parametrize("sql,value,_,dtype", INPUT_CASES)
def test_input_with_nulls_keeps_values_and_marks_null(sql, value, _, dtype):
    df = frame_of(sql, [value, None])
    assert str(df["c"].dtype) == dtype
    got = df["c"].iloc[0]
    if isinstance(got, pd.Timestamp):
        got = got.to_pydatetime()
    assert got == value
    assert pd.isna(df["c"].iloc[1])


@pytest.mark.parametrize("sql,value,_a,_b", INPUT_CASES)
def test_round_trip_through_pandas_preserves_value_and_null(sql, value, _a, _b):
    df = frame_of(sql, [value, None])
    batch = typemap.frame_to_batch(df)
    back = batch.column(0).to_pylist()
    assert back[1] is None
    got = back[0]
    if sql == "uniqueidentifier":
        assert got == value  # text stays text on the way out
    else:
        assert got == value


@pytest.mark.parametrize("values,sql", [
    (pd.Series([True, False]), "bit"),
    (pd.Series([1, 2], dtype="uint8"), "tinyint"),
    (pd.Series([1, 2], dtype="int16"), "smallint"),
    (pd.Series([1, 2], dtype="int32"), "int"),
    (pd.Series([1, 2], dtype="int64"), "bigint"),
    (pd.Series([1, None], dtype="Int64"), "bigint"),
    (pd.Series([True, None], dtype="boolean"), "bit"),
    (pd.Series([1.0], dtype="float32"), "real"),
    (pd.Series([1.0]), "float"),
    (pd.Series(["a", None], dtype=object), "nvarchar(max)"),
    (pd.Series(["a", None], dtype="string"), "nvarchar(max)"),
    (pd.Series([b"a", None], dtype=object), "varbinary(max)"),
    (pd.Series([D("1.5"), D("-22.125"), None], dtype=object), "decimal(38,3)"),
    (pd.Series([dt.date(2020, 1, 1)], dtype=object), "date"),
    (pd.Series([dt.time(1, 2)], dtype=object), "time(6)"),
    (pd.Series([uuid.UUID(int=1)], dtype=object), "uniqueidentifier"),
    (pd.Series(pd.to_datetime(["2020-01-01"]).astype("datetime64[ns]")), "datetime2(7)"),
    (pd.Series(pd.to_datetime(["2020-01-01"]).astype("datetime64[s]")), "datetime2(0)"),
    (pd.Series(pd.to_datetime(["2020-01-01"], utc=True)), None),
    (pd.Series([1, 2.5], dtype=object), "float"),
    (pd.Series([1, "a"], dtype=object), "nvarchar(max)"),
    (pd.Series([None, None], dtype=object), "nvarchar(max)"),
    (pd.Series(pd.Categorical(["a", "b"])), "nvarchar(max)"),
])
def test_output_type_inference(values, sql):
    arr, got = typemap.series_to_arrow(values)
    if sql is None:
        assert got.startswith("datetimeoffset(")
    else:
        assert got == sql
    assert len(arr) == len(values)


def test_nan_and_infinity_become_null_on_output():
    arr, sql = typemap.series_to_arrow(pd.Series([1.0, np.nan, np.inf, -np.inf]))
    assert sql == "float"
    assert arr.to_pylist() == [1.0, None, None, None]


@pytest.mark.parametrize("missing", [None, np.nan, pd.NA, pd.NaT])
def test_text_with_any_missing_marker_is_nvarchar_with_null(missing):
    values = np.array(["a", missing, "", "é✓😀"], dtype=object)
    arr, sql = typemap.series_to_arrow(pd.Series(values, dtype=object))
    assert sql == "nvarchar(max)"
    assert arr.to_pylist() == ["a", None, "", "é✓😀"]


def test_unmappable_output_is_null():
    arr, sql = typemap.series_to_arrow(pd.Series(pd.to_timedelta([1, 2], unit="s")))
    assert sql == "nvarchar(max)"
    assert arr.null_count == 2


def test_decimal_output_is_exact():
    v = D("12345678901234567890.123456789012345678")
    arr, sql = typemap.series_to_arrow(pd.Series([v], dtype=object))
    assert sql == "decimal(38,18)"
    assert arr[0].as_py() == v


@pytest.mark.parametrize("value,sql,expected", [
    (5, "int", 5),
    (np.int64(7), "bigint", 7),
    (True, "bit", True),
    (1.25, "float", 1.25),
    ("abc", "nvarchar(10)", "abc"),
    (b"\x80\x00", "varbinary(max)", b"\x80\x00"),
    (bytearray(b"x"), "varbinary(max)", b"x"),
    (D("1.235"), "decimal(10,2)", D("1.24")),
    (None, "int", None),
    (dt.date(2000, 2, 29), "date", dt.date(2000, 2, 29)),
])
def test_output_parameter_conversion(value, sql, expected):
    assert typemap.value_to_arrow(value, sql)[0].as_py() == expected


def test_output_parameter_rejects_str_for_varbinary():
    with pytest.raises(TypeError):
        typemap.value_to_arrow("text", "varbinary(max)")


def test_sql_type_text_parses():
    assert typemap.parse_sql_type("decimal(10, 2)") == ("decimal", ["10", "2"])
    assert typemap.parse_sql_type("NVARCHAR(MAX)") == ("nvarchar", ["max"])
    with pytest.raises(typemap.UnsupportedType):
        typemap.arrow_type("geography")


# ------------------------------------------------------- text passed through unchanged


def _text_frame(n=100_000):
    """A frame as a call builds it: text in several input batches, NULLs among the values."""
    values = [None if i % 7 == 3 else f"row{i}é" for i in range(n)]
    b = typemap.FrameBuilder()
    for start in range(0, n, 32768):
        b.add([batch_of([("i", "int", list(range(start, min(n, start + 32768)))),
                         ("s", "nvarchar(20)", values[start:start + 32768])])])
    return b.frame(), values


def test_text_passed_through_goes_back_as_its_input_arrow_data():
    df, values = _text_frame()
    assert df["s"].dtype == object and df["s"].iloc[3] is None  # the script's view is unchanged
    assert typemap._TEXT_ORIGINS.find(df["s"].to_numpy()) is not None
    arr, sql = typemap.series_to_arrow(df["s"])
    assert sql == "nvarchar(max)"
    assert arr.type == pa.string() and arr.to_pylist() == values
    assert typemap.converts_by_slices(df)
    part = df.iloc[40_000:70_001]
    arr, sql = typemap.series_to_arrow(part["s"])
    assert sql == "nvarchar(max)" and arr.to_pylist() == values[40_000:70_001]
    assert typemap.frame_to_batch(df).column(1).to_pylist() == values


def test_text_changed_in_place_is_converted_again():
    df, values = _text_frame(1000)
    raw = df["s"].to_numpy()
    # Writes straight into the array pandas shares with the frame, even one it made read-only:
    # the frame still points at the same memory, now holding other objects.
    raw.flags.writeable = True
    raw[5] = "changed"
    raw[6] = None
    raw[3] = "was null"
    expected = list(values)
    expected[5], expected[6], expected[3] = "changed", None, "was null"
    assert df["s"].to_numpy()[5] == "changed"
    assert typemap._TEXT_ORIGINS.find(df["s"].to_numpy()) is None
    arr, sql = typemap.series_to_arrow(df["s"])
    assert sql == "nvarchar(max)" and arr.to_pylist() == expected
    assert typemap.series_to_arrow(df["s"].iloc[:3])[0].to_pylist() == values[:3]  # unchanged rows


def test_text_changed_twice_in_place_at_one_position_is_converted_again():
    # The first change frees the original object; the second value may be made at its address.
    df, values = _text_frame(1000)
    raw = df["s"].to_numpy()
    raw.flags.writeable = True
    for k in range(50):
        raw[10] = f"{values[10]}-{k}"
    assert typemap._TEXT_ORIGINS.find(df["s"].to_numpy()) is None
    arr, _ = typemap.series_to_arrow(df["s"])
    assert arr.to_pylist()[10] == f"{values[10]}-49"


def test_text_changed_through_pandas_or_copied_keeps_its_values():
    df, values = _text_frame(1000)
    out = df.copy()
    out.loc[0, "s"] = "x"
    out["t"] = out["s"].str.upper()
    batch = typemap.frame_to_batch(out)
    assert batch.column(1).to_pylist() == ["x"] + values[1:]
    assert batch.column(2).to_pylist() == ["X"] + [None if v is None else v.upper() for v in values[1:]]
    assert typemap.frame_to_batch(df).column(1).to_pylist() == values
    assert typemap.frame_to_batch(df.sort_values("i", ascending=False)).column(1).to_pylist() \
        == values[::-1]


def test_all_null_text_passed_through_is_nvarchar_of_nulls():
    b = typemap.FrameBuilder()
    b.add([batch_of([("s", "varchar(5)", [None, None, None])])])
    arr, sql = typemap.series_to_arrow(b.frame()["s"])
    assert sql == "nvarchar(max)" and arr.to_pylist() == [None, None, None]


def test_text_changed_in_place_in_a_later_batch_is_converted_again():
    # The column is compared with the arrays it was concatenated from, batch by batch: a change
    # past the first one, and a slice across a batch boundary, are seen.
    df, values = _text_frame(70_000)
    raw = df["s"].to_numpy()
    raw.flags.writeable = True
    raw[40_000] = "changed"
    assert typemap._TEXT_ORIGINS.find(raw) is None
    assert typemap._TEXT_ORIGINS.find(raw[32_000:40_001]) is None
    assert typemap._TEXT_ORIGINS.find(raw[32_000:40_000]) is not None
    expected = list(values)
    expected[40_000] = "changed"
    assert typemap.frame_to_batch(df).column(1).to_pylist() == expected


def test_frame_built_from_many_batches_holds_every_value_once():
    values = [f"s{i}" for i in range(70_000)]
    b = typemap.FrameBuilder()
    for start in range(0, len(values), 32768):
        b.add([batch_of([("s", "nvarchar(20)", values[start:start + 32768]),
                         ("d", "decimal(10,2)", [decimal.Decimal(i) / 4 for i in range(start, min(len(values), start + 32768))])])])
    df = b.frame()
    assert df["s"].tolist() == values
    assert df["d"].tolist() == [decimal.Decimal(i) / 4 for i in range(len(values))]
