"""The type mapping between SQL Server types, Arrow and pandas (both ways).

Every Arrow field carries its SQL type as text in the field metadata key ``sql_type``
(e.g. ``decimal(18,4)``, ``nvarchar(max)``), so money vs decimal or varchar vs nvarchar survive.

Input (SQL -> Arrow -> InputDataSet column):

===================================  ======================  =========================================
SQL type                              Arrow                   pandas column (NULL)
===================================  ======================  =========================================
tinyint / smallint / int / bigint     uint8/int16/int32/int64 numpy uint8/int16/int32/int64; with NULLs
                                                              pandas UInt8/Int16/Int32/Int64 (pd.NA)
bit                                   bool                    numpy bool; with NULLs pandas boolean (NA)
real / float                          float32 / float64       float32 / float64 (NULL -> NaN)
decimal, numeric, money, smallmoney   decimal128(p,s)         object of decimal.Decimal (None)
char/varchar/nchar/nvarchar/text/     utf8                    object of str (None)
ntext/xml, uniqueidentifier                                   (uniqueidentifier as upper-case text)
binary / varbinary / image            binary                  object of bytes (None)
date                                  date32                  object of datetime.date (None)
time(n)                               time64[us]              object of datetime.time (None)
datetime / smalldatetime / datetime2  timestamp[us]           datetime64[us] (NaT)
datetimeoffset                        timestamp[us, UTC]      datetime64[us, UTC] (NaT)
===================================  ======================  =========================================

Integers and bits never become float: a column holding NULLs uses the pandas nullable dtype, so
values stay exact. Python's datetime has microseconds, so the 7th fractional digit of
datetime2(7)/time(7)/datetimeoffset(7) is dropped on input.

Output (OutputDataSet column dtype -> SQL type), first match wins:

bool / boolean -> bit; uint8 -> tinyint; int8, int16 -> smallint; uint16, int32 -> int;
uint32, int64, uint64 -> bigint (nullable Int* alike); float32 -> real; float64 -> float
(NaN and +/-inf -> NULL); datetime64[s|ms|us|ns] -> datetime2(0|3|6|7); tz-aware -> datetimeoffset;
string dtypes -> nvarchar(max); category -> the mapping of its values; object -> by the values it
holds (None/NaN/NA are NULL): all str -> nvarchar(max), all bytes -> varbinary(max), all bool -> bit,
all int -> bigint, int/float -> float, all Decimal -> decimal(38,s) with s the largest scale that
fits, datetime -> datetime2(6), date -> date, time -> time(6), UUID -> uniqueidentifier,
all NULL -> nvarchar(max); mixed -> nvarchar(max) of str(value). Anything else (timedelta,
period, complex...) is output as NULL in an nvarchar(max) column, as the SQL Server docs say
("any result set that cannot be mapped to a Transact-SQL data type, is output as NULL").
"""

from __future__ import annotations

import bisect
import ctypes
import datetime as dt
import decimal
import re
import uuid
import weakref

import numpy as np
import pandas as pd
import pyarrow as pa

SQL_TYPE_KEY = b"sql_type"

_TYPE_RE = re.compile(r"^\s*([a-z0-9_]+)\s*(?:\(\s*(max|\d+)\s*(?:,\s*(\d+)\s*)?\))?\s*$", re.I)

_STRING_TYPES = {"char", "varchar", "nchar", "nvarchar", "text", "ntext", "xml", "sysname"}
_BINARY_TYPES = {"binary", "varbinary", "image", "timestamp", "rowversion"}
_INT_ARROW = {
    "tinyint": pa.uint8(),
    "smallint": pa.int16(),
    "int": pa.int32(),
    "bigint": pa.int64(),
}
_NULLABLE_INT = {
    "tinyint": pd.UInt8Dtype(),
    "smallint": pd.Int16Dtype(),
    "int": pd.Int32Dtype(),
    "bigint": pd.Int64Dtype(),
}


class UnsupportedType(Exception):
    """A SQL type the mapping does not carry."""


