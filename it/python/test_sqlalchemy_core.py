"""SQLAlchemy 2 Core through mssql+pyodbc (FreeTDS): dialect start-up, DDL from MetaData,
every common type, INSERT … OUTPUT (RETURNING, insertmanyvalues), paging, windows and CTEs."""

import datetime
import decimal
import enum
import uuid
import warnings

import pytest

sa = pytest.importorskip("sqlalchemy")
from sqlalchemy import (  # noqa: E402
    BigInteger, Boolean, CheckConstraint, Column, Computed, Date, DateTime, Enum, Float, ForeignKey, Identity,
    Index, Integer, LargeBinary, MetaData, Numeric, Sequence, SmallInteger, String, Table, Text, Time, Unicode,
    UnicodeText, Uuid, UniqueConstraint, create_engine, delete, func, insert, select, text, update,
)
from sqlalchemy.dialects.mssql import DATETIMEOFFSET  # noqa: E402


class Color(enum.Enum):
    red = 1
    green = 2


@pytest.fixture(scope="module")
def engine(sa_url):
    e = create_engine(sa_url)
    yield e
    e.dispose()


@pytest.fixture(scope="module")
def tables(engine):
    md = MetaData()
    parent = Table(
        "sc_parent", md,
        Column("id", Integer, Identity(start=10, increment=5), primary_key=True),
        Column("name", String(50), nullable=False, comment="the name"),
        UniqueConstraint("name", name="uq_sc_parent_name"),
        comment="parent table",
    )
    seq = Sequence("sc_seq", start=100, increment=2, metadata=md)
    kitchen = Table(
        "sc_kitchen", md,
        Column("id", Integer, primary_key=True, autoincrement=False),
        Column("big", BigInteger), Column("small", SmallInteger),
        Column("s", String(20)), Column("u", Unicode(20)), Column("ut", UnicodeText), Column("t", Text),
        Column("num", Numeric(10, 3)), Column("f", Float), Column("b", Boolean),
        Column("d", Date), Column("dt", DateTime), Column("tm", Time), Column("dto", DATETIMEOFFSET),
        Column("lb", LargeBinary), Column("uid", Uuid), Column("color", Enum(Color, create_constraint=True)),
        Column("sq", Integer, seq, server_default=seq.next_value()),
        Column("sd", String(10), server_default="abc"),
        Column("comp", BigInteger, Computed("big + 1")),
        Column("parent_id", ForeignKey("sc_parent.id", ondelete="CASCADE")),
        CheckConstraint("small >= 0", name="ck_sc_small"),
        Index("ix_sc_kitchen_s", "s"),
    )
    md.drop_all(engine)
    md.create_all(engine)
    yield parent, kitchen, seq
    md.drop_all(engine)


def test_connect_runs_the_dialect_start_up_without_warnings(sa_url):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        e = create_engine(sa_url)
        with e.connect() as c:
            assert c.execute(text("SELECT 1")).scalar() == 1
            assert c.get_isolation_level() == "READ COMMITTED"
        dialect = e.dialect
        e.dispose()
    assert [str(w.message) for w in caught] == []
    assert dialect.server_version_info[0] >= 16
    assert dialect.default_schema_name == "dbo"
    assert dialect._supports_nvarchar_max is True


@pytest.mark.parametrize("level", ["READ UNCOMMITTED", "READ COMMITTED", "REPEATABLE READ", "SERIALIZABLE", "SNAPSHOT"])
def test_isolation_levels_round_trip(engine, level):
    with engine.connect().execution_options(isolation_level=level) as c:
        assert c.get_isolation_level() == level


def test_create_all_emits_the_ddl_sql_server_keeps(engine, tables):
    with engine.connect() as c:
        checks = c.execute(text(
            "SELECT name FROM sys.check_constraints WHERE parent_object_id = OBJECT_ID('sc_kitchen') ORDER BY name")).scalars().all()
        assert "ck_sc_small" in checks and len(checks) == 2  # plus the Enum's CHECK
        fk = c.execute(text(
            "SELECT delete_referential_action_desc FROM sys.foreign_keys WHERE parent_object_id = OBJECT_ID('sc_kitchen')")).scalar()
        assert fk == "CASCADE"
        comments = c.execute(text(
            "SELECT CAST(value AS nvarchar(100)) FROM sys.extended_properties WHERE major_id = OBJECT_ID('sc_parent')"
            " ORDER BY minor_id")).scalars().all()
        assert comments == ["parent table", "the name"]
        ident = c.execute(text(
            "SELECT CAST(seed_value AS int), CAST(increment_value AS int) FROM sys.identity_columns"
            " WHERE object_id = OBJECT_ID('sc_parent')")).one()
        assert tuple(ident) == (10, 5)


