"""pyodbc's catalog calls through FreeTDS ODBC: cursor.tables() (sp_tables), cursor.columns()
(sp_columns, ODBC 3), cursor.primaryKeys() (sp_pkeys), cursor.foreignKeys() (sp_fkeys),
cursor.rowIdColumns() / rowVerColumns() (SQLSpecialColumns: sp_special_columns)."""

import pytest

pyodbc = pytest.importorskip("pyodbc")

SQL_INTEGER, SQL_WVARCHAR, SQL_DECIMAL, SQL_TYPE_TIMESTAMP = 4, -9, 3, 93


@pytest.fixture(scope="module")
def cnxn(odbc_string):
    with pyodbc.connect(odbc_string(), autocommit=True) as c:
        c.execute(
            "CREATE TABLE pc_parent (id int IDENTITY(1, 1) NOT NULL, name nvarchar(30) NOT NULL,"
            " price decimal(8, 3) NULL, seen datetime NULL, CONSTRAINT pk_pc_parent PRIMARY KEY (id))"
        )
        c.execute(
            "CREATE TABLE pc_child (parent_id int NOT NULL, n int NOT NULL, CONSTRAINT pk_pc_child PRIMARY KEY (parent_id, n),"
            " CONSTRAINT fk_pc_child FOREIGN KEY (parent_id) REFERENCES pc_parent (id))"
        )
        c.execute("CREATE VIEW pc_view AS SELECT id FROM pc_parent")
        yield c


def test_tables_filters_by_name_and_type(cnxn):
    rows = cnxn.cursor().tables(table="pc%", tableType="TABLE").fetchall()
    assert [(r.table_cat, r.table_schem, r.table_name, r.table_type) for r in rows] == [
        ("master", "dbo", "pc_child", "TABLE"),
        ("master", "dbo", "pc_parent", "TABLE"),
    ]
    views = cnxn.cursor().tables(table="pc%", tableType="VIEW").fetchall()
    assert [r.table_name for r in views] == ["pc_view"]


def test_columns_describes_types_in_order(cnxn):
    rows = cnxn.cursor().columns(table="pc_parent").fetchall()
    got = [(r.column_name, r.data_type, r.type_name, r.column_size, r.decimal_digits, r.is_nullable, r.ordinal_position)
           for r in rows]
    assert got == [
        ("id", SQL_INTEGER, "int identity", 10, 0, "NO", 1),
        ("name", SQL_WVARCHAR, "nvarchar", 30, None, "NO", 2),
        ("price", SQL_DECIMAL, "decimal", 8, 3, "YES", 3),
        ("seen", SQL_TYPE_TIMESTAMP, "datetime", 23, 3, "YES", 4),
    ]


def test_columns_of_a_view(cnxn):
    rows = cnxn.cursor().columns(table="pc_view").fetchall()
    assert [(r.column_name, r.type_name, r.ordinal_position) for r in rows] == [("id", "int", 1)]


def test_columns_of_one_column(cnxn):
    rows = cnxn.cursor().columns(table="pc_parent", column="pri%").fetchall()
    assert [r.column_name for r in rows] == ["price"]


def test_primary_keys_in_key_order(cnxn):
    rows = cnxn.cursor().primaryKeys("pc_child").fetchall()
    assert [(r.column_name, r.key_seq, r.pk_name) for r in rows] == [
        ("parent_id", 1, "pk_pc_child"),
        ("n", 2, "pk_pc_child"),
    ]


def test_foreign_keys_of_the_referenced_table(cnxn):
    rows = cnxn.cursor().foreignKeys(table="pc_parent").fetchall()
    assert [(r.pktable_name, r.pkcolumn_name, r.fktable_name, r.fkcolumn_name, r.fk_name) for r in rows] == [
        ("pc_parent", "id", "pc_child", "parent_id", "fk_pc_child"),
    ]


def test_procedures_and_their_columns(cnxn):
    cnxn.execute("CREATE PROCEDURE pc_proc @id int, @out nvarchar(10) OUTPUT AS SET @out = N'x'")
    assert [r.procedure_name for r in cnxn.cursor().procedures(procedure="pc%").fetchall()] == ["pc_proc;1"]
    rows = cnxn.cursor().procedureColumns(procedure="pc_proc").fetchall()
    # SQL_RETURN_VALUE 5, SQL_PARAM_INPUT 1, SQL_PARAM_INPUT_OUTPUT 2.
    assert [(r.column_name, r.column_type, r.type_name) for r in rows] == [
        ("@RETURN_VALUE", 5, "int"),
        ("@id", 1, "int"),
        ("@out", 2, "nvarchar"),
    ]


def test_statistics_lists_the_table_then_index_keys(cnxn):
    rows = cnxn.cursor().statistics("pc_child").fetchall()
    # SQL_TABLE_STAT 0, SQL_INDEX_CLUSTERED 1.
    assert [(r.type, r.index_name, r.non_unique, r.ordinal_position, r.column_name, r.asc_or_desc) for r in rows] == [
        (0, None, None, None, None, None),
        (1, "pk_pc_child", False, 1, "parent_id", "A"),
        (1, "pk_pc_child", False, 2, "n", "A"),
    ]


def test_row_id_columns_are_the_primary_key(cnxn):
    rows = cnxn.cursor().rowIdColumns("pc_child").fetchall()
    # SQL_SCOPE_CURROW 0, SQL_PC_NOT_PSEUDO 1.
    assert [(r.scope, r.column_name, r.data_type, r.type_name, r.column_size, r.buffer_length, r.decimal_digits,
             r.pseudo_column) for r in rows] == [
        (0, "parent_id", SQL_INTEGER, "int", 10, 4, 0, 1),
        (0, "n", SQL_INTEGER, "int", 10, 4, 0, 1),
    ]


def test_row_version_columns_are_the_rowversion(cnxn):
    cnxn.execute("CREATE TABLE pc_versioned (id int NOT NULL PRIMARY KEY, rv rowversion)")
    rows = cnxn.cursor().rowVerColumns("pc_versioned").fetchall()
    # SQL_BINARY -2; a row version's scope is NULL.
    assert [(r.scope, r.column_name, r.data_type, r.type_name, r.column_size) for r in rows] == [
        (None, "rv", -2, "timestamp", 8),
    ]
    assert cnxn.cursor().rowVerColumns("pc_parent").fetchall() == []