def parse_sql_type(text: str) -> tuple[str, list[str]]:
    """Splits ``decimal(10,2)`` into ``("decimal", ["10", "2"])``."""
    m = _TYPE_RE.match(text)
    if not m:
        raise UnsupportedType(f"cannot parse SQL type '{text}'")
    args = [a for a in (m.group(2), m.group(3)) if a is not None]
    return m.group(1).lower(), [a.lower() for a in args]


def arrow_type(sql_type: str) -> pa.DataType:
    """The Arrow type that carries values of ``sql_type``."""
    base, args = parse_sql_type(sql_type)
    if base in _INT_ARROW:
        return _INT_ARROW[base]
    if base == "bit":
        return pa.bool_()
    if base in ("decimal", "numeric"):
        p = int(args[0]) if args else 18
        s = int(args[1]) if len(args) > 1 else 0
        return pa.decimal128(p, s)
    if base == "money":
        return pa.decimal128(19, 4)
    if base == "smallmoney":
        return pa.decimal128(10, 4)
    if base == "real":
        return pa.float32()
    if base == "float":
        return pa.float64()
    if base in _STRING_TYPES or base == "uniqueidentifier":
        return pa.string()
    if base in _BINARY_TYPES:
        return pa.binary()
    if base == "date":
        return pa.date32()
    if base == "time":
        return pa.time64("us")
    if base in ("datetime", "smalldatetime", "datetime2"):
        return pa.timestamp("us")
    if base == "datetimeoffset":
        return pa.timestamp("us", tz="UTC")
    raise UnsupportedType(f"unsupported SQL type '{sql_type}'")


def field_sql_type(f: pa.Field) -> str:
    meta = f.metadata or {}
    if SQL_TYPE_KEY in meta:
        return meta[SQL_TYPE_KEY].decode()
    return _sql_type_of_arrow(f.type)


def _sql_type_of_arrow(t: pa.DataType) -> str:
    for name, at in _INT_ARROW.items():
        if t == at:
            return name
    if pa.types.is_boolean(t):
        return "bit"
    if pa.types.is_float32(t):
        return "real"
    if pa.types.is_floating(t):
        return "float"
    if pa.types.is_decimal(t):
        return f"decimal({t.precision},{t.scale})"
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return "nvarchar(max)"
    if pa.types.is_binary(t) or pa.types.is_large_binary(t):
        return "varbinary(max)"
    if pa.types.is_date(t):
        return "date"
    if pa.types.is_time(t):
        return "time(6)"
    if pa.types.is_timestamp(t):
        return "datetimeoffset(6)" if t.tz else "datetime2(6)"
    raise UnsupportedType(f"unsupported Arrow type {t}")


# ---------------------------------------------------------------- input: Arrow -> pandas


def column_to_pandas(col: pa.ChunkedArray, sql_type: str):
    """One InputDataSet column; see the module table for the dtype chosen."""
    base, _ = parse_sql_type(sql_type)
    has_nulls = col.null_count > 0
    if base in _NULLABLE_INT:
        if has_nulls:
            return col.to_pandas(types_mapper=lambda _t: _NULLABLE_INT[base]).array
        return col.to_numpy()
    if base == "bit":
        if has_nulls:
            return col.to_pandas(types_mapper=lambda _t: pd.BooleanDtype()).array
        return col.to_numpy(zero_copy_only=False)
    if base in ("real", "float"):
        return col.to_numpy(zero_copy_only=False)
    if pa.types.is_timestamp(col.type):
        return col.to_pandas(coerce_temporal_nanoseconds=False).array
    return _object_series(_object_values(col, base))


def _per_value(arrow_type: pa.DataType, sql_type: str) -> bool:
    """Whether column_to_pandas makes the column an object array value by value (str, bytes,
    Decimal, date, time): such a column can be converted chunk by chunk, as the input arrives."""
    base, _ = parse_sql_type(sql_type)
    return not (base in _NULLABLE_INT or base in ("bit", "real", "float")
                or pa.types.is_timestamp(arrow_type))