def test_every_type_round_trips(engine, tables):
    parent, kitchen, _ = tables
    dto = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    row = dict(
        id=1, big=2**40, small=3, s="abc", u="ünï ✓", ut="long " * 300, t="text", num=decimal.Decimal("12.345"),
        f=1.5, b=True, d=datetime.date(2024, 1, 2), dt=datetime.datetime(2024, 1, 2, 3, 4, 5, 123000),
        tm=datetime.time(1, 2, 3), dto=dto, lb=b"\x00\x01" * 100, uid=uuid.UUID("12345678-1234-5678-1234-567812345678"),
        color=Color.green,
    )
    with engine.begin() as c:
        pid = c.execute(insert(parent).returning(parent.c.id), {"name": "types"}).scalar_one()
        c.execute(insert(kitchen), [dict(row, parent_id=pid)])
        got = c.execute(select(kitchen).where(kitchen.c.id == 1)).one()._mapping
        c.execute(delete(parent).where(parent.c.id == pid))
    for k, v in row.items():
        assert got[k] == v, k
    assert got["sd"] == "abc"
    assert got["comp"] == 2**40 + 1
    assert got["sq"] >= 100 and got["sq"] % 2 == 0


def test_nulls_round_trip(engine, tables):
    _, kitchen, _ = tables
    with engine.begin() as c:
        c.execute(insert(kitchen), [{"id": 2, "small": 0}])
        got = c.execute(select(kitchen).where(kitchen.c.id == 2)).one()._mapping
        c.execute(delete(kitchen).where(kitchen.c.id == 2))
    assert {k for k, v in got.items() if v is not None} == {"id", "small", "sq", "sd"}


def test_constraints_are_enforced(engine, tables):
    _, kitchen, _ = tables
    for bad in ({"id": 3, "small": -1}, {"id": 3, "parent_id": 999999}):
        with pytest.raises(sa.exc.IntegrityError, match=r"\(547\)"):
            with engine.begin() as c:
                c.execute(insert(kitchen), bad)
    with pytest.raises(sa.exc.IntegrityError, match=r"\(547\)"):
        with engine.begin() as c:
            c.execute(text("INSERT INTO sc_kitchen (id, color) VALUES (3, 'blue')"))


def test_on_delete_cascade(engine, tables):
    parent, kitchen, _ = tables
    with engine.begin() as c:
        pid = c.execute(insert(parent).returning(parent.c.id), {"name": "cascade"}).scalar_one()
        c.execute(insert(kitchen), [{"id": 4, "parent_id": pid}, {"id": 5, "parent_id": pid}])
        c.execute(delete(parent).where(parent.c.id == pid))
        assert c.execute(select(func.count()).select_from(kitchen).where(kitchen.c.id.in_([4, 5]))).scalar() == 0


def test_insertmanyvalues_returns_identities_in_parameter_order(engine, tables):
    parent, _, _ = tables
    names = [f"imv{i:02d}" for i in reversed(range(25))]
    with engine.begin() as c:
        result = c.execute(
            insert(parent).returning(parent.c.id, parent.c.name, sort_by_parameter_order=True), [{"name": n} for n in names])
        rows = result.all()
        assert [r.name for r in rows] == names
        ids = [r.id for r in rows]
        assert ids == sorted(ids) and all(b - a == 5 for a, b in zip(ids, ids[1:]))
        stored = dict(c.execute(select(parent.c.id, parent.c.name).where(parent.c.name.like("imv%"))).all())
        assert stored == {r.id: r.name for r in rows}
        c.execute(delete(parent).where(parent.c.name.like("imv%")))


def test_executemany_update_and_delete_with_output(engine, tables):
    parent, _, _ = tables
    with engine.begin() as c:
        c.execute(insert(parent), [{"name": f"em{i}"} for i in range(4)])
        c.execute(update(parent).where(parent.c.name == sa.bindparam("old")).values(name=sa.bindparam("new")),
                  [{"old": "em0", "new": "em0x"}, {"old": "em1", "new": "em1x"}])
        renamed = c.execute(
            update(parent).where(parent.c.name.like("em_x")).values(name=parent.c.name + "!").returning(parent.c.name))
        assert sorted(renamed.scalars().all()) == ["em0x!", "em1x!"]
        gone = c.execute(delete(parent).where(parent.c.name.like("em%")).returning(parent.c.name)).scalars().all()
        assert sorted(gone) == ["em0x!", "em1x!", "em2", "em3"]


def test_limit_offset_renders_top_and_offset_fetch(engine, tables):
    parent, _, _ = tables
    with engine.begin() as c:
        c.execute(insert(parent), [{"name": f"pg{i}"} for i in range(6)])
        q = select(parent.c.name).where(parent.c.name.like("pg%")).order_by(parent.c.name)
        assert "TOP" in str(q.limit(2).compile(engine))
        assert c.execute(q.limit(2)).scalars().all() == ["pg0", "pg1"]
        assert "FETCH" in str(q.limit(2).offset(3).compile(engine))
        assert c.execute(q.limit(2).offset(3)).scalars().all() == ["pg3", "pg4"]
        assert c.execute(q.offset(4)).scalars().all() == ["pg4", "pg5"]
        c.execute(delete(parent).where(parent.c.name.like("pg%")))


