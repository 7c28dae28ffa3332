"""SQLAlchemy's Inspector against Quern: schemas, tables, views, columns (types, defaults,
identity, computed, comments, collations), keys, indexes (INCLUDE, filtered), comments, temp
tables in tempdb, sequences, and a Table(autoload_with=…) round trip."""

import pytest

sa = pytest.importorskip("sqlalchemy")
from sqlalchemy import (  # noqa: E402
    BigInteger, Boolean, CheckConstraint, Column, Computed, DateTime, ForeignKey, Identity, Index, Integer,
    MetaData, Numeric, Sequence, String, Table, Unicode, UnicodeText, UniqueConstraint, create_engine, func,
    inspect, text,
)
from sqlalchemy.schema import CreateSchema, CreateTable, DropSchema  # noqa: E402


@pytest.fixture(scope="module")
def engine(sa_url):
    e = create_engine(sa_url)
    md = MetaData()
    Table(
        "rf_parent", md,
        Column("id", Integer, Identity(start=10, increment=5), primary_key=True),
        Column("name", Unicode(50), nullable=False, comment="the name"),
        Column("code", String(10, collation="Latin1_General_CS_AS")),
        UniqueConstraint("name", name="uq_rf_parent_name"),
        comment="parent table",
    )
    Table(
        "rf_child", md,
        Column("id", Integer, primary_key=True, autoincrement=False),
        Column("parent_id", ForeignKey("rf_parent.id", ondelete="CASCADE", name="fk_rf_child_parent")),
        Column("qty", Numeric(10, 2), server_default=text("0")),
        Column("big", BigInteger), Column("comp", BigInteger, Computed("big * 2", persisted=True)),
        Column("note", UnicodeText), Column("flag", Boolean, server_default=text("1"), nullable=False),
        Column("at", DateTime, server_default=func.getdate()),
        CheckConstraint("qty >= 0", name="ck_rf_qty"),
        Index("ix_rf_child_qty", "qty", mssql_include=["big"]),
        Index("ix_rf_child_big", "big", mssql_where=text("big > 0")),
        Index("ux_rf_child_pair", "parent_id", "id", unique=True),
    )
    Sequence("rf_seq", start=1, metadata=md)
    md.drop_all(e)
    with e.begin() as c:
        c.execute(text("DROP VIEW IF EXISTS rf_view"))
        c.execute(text("DROP TABLE IF EXISTS rf_s.rf_other"))
        c.execute(text("DROP SCHEMA IF EXISTS rf_s"))
    md.create_all(e)
    with e.begin() as c:
        c.execute(text("CREATE VIEW rf_view AS SELECT id, name FROM rf_parent"))
        c.execute(CreateSchema("rf_s"))
        c.execute(text("CREATE TABLE rf_s.rf_other (k int NOT NULL CONSTRAINT pk_rf_other PRIMARY KEY,"
                       " p int CONSTRAINT fk_rf_other FOREIGN KEY REFERENCES dbo.rf_parent (id) ON UPDATE CASCADE)"))
    yield e
    with e.begin() as c:
        c.execute(text("DROP VIEW rf_view"))
        c.execute(text("DROP TABLE rf_s.rf_other"))
        c.execute(DropSchema("rf_s"))
    md.drop_all(e)
    e.dispose()


def test_schemas_tables_and_views(engine):
    i = inspect(engine)
    assert {"dbo", "rf_s", "INFORMATION_SCHEMA", "sys"} <= set(i.get_schema_names())
    assert {"rf_parent", "rf_child"} <= set(i.get_table_names())
    assert "rf_view" not in i.get_table_names()
    assert i.get_table_names(schema="rf_s") == ["rf_other"]
    assert "rf_view" in i.get_view_names()
    assert i.get_view_definition("rf_view") == "CREATE VIEW rf_view AS SELECT id, name FROM rf_parent"
    assert [(c["name"], str(c["type"])) for c in i.get_columns("rf_view")] == [
        ("id", "INTEGER"), ("name", 'NVARCHAR(50) COLLATE "SQL_Latin1_General_CP1_CI_AS"')]


def test_columns_with_identity_comments_and_collations(engine):
    cols = {c["name"]: c for c in inspect(engine).get_columns("rf_parent")}
    assert cols["id"]["identity"] == {"start": 10, "increment": 5}
    assert cols["id"]["autoincrement"] is True and cols["id"]["nullable"] is False
    assert cols["name"]["comment"] == "the name"
    assert cols["name"]["type"].length == 50 and cols["name"]["type"].collation == "SQL_Latin1_General_CP1_CI_AS"
    assert cols["code"]["type"].collation == "Latin1_General_CS_AS"
    assert cols["code"]["nullable"] is True