def _object_values(col, base: str) -> np.ndarray:
    """Python objects (None for NULL) of an Array or ChunkedArray, as an object ndarray."""
    if base == "date":
        return col.to_pandas(date_as_object=True).to_numpy(dtype=object)
    return col.to_numpy(zero_copy_only=False)


def _object_series(values: np.ndarray) -> pd.Series:
    # Explicitly object: pandas 3 would otherwise infer its "str" dtype, whose missing value is NaN.
    return pd.Series(values, dtype=object, copy=False)


class _TextOrigins:
    """The object columns of str made from Arrow text input, each with its Arrow data.

    An output column that still holds exactly those str objects (``OutputDataSet =
    InputDataSet``, or text columns a script passes through) goes back as the same Arrow data
    instead of being converted again value by value, the largest cost of a pass-through. It is
    recognised by where its values lie (the input array's memory, or a slice of it) and by the
    objects themselves: the pointer at every position must still be the one the column was made
    with. The per-batch arrays the column was concatenated from (private to FrameBuilder) keep
    those original objects alive, so no other object can take the address of one of them: same
    pointer means same (immutable) str; they also hold the original pointers to compare with, so
    no snapshot of the column's pointers is taken (a million-row copy on the way to the script).
    Anything else — a value changed, a copy made by pandas, another array — is converted as usual;
    the result is the same either way (an object column of str and None is nvarchar(max), None as
    NULL).
    """

    def __init__(self):
        # address of the column's pointers -> (its length, the arrays holding the original objects
        # in order, the row each starts at, Arrow data)
        self._entries = {}

    def add(self, values: np.ndarray, originals: list, arrow: pa.ChunkedArray) -> None:
        """``values``: the column; ``originals``: the arrays it was concatenated from, in order,
        holding the same objects, which nothing else may hold or change (a copy of the column
        when it is one of them). The column itself is not kept (the entry goes when it does)."""
        address = values.__array_interface__["data"][0]
        starts = np.cumsum([0] + [len(o) for o in originals[:-1]]).tolist()
        self._entries[address] = (len(values), originals, starts, arrow)
        weakref.finalize(values, self._entries.pop, address, None)

    def find(self, values: np.ndarray) -> pa.Array | None:
        """The Arrow data of ``values`` if it is (a slice of) a registered column, unchanged."""
        n = len(values)
        if not self._entries or n == 0 or values.dtype != object or values.ndim != 1 \
                or values.strides[0] != values.itemsize:
            return None
        address = values.__array_interface__["data"][0]
        for start, (length, originals, starts, arrow) in self._entries.items():
            offset, rest = divmod(address - start, values.itemsize)
            if rest or offset < 0 or offset + n > length:
                continue
            if not _holds_originals(_pointers(values), offset, originals, starts):
                return None
            return arrow.slice(offset, n).combine_chunks()
        return None


def _holds_originals(pointers: np.ndarray, offset: int, originals: list, starts: list) -> bool:
    """Whether ``pointers`` are those of the originals from row ``offset`` on, piece by piece."""
    i = bisect.bisect_right(starts, offset) - 1
    pos, n = 0, len(pointers)
    while pos < n:
        lo = offset + pos - starts[i]
        k = min(len(originals[i]) - lo, n - pos)
        if not np.array_equal(pointers[pos:pos + k], _pointers(originals[i])[lo:lo + k]):
            return False
        pos += k
        i += 1
    return True


def _pointers(values: np.ndarray) -> np.ndarray:
    """The object pointers of a contiguous object array, as integers (a view, no references)."""
    raw = (ctypes.c_char * (values.itemsize * len(values))).from_address(
        values.__array_interface__["data"][0])
    return np.frombuffer(raw, dtype=np.uintp)


_TEXT_ORIGINS = _TextOrigins()


