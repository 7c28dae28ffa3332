"""Alembic against Quern, driven the way its users drive it (the ``alembic`` command line over an
env.py with ``target_metadata``): autogenerate finds no difference after create_all, and a
migration that adds, alters (type, nullability, server default — Alembic's mssql dynamic SQL over
sys.default_constraints), drops columns (also with a default), creates and drops indexes, renames a
table and runs batch_alter_table upgrades and downgrades to the schema reflection expects."""

import os
import subprocess
import sys
import textwrap

import pytest

sa = pytest.importorskip("sqlalchemy")
pytest.importorskip("alembic")
from sqlalchemy import create_engine, inspect, text  # noqa: E402

from conftest import pyodbc_connection_string  # noqa: E402

MODELS = '''
import sqlalchemy as sa

metadata = sa.MetaData()
sa.Table("al_a", metadata,
         sa.Column("id", sa.Integer, primary_key=True),
         sa.Column("name", sa.String(50), nullable=False, server_default="x"),
         sa.Column("n", sa.Numeric(10, 2)),
         sa.Column("flag", sa.Boolean, nullable=False, server_default=sa.text("0")),
         sa.Column("at", sa.DateTime, server_default=sa.func.getdate()),
         sa.Column("u", sa.Unicode(30)),
         sa.Column("t", sa.UnicodeText),
         sa.Index("ix_al_a_name", "name"))
sa.Table("al_b", metadata,
         sa.Column("id", sa.Integer, sa.Identity(), primary_key=True),
         sa.Column("a_id", sa.ForeignKey("al_a.id")),
         sa.UniqueConstraint("a_id", name="uq_al_b_a"))
'''

ENV = '''
import os

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.engine import URL

import models



def include_name(name, type_, parent_names):
    # The other client suites share the database: compare only this project's tables.
    return type_ != "table" or name.startswith("al_")


engine = create_engine(URL.create("mssql+pyodbc", query={"odbc_connect": os.environ["QUERN_ALEMBIC_ODBC"]}))
with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=models.metadata,
                      compare_type=True, compare_server_default=True, include_name=include_name)
    with context.begin_transaction():
        context.run_migrations()
engine.dispose()
'''

MIGRATION = '''
from alembic import op
import sqlalchemy as sa

revision = "r1"
down_revision = None


def upgrade():
    op.add_column("al_a", sa.Column("extra", sa.Integer, nullable=True))
    op.add_column("al_a", sa.Column("dflt", sa.String(10), nullable=False, server_default="zz"))
    op.alter_column("al_a", "n", type_=sa.Numeric(12, 3), existing_type=sa.Numeric(10, 2), existing_nullable=True)
    op.alter_column("al_a", "extra", nullable=False, existing_type=sa.Integer, server_default="5")
    op.alter_column("al_a", "name", server_default="y", existing_type=sa.String(50), existing_server_default="x")
    op.alter_column("al_a", "flag", server_default=None, existing_type=sa.Boolean, existing_server_default=sa.text("0"))
    op.drop_column("al_a", "dflt", mssql_drop_default=True)
    op.create_index("ix_al_a_n", "al_a", ["n"])
    op.drop_index("ix_al_a_name", "al_a")
    op.rename_table("al_a", "al_a2")
    with op.batch_alter_table("al_b") as batch:
        batch.add_column(sa.Column("note", sa.Unicode(20)))
        batch.alter_column("note", new_column_name="note2", existing_type=sa.Unicode(20))
    op.execute("UPDATE al_a2 SET extra = 7")


def downgrade():
    with op.batch_alter_table("al_b") as batch:
        batch.drop_column("note2")
    op.rename_table("al_a2", "al_a")
    op.create_index("ix_al_a_name", "al_a", ["name"])
    op.drop_index("ix_al_a_n", "al_a")
    op.alter_column("al_a", "flag", server_default=sa.text("0"), existing_type=sa.Boolean)
    op.alter_column("al_a", "name", server_default="x", existing_type=sa.String(50), existing_server_default="y")
    op.drop_column("al_a", "extra", mssql_drop_default=True)
    op.alter_column("al_a", "n", type_=sa.Numeric(10, 2), existing_type=sa.Numeric(12, 3), existing_nullable=True)
'''


@pytest.fixture(scope="module")
def project(tmp_path_factory, server, sa_url):
    root = tmp_path_factory.mktemp("alembic")
    (root / "migrations" / "versions").mkdir(parents=True)
    (root / "models.py").write_text(MODELS)
    (root / "migrations" / "env.py").write_text(ENV)
    (root / "migrations" / "script.py.mako").write_text(textwrap.dedent('''\
        """${message}"""
        from alembic import op
        import sqlalchemy as sa
        ${imports if imports else ""}
        revision = ${repr(up_revision)}
        down_revision = ${repr(down_revision)}


        def upgrade():
            ${upgrades if upgrades else "pass"}


        def downgrade():
            ${downgrades if downgrades else "pass"}
        '''))
    (root / "alembic.ini").write_text(f"[alembic]\nscript_location = {root / 'migrations'}\nprepend_sys_path = {root}\n")
    engine = create_engine(sa_url)
    sys.path.insert(0, str(root))
    import models

    sys.path.remove(str(root))
    drop(engine)
    models.metadata.create_all(engine)
    yield root, engine, models.metadata
    drop(engine)
    engine.dispose()