def test_columns_with_defaults_and_computed(engine):
    cols = {c["name"]: c for c in inspect(engine).get_columns("rf_child")}
    assert [type(cols[n]["type"]).__name__ for n in ("id", "qty", "big", "note", "flag", "at")] == [
        "INTEGER", "NUMERIC", "BIGINT", "NVARCHAR", "BIT", "DATETIME"]
    assert (cols["qty"]["type"].precision, cols["qty"]["type"].scale) == (10, 2)
    assert cols["note"]["type"].length is None  # nvarchar(max)
    assert (cols["qty"]["default"], cols["flag"]["default"], cols["at"]["default"]) == ("((0))", "((1))", "(getdate())")
    assert cols["comp"]["computed"] == {"sqltext": "([big]*(2))", "persisted": True}
    assert "identity" not in cols["id"]


def test_keys(engine):
    i = inspect(engine)
    pk = i.get_pk_constraint("rf_child")
    assert pk["constrained_columns"] == ["id"] and pk["name"].startswith("PK__rf_child__")
    assert i.get_foreign_keys("rf_child") == [{
        "name": "fk_rf_child_parent", "constrained_columns": ["parent_id"], "referred_schema": None,
        "referred_table": "rf_parent", "referred_columns": ["id"], "options": {"ondelete": "CASCADE"}}]
    assert i.get_foreign_keys("rf_other", schema="rf_s") == [{
        "name": "fk_rf_other", "constrained_columns": ["p"], "referred_schema": "dbo",
        "referred_table": "rf_parent", "referred_columns": ["id"], "options": {"onupdate": "CASCADE"}}]
    assert i.get_pk_constraint("rf_other", schema="rf_s")["name"] == "pk_rf_other"


def test_indexes_with_include_and_filter(engine):
    indexes = {x["name"]: x for x in inspect(engine).get_indexes("rf_child")}
    assert set(indexes) == {"ix_rf_child_big", "ix_rf_child_qty", "ux_rf_child_pair"}
    assert indexes["ix_rf_child_qty"]["dialect_options"]["mssql_include"] == ["big"]
    assert indexes["ix_rf_child_big"]["dialect_options"]["mssql_where"] == "([big]>(0))"
    assert indexes["ux_rf_child_pair"]["unique"] is True
    assert indexes["ux_rf_child_pair"]["column_names"] == ["parent_id", "id"]
    parent = {x["name"]: x for x in inspect(engine).get_indexes("rf_parent")}
    assert parent["uq_rf_parent_name"]["unique"] is True and parent["uq_rf_parent_name"]["column_names"] == ["name"]


def test_table_comment(engine):
    assert inspect(engine).get_table_comment("rf_parent") == {"text": "parent table"}
    assert inspect(engine).get_table_comment("rf_child") == {"text": None}


def test_has_table_including_temp_tables(engine):
    i = inspect(engine)
    assert i.has_table("rf_child") and not i.has_table("rf_missing")
    assert i.has_table("rf_other", schema="rf_s")
    with engine.connect() as c:
        c.execute(text("CREATE TABLE #rf_tmp (x int)"))
        assert inspect(c).has_table("#rf_tmp")
        assert not inspect(c).has_table("#rf_nope")
        assert [col["name"] for col in inspect(c).get_columns("#rf_tmp")] == ["x"]


def test_sequences(engine):
    i = inspect(engine)
    assert i.has_sequence("rf_seq") and not i.has_sequence("rf_nope")
    assert "rf_seq" in i.get_sequence_names()


def test_autoload_round_trip(engine):
    t = Table("rf_child", MetaData(), autoload_with=engine)
    assert [c.name for c in t.columns] == ["id", "parent_id", "qty", "big", "comp", "note", "flag", "at"]
    assert [fk.target_fullname for fk in t.foreign_keys] == ["rf_parent.id"]
    assert {ix.name for ix in t.indexes} == {"ix_rf_child_big", "ix_rf_child_qty", "ux_rf_child_pair"}
    ddl = str(CreateTable(t).compile(engine))
    assert "comp AS (([big]*(2))) PERSISTED" in ddl
    assert "ON DELETE CASCADE" in ddl
    copy = t.to_metadata(MetaData(), name="rf_child_copy")
    copy.constraints = {c for c in copy.constraints if not isinstance(c, sa.ForeignKeyConstraint)}
    copy.primary_key.name = None  # the reflected PK__… name is taken by rf_child, as in SQL Server (2714)
    for ix in list(copy.indexes):
        ix.name = ix.name + "_copy"
    copy.create(engine)
    try:
        assert [c["name"] for c in inspect(engine).get_columns("rf_child_copy")] == [c.name for c in t.columns]
    finally:
        copy.drop(engine)