class FrameBuilder:
    """Builds the InputDataSet frame from record batches as they arrive.

    Columns made of Python objects (strings, bytes, decimals, dates, times: most of the cost of
    the conversion) are converted batch by batch in ``add``, while the Java side is still writing
    the next input chunk; numeric and timestamp columns, whose dtype depends on whether the whole
    column holds a NULL, are converted once in ``frame``. The result is the same frame as
    converting the whole table at once.
    """

    def __init__(self, schema: pa.Schema | None = None):
        self.schema = None
        if schema is not None:
            self._start(schema)

    def _start(self, schema: pa.Schema) -> None:
        self.schema = schema
        self._types = [field_sql_type(f) for f in schema]
        eager = [_per_value(f.type, t) for f, t in zip(schema, self._types)]
        self._eager = [i for i, e in enumerate(eager) if e]
        self._late = [i for i, e in enumerate(eager) if not e]
        self._pieces = {i: [] for i in self._eager}
        self._text = {i: [] for i in self._eager if schema.field(i).type == pa.string()}
        self._late_batches = []

    def add(self, batches) -> None:
        for b in batches:
            if self.schema is None:
                self._start(b.schema)
            for i in self._eager:
                self._pieces[i].append(
                    _object_values(b.column(i), parse_sql_type(self._types[i])[0]))
                if i in self._text:
                    self._text[i].append(b.column(i))
            if self._late:
                self._late_batches.append(b.select(self._late))

    def frame(self) -> pd.DataFrame:
        """The frame of every batch added; duplicate or empty SQL column names are kept."""
        if self.schema is None:
            return pd.DataFrame()
        late = pa.Table.from_batches(self._late_batches, schema=pa.schema([self.schema.field(i) for i in self._late])) \
            if self._late else None
        if late is not None:
            rows = late.num_rows
        else:
            rows = sum(len(p) for p in self._pieces[self._eager[0]]) if self._eager else 0
        index = pd.RangeIndex(rows)
        cols = []
        for i in range(len(self._types)):
            if i in self._pieces:
                pieces = self._pieces[i]
                objects = (np.concatenate(pieces) if len(pieces) != 1 else pieces[0]) \
                    if pieces else np.empty(0, dtype=object)
                if self._text.get(i):
                    # The pieces are the originals; a lone piece is the column itself, which the
                    # script may change in place: then a copy is.
                    _TEXT_ORIGINS.add(objects, pieces if len(pieces) != 1 else [pieces[0].copy()],
                                      pa.chunked_array(self._text[i], type=pa.string()))
                values = _object_series(objects)
            else:
                values = column_to_pandas(late.column(self._late.index(i)), self._types[i])
            if isinstance(values, pd.Series):
                values.index = index
            cols.append(values)
        names = self.schema.names
        if len(set(names)) == len(names):
            # Keyed by name at once: assigning the names afterwards builds a second column index,
            # most of the cost of a small frame (hot: ~50 of ~80 µs).
            return pd.DataFrame(dict(zip(names, cols)), index=index, copy=False)
        df = pd.DataFrame(dict(enumerate(cols)), index=index, copy=False)
        df.columns = list(names)  # duplicate names: a dict cannot hold them
        return df


def table_to_frame(table: pa.Table) -> pd.DataFrame:
    """Builds the InputDataSet frame; duplicate or empty SQL column names are kept as they are."""
    builder = FrameBuilder(table.schema)
    builder.add(table.to_batches())
    return builder.frame()


def scalar_to_python(arr: pa.Array, sql_type: str):
    """One parameter value as the plain Python object the script sees."""
    v = arr[0].as_py()
    if v is None:
        return None
    base, _ = parse_sql_type(sql_type)
    if base == "datetimeoffset":
        return v
    if base in ("datetime", "smalldatetime", "datetime2"):
        return v.replace(tzinfo=None) if isinstance(v, dt.datetime) else v
    return v


# ---------------------------------------------------------------- output: pandas -> Arrow