def test_window_functions_and_ctes(engine, tables):
    parent, _, _ = tables
    with engine.begin() as c:
        c.execute(insert(parent), [{"name": n} for n in ("w_b", "w_a", "w_c")])
        rn = func.row_number().over(order_by=parent.c.name.desc()).label("rn")
        rows = c.execute(select(parent.c.name, rn).where(parent.c.name.like("w[_]%")).order_by(parent.c.name)).all()
        assert [tuple(r) for r in rows] == [("w_a", 3), ("w_b", 2), ("w_c", 1)]
        named = select(parent.c.name).where(parent.c.name.like("w[_]%")).cte("named")
        assert c.execute(select(func.count()).select_from(named)).scalar() == 3
        counter = select(sa.literal(1).label("n")).cte("counter", recursive=True)
        counter = counter.union_all(select(counter.c.n + 1).where(counter.c.n < 5))
        assert c.execute(select(func.sum(counter.c.n))).scalar() == 15
        c.execute(delete(parent).where(parent.c.name.like("w[_]%")))


def test_sequence_next_value(engine, tables):
    *_, seq = tables
    with engine.begin() as c:
        first = c.execute(seq.next_value()).scalar()
        assert c.execute(seq.next_value()).scalar() == first + 2


def test_unicode_text_at_the_freetds_bind_limit(engine, tables):
    """SQLAlchemy binds UnicodeText as (SQL_WVARCHAR, 0, 0); FreeTDS's ODBC driver accepts that up
    to 2000 characters (longer values fail in the driver with HY090, whatever the server)."""
    _, kitchen, _ = tables
    with engine.begin() as c:
        c.execute(insert(kitchen), {"id": 6, "small": 0, "ut": "é" * 2000})
        assert c.execute(select(func.len(kitchen.c.ut)).where(kitchen.c.id == 6)).scalar() == 2000
        c.execute(delete(kitchen).where(kitchen.c.id == 6))


def test_long_text_with_setinputsizes_off(sa_url, tables):
    """The documented way past FreeTDS's 2000-character bind limit: use_setinputsizes=False."""
    _, kitchen, _ = tables
    e = create_engine(sa_url, use_setinputsizes=False)
    try:
        with e.begin() as c:
            c.execute(insert(kitchen), {"id": 7, "small": 0, "ut": "é" * 100_000, "lb": b"\x01" * 100_000})
            got = c.execute(select(kitchen.c.ut, kitchen.c.lb).where(kitchen.c.id == 7)).one()
            assert got.ut == "é" * 100_000 and got.lb == b"\x01" * 100_000
            c.execute(delete(kitchen).where(kitchen.c.id == 7))
    finally:
        e.dispose()


def test_tables_with_triggers_need_implicit_returning_off(engine):
    """SQL Server refuses INSERT … OUTPUT on a table with an INSERT trigger (334); SQLAlchemy's
    documented answer is implicit_returning=False, which reads SCOPE_IDENTITY() instead."""
    md = MetaData()
    plain = Table("sc_trig", md, Column("id", Integer, primary_key=True), Column("n", String(10)))
    md.drop_all(engine)
    md.create_all(engine)
    try:
        with engine.begin() as c:
            c.execute(text("CREATE TRIGGER sc_trig_ins ON sc_trig AFTER INSERT AS SET NOCOUNT ON"))
        with pytest.raises(sa.exc.DBAPIError, match=r"cannot have any enabled triggers .* \(334\)"):
            with engine.begin() as c:
                c.execute(insert(plain), {"n": "a"})
        no_output = Table("sc_trig", MetaData(), Column("id", Integer, primary_key=True), Column("n", String(10)),
                          implicit_returning=False)
        with engine.begin() as c:
            assert c.execute(insert(no_output), {"n": "a"}).inserted_primary_key == (1,)
            assert c.execute(insert(no_output), {"n": "b"}).inserted_primary_key == (2,)
            assert c.execute(select(no_output.c.n).order_by(no_output.c.id)).scalars().all() == ["a", "b"]
    finally:
        md.drop_all(engine)


def test_savepoints(engine):
    """begin_nested() is SAVE TRANSACTION / ROLLBACK TRANSACTION name on SQL Server."""
    md = MetaData()
    t = Table("sc_sp", md, Column("id", Integer, primary_key=True, autoincrement=False))
    md.drop_all(engine)
    md.create_all(engine)
    try:
        with engine.begin() as c:
            c.execute(insert(t), {"id": 1})
            nested = c.begin_nested()
            c.execute(insert(t), {"id": 2})
            nested.rollback()
            with c.begin_nested():
                c.execute(insert(t), {"id": 3})
            with pytest.raises(sa.exc.IntegrityError, match=r"\(2627\)"):
                with c.begin_nested():
                    c.execute(insert(t), {"id": 1})
        with engine.connect() as c:
            assert c.execute(select(t.c.id).order_by(t.c.id)).scalars().all() == [1, 3]
    finally:
        md.drop_all(engine)