def drop(engine):
    with engine.begin() as c:
        for t in ("al_b", "al_a2", "al_a", "alembic_version"):
            c.execute(text(f"DROP TABLE IF EXISTS {t}"))


def alembic(project, server, *args):
    root = project[0]
    env = dict(os.environ, QUERN_ALEMBIC_ODBC=pyodbc_connection_string(server))
    done = subprocess.run([sys.executable, "-m", "alembic", "-c", str(root / "alembic.ini"), *args],
                          cwd=root, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


def columns(engine, table):
    return {c["name"]: (str(c["type"]).split(" COLLATE")[0], c["nullable"], c["default"])
            for c in inspect(engine).get_columns(table)}


def test_autogenerate_finds_no_difference_after_create_all(project, server):
    root = project[0]
    alembic(project, server, "revision", "--autogenerate", "-m", "nothing")
    [generated] = list((root / "migrations" / "versions").glob("*_nothing.py"))
    body = generated.read_text()
    generated.unlink()
    assert "op." not in body, body
    assert "No new upgrade operations detected" in alembic(project, server, "check")


def test_upgrade_and_downgrade(project, server):
    root, engine, _ = project
    (root / "migrations" / "versions" / "r1.py").write_text(MIGRATION)
    alembic(project, server, "upgrade", "head")
    assert set(inspect(engine).get_table_names()) >= {"al_a2", "al_b", "alembic_version"}
    assert "al_a" not in inspect(engine).get_table_names()
    cols = columns(engine, "al_a2")
    assert cols["extra"] == ("INTEGER", False, "('5')")
    assert cols["name"] == ("VARCHAR(50)", False, "('y')")
    assert cols["n"] == ("NUMERIC(12, 3)", True, None)
    assert cols["flag"] == ("BIT", False, None)
    assert "dflt" not in cols
    assert [ix["name"] for ix in inspect(engine).get_indexes("al_a2")] == ["ix_al_a_n"]
    assert [c["name"] for c in inspect(engine).get_columns("al_b")] == ["id", "a_id", "note2"]
    with engine.connect() as c:
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == "r1"
        assert c.execute(text("SELECT COUNT(*) FROM sys.default_constraints WHERE parent_object_id = OBJECT_ID('al_a2')")).scalar() == 3

    alembic(project, server, "downgrade", "base")
    cols = columns(engine, "al_a")
    assert set(cols) == {"id", "name", "n", "flag", "at", "u", "t"}
    assert cols["name"] == ("VARCHAR(50)", False, "('x')")
    assert cols["flag"] == ("BIT", False, "((0))")
    assert cols["n"] == ("NUMERIC(10, 2)", True, None)
    assert [ix["name"] for ix in inspect(engine).get_indexes("al_a")] == ["ix_al_a_name"]
    assert [c["name"] for c in inspect(engine).get_columns("al_b")] == ["id", "a_id"]
    (root / "migrations" / "versions" / "r1.py").unlink()  # at base again: check compares with the models
    assert "No new upgrade operations detected" in alembic(project, server, "check")


def test_autogenerate_sees_each_kind_of_change(sa_url):
    """Reflection must be precise enough for autogenerate to find every change, not only none."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import Column, Index, Integer, MetaData, Numeric, String, Table

    def model(v2):
        md = MetaData()
        Table("ad_a", md, Column("id", Integer, primary_key=True),
              Column("name", String(60 if v2 else 50), nullable=v2, server_default="y" if v2 else "x",
                     comment="c2" if v2 else "c1"),
              Column("n", Numeric(12, 3) if v2 else Numeric(10, 2)),
              Column("extra" if v2 else "gone", Integer),
              Index("ix_ad_a_n" if v2 else "ix_ad_a_name", "n" if v2 else "name"), comment="t2" if v2 else "t1")
        if v2:
            Table("ad_new", md, Column("id", Integer, primary_key=True))
        return md

    old, new = model(False), model(True)
    engine = create_engine(sa_url)
    new.drop_all(engine)
    old.drop_all(engine)
    old.create_all(engine)
    try:
        with engine.connect() as c:
            context = MigrationContext.configure(c, opts={
                "compare_type": True, "compare_server_default": True,
                "include_name": lambda name, type_, parent: type_ != "table" or name.startswith("ad_")})
            diffs = compare_metadata(context, new)
    finally:
        new.drop_all(engine)
        old.drop_all(engine)
        engine.dispose()
    flat = []
    for d in diffs:
        if isinstance(d, list):  # column modifications: (op, schema, table, column, …)
            flat.extend((x[0], x[3]) for x in d)
        else:  # (op, …, object or the old comment)
            flat.append((d[0], getattr(d[-1], "name", d[-1])))
    assert sorted(flat) == sorted([
        ("add_table", "ad_new"), ("add_column", "extra"), ("remove_column", "gone"),
        ("modify_type", "name"), ("modify_nullable", "name"), ("modify_default", "name"), ("modify_comment", "name"),
        ("modify_type", "n"), ("remove_index", "ix_ad_a_name"), ("add_index", "ix_ad_a_n"), ("add_table_comment", "t1"),
    ])