_DTYPE_SQL = {
    "bool": ("bit", pa.bool_()),
    "boolean": ("bit", pa.bool_()),
    "uint8": ("tinyint", pa.uint8()),
    "UInt8": ("tinyint", pa.uint8()),
    "int8": ("smallint", pa.int16()),
    "Int8": ("smallint", pa.int16()),
    "int16": ("smallint", pa.int16()),
    "Int16": ("smallint", pa.int16()),
    "uint16": ("int", pa.int32()),
    "UInt16": ("int", pa.int32()),
    "int32": ("int", pa.int32()),
    "Int32": ("int", pa.int32()),
    "uint32": ("bigint", pa.int64()),
    "UInt32": ("bigint", pa.int64()),
    "int64": ("bigint", pa.int64()),
    "Int64": ("bigint", pa.int64()),
    "uint64": ("bigint", pa.int64()),
    "UInt64": ("bigint", pa.int64()),
}
_UNIT_SCALE = {"s": 0, "ms": 3, "us": 6, "ns": 7}


def _is_null(v) -> bool:
    if v is None or v is pd.NA or v is pd.NaT:
        return True
    return isinstance(v, float) and v != v


def series_to_arrow(s: pd.Series) -> tuple[pa.Array, str]:
    """One OutputDataSet column as (Arrow array, SQL type text)."""
    dtype = s.dtype
    name = str(dtype)
    if isinstance(dtype, pd.CategoricalDtype):
        return series_to_arrow(s.astype(dtype.categories.dtype))
    if name in _DTYPE_SQL:
        sql, at = _DTYPE_SQL[name]
        if isinstance(dtype, np.dtype):
            # A numpy column has no missing values to read: its array converts without the
            # Series wrapper (a quarter of the work for a small column).
            return pa.array(s.to_numpy(), type=at), sql
        return pa.array(s, type=at, from_pandas=True), sql
    if name in ("float32", "Float32"):
        return _floats(s, pa.float32()), "real"
    if name in ("float64", "Float64"):
        return _floats(s, pa.float64()), "float"
    if isinstance(dtype, pd.DatetimeTZDtype):
        unit = dtype.unit
        return pa.array(s, type=pa.timestamp(unit, tz="UTC"), from_pandas=True), \
            f"datetimeoffset({_UNIT_SCALE[unit]})"
    if pd.api.types.is_datetime64_dtype(dtype):
        unit = np.datetime_data(dtype)[0]
        return pa.array(s, type=pa.timestamp(unit), from_pandas=True), f"datetime2({_UNIT_SCALE[unit]})"
    if isinstance(dtype, pd.StringDtype):
        return pa.array(s.astype(object), type=pa.string(), from_pandas=True), "nvarchar(max)"
    if dtype == object:
        values = s.to_numpy(dtype=object)
        unchanged = _TEXT_ORIGINS.find(values)
        if unchanged is not None:
            return unchanged, "nvarchar(max)"
        return _objects(values)
    return pa.nulls(len(s), pa.string()), "nvarchar(max)"


def _floats(s: pd.Series, at: pa.DataType) -> pa.Array:
    # SQL Server's float cannot hold NaN or infinities: they come back as NULL.
    values = s.to_numpy(dtype=at.to_pandas_dtype(), na_value=np.nan)
    finite = np.isfinite(values)
    if finite.all():
        return pa.array(values, type=at)  # no NULL: the values as they are, without a bitmap
    return pa.array(values, type=at, mask=~finite)


def _objects(values: np.ndarray) -> tuple[pa.Array, str]:
    """An object column: typed by the values it holds (C-speed inference, then one conversion)."""
    inferred = pd.api.types.infer_dtype(values, skipna=True)
    fast = _FAST_OBJECT_KINDS.get(inferred)
    if fast is not None:
        try:
            return fast(values)
        except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError, TypeError):
            pass  # e.g. an int beyond 64 bits: the per-value path below decides
    return _objects_slow(values)


def _objects_slow(values: np.ndarray) -> tuple[pa.Array, str]:
    kinds = set()
    for v in values:
        if not _is_null(v):
            kinds.add(_kind(v))
    vals = [None if _is_null(v) else v for v in values]
    if not kinds:
        return pa.array(vals, type=pa.string()), "nvarchar(max)"
    if len(kinds) == 1:
        kind = next(iter(kinds))
        converter = _OBJECT_KINDS.get(kind)
        if converter is not None:
            return converter(vals)
    if kinds <= {"int", "float"}:
        return _floats(pd.Series([np.nan if v is None else float(v) for v in vals]),
                       pa.float64()), "float"
    return pa.array([None if v is None else str(v) for v in vals], type=pa.string()), \
        "nvarchar(max)"


def _datetimes(values: np.ndarray) -> tuple[pa.Array, str]:
    series = pd.Series(values, dtype=object)
    first = series.dropna().iloc[0]
    if getattr(first, "tzinfo", None) is not None:
        converted = pd.to_datetime(series, utc=True).astype("datetime64[us, UTC]")
        return pa.array(converted, type=pa.timestamp("us", tz="UTC"), from_pandas=True), \
            "datetimeoffset(6)"
    converted = pd.to_datetime(series).astype("datetime64[us]")
    return pa.array(converted, type=pa.timestamp("us"), from_pandas=True), "datetime2(6)"


def _strings(values: np.ndarray) -> tuple[pa.Array, str]:
    """Text (None for NULL): without pandas' null sentinels, pyarrow converts it about twice as
    fast; a NaN, pd.NA or NaT among the values makes that raise, and they then go through
    from_pandas, which reads them as NULL."""
    try:
        return pa.array(values, type=pa.string()), "nvarchar(max)"
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError):
        return pa.array(values, type=pa.string(), from_pandas=True), "nvarchar(max)"


_FAST_OBJECT_KINDS = {
    "string": _strings,
    "bytes": lambda v: (pa.array(v, type=pa.binary(), from_pandas=True), "varbinary(max)"),
    "boolean": lambda v: (pa.array(v, type=pa.bool_(), from_pandas=True), "bit"),
    "integer": lambda v: (pa.array(v, type=pa.int64(), from_pandas=True), "bigint"),
    "floating": lambda v: (_floats(pd.Series(v, dtype=float), pa.float64()), "float"),
    "mixed-integer-float": lambda v: (_floats(pd.Series(v, dtype=float), pa.float64()), "float"),
    "empty": lambda v: (pa.nulls(len(v), pa.string()), "nvarchar(max)"),
    "date": lambda v: (pa.array(v, type=pa.date32(), from_pandas=True), "date"),
    "time": lambda v: (pa.array(v, type=pa.time64("us"), from_pandas=True), "time(6)"),
    "datetime": _datetimes,
    "decimal": lambda v: _decimals([None if _is_null(x) else x for x in v]),
}


def _kind(v) -> str:
    if isinstance(v, (bool, np.bool_)):
        return "bool"
    if isinstance(v, (int, np.integer)):
        return "int"
    if isinstance(v, (float, np.floating)):
        return "float"
    if isinstance(v, str):
        return "str"
    if isinstance(v, (bytes, bytearray, memoryview)):
        return "bytes"
    if isinstance(v, decimal.Decimal):
        return "decimal"
    if isinstance(v, dt.datetime):
        return "datetimetz" if v.tzinfo is not None else "datetime"
    if isinstance(v, dt.date):
        return "date"
    if isinstance(v, dt.time):
        return "time"
    if isinstance(v, uuid.UUID):
        return "uuid"
    return "other"


def _decimals(vals: list) -> tuple[pa.Array, str]:
    int_digits, scale = 1, 0
    for v in vals:
        if v is None or not v.is_finite():
            continue
        t = v.as_tuple()
        scale = max(scale, -t.exponent if t.exponent < 0 else 0)
        int_digits = max(int_digits, len(t.digits) + t.exponent)
    scale = max(0, min(scale, 38 - int_digits))
    q = decimal.Decimal(1).scaleb(-scale)
    ctx = decimal.Context(prec=38, rounding=decimal.ROUND_HALF_UP)
    out = [None if (v is None or not v.is_finite()) else v.quantize(q, context=ctx) for v in vals]
    return pa.array(out, type=pa.decimal128(38, scale)), f"decimal(38,{scale})"


_OBJECT_KINDS = {
    "str": lambda vals: (pa.array(vals, type=pa.string()), "nvarchar(max)"),
    "bytes": lambda vals: (pa.array([None if v is None else bytes(v) for v in vals],
                                    type=pa.binary()), "varbinary(max)"),
    "bool": lambda vals: (pa.array([None if v is None else bool(v) for v in vals],
                                   type=pa.bool_()), "bit"),
    "int": lambda vals: (pa.array([None if v is None else int(v) for v in vals],
                                  type=pa.int64()), "bigint"),
    "float": lambda vals: (_floats(pd.Series([np.nan if v is None else float(v) for v in vals]),
                                   pa.float64()), "float"),
    "decimal": _decimals,
    "datetime": lambda vals: (pa.array(vals, type=pa.timestamp("us")), "datetime2(6)"),
    "datetimetz": lambda vals: (pa.array(vals, type=pa.timestamp("us", tz="UTC")),
                                "datetimeoffset(6)"),
    "date": lambda vals: (pa.array(vals, type=pa.date32()), "date"),
    "time": lambda vals: (pa.array(vals, type=pa.time64("us")), "time(6)"),
    "uuid": lambda vals: (pa.array([None if v is None else str(v).upper() for v in vals],
                                   type=pa.string()), "uniqueidentifier"),
}


def converts_by_slices(df: pd.DataFrame) -> bool:
    """Whether converting ``df`` a slice of rows at a time gives the same columns and values as
    converting it whole: true when no column's SQL type depends on the values of other rows
    (numeric, bool, datetime and string dtypes, and object columns holding only str or NULL).
    Then the output goes out slice by slice, each converted while Java decodes the previous one.
    uint64 is left out: a value beyond bigint fails, and must fail before any row is sent.
    """
    for i in range(df.shape[1]):
        dtype = df.dtypes.iloc[i]
        name = str(dtype)
        if (name in _DTYPE_SQL and name not in ("uint64", "UInt64")) or name in ("float32", "Float32", "float64", "Float64"):
            continue
        if isinstance(dtype, (pd.DatetimeTZDtype, pd.StringDtype)) or \
                pd.api.types.is_datetime64_dtype(dtype):
            continue
        if dtype == object:
            values = df.iloc[:, i].to_numpy()
            if _TEXT_ORIGINS.find(values) is not None or \
                    pd.api.types.infer_dtype(values, skipna=True) == "string":
                continue
        return False
    return True


def frame_to_batch(df: pd.DataFrame) -> pa.RecordBatch:
    """The OutputDataSet as one record batch whose fields carry their SQL types."""
    arrays, fields = [], []
    for name, column in df.items():  # by position, duplicate names too; cheaper than iloc
        arr, sql = series_to_arrow(column)
        arrays.append(arr)
        fields.append(pa.field(str(name), arr.type, True, {SQL_TYPE_KEY: sql.encode()}))
    return pa.RecordBatch.from_arrays(arrays, schema=pa.schema(fields))


def value_to_arrow(v, sql_type: str) -> pa.Array:
    """An output parameter's value converted to its declared type, as a one-element array."""
    at = arrow_type(sql_type)
    if _is_null(v):
        return pa.nulls(1, at)
    if isinstance(v, np.generic):
        v = v.item()
    base, _ = parse_sql_type(sql_type)
    if base in _INT_ARROW:
        v = int(v)
    elif base == "bit":
        v = bool(v)
    elif base in ("real", "float"):
        v = float(v)
    elif base in _STRING_TYPES:
        v = v if isinstance(v, str) else str(v)
    elif base == "uniqueidentifier":
        v = str(v).upper()
    elif base in _BINARY_TYPES:
        if isinstance(v, str):
            raise TypeError(f"a str cannot be returned as {sql_type}; encode it to bytes")
        v = bytes(v)
    elif pa.types.is_decimal(at):
        v = decimal.Decimal(str(v)).quantize(decimal.Decimal(1).scaleb(-at.scale),
                                            rounding=decimal.ROUND_HALF_UP)
    return pa.array([v], type=at)
