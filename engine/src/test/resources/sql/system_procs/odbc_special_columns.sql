# sp_special_columns (SQLSpecialColumns, JDBC getBestRowIdentifier / getVersionColumns): the best
# unique index's key columns, or the rowversion column.
statement ok
CREATE TABLE sc_t (a int NOT NULL, b varchar(10) NOT NULL, c int NULL, d decimal(9, 2) NULL, rv rowversion,
  CONSTRAINT pk_sc_t PRIMARY KEY (b, a))

statement ok
CREATE UNIQUE INDEX ux_sc_t_c ON sc_t (c)

statement ok
CREATE TABLE sc_u (x int NULL, y datetime2(3) NOT NULL, z int NOT NULL)

statement ok
CREATE UNIQUE INDEX ux_sc_u_x ON sc_u (x)

statement ok
CREATE UNIQUE INDEX ux_sc_u_yz ON sc_u (y, z)

statement ok
CREATE TABLE sc_heap (v int)

# The primary key's columns in key order, SCOPE 0, PSEUDO_COLUMN 1.
query IITTIIII
EXEC sp_special_columns 'sc_t'
----
0	b	12	varchar	10	10	NULL	1
0	a	4	int	10	4	0	1

query IITTIIII
EXEC sp_special_columns @table_name = 'sc_t', @table_owner = 'dbo', @qualifier = 'master', @col_type = 'R',
  @scope = 'C', @nullable = 'O', @ODBCVer = 3
----
0	b	12	varchar	10	10	NULL	1
0	a	4	int	10	4	0	1

# Without a primary key, the unique index with the lowest id; @nullable = 'O' skips one with a
# nullable key column.
query IITTIIII
EXEC sp_special_columns 'sc_u'
----
0	x	4	int	10	4	0	1

query IITTIIII
EXEC sp_special_columns 'sc_u', @nullable = 'O', @ODBCVer = 3
----
0	y	-9	datetime2	23	46	NULL	1
0	z	4	int	10	4	0	1

query IITTIIII
EXEC sp_special_columns_100 'sc_u', @nullable = 'O', @ODBCVer = 3
----
0	y	93	datetime2	23	16	3	1
0	z	4	int	10	4	0	1

# V: the rowversion column, SCOPE NULL.
query IITTIIII
EXEC sp_special_columns 'sc_t', @col_type = 'V'
----
NULL	rv	-2	timestamp	8	8	NULL	1

query IITTIIII
EXEC sp_special_columns 'sc_u', @col_type = 'v'
----

# A heap without unique index, and a table that does not exist: no rows.
query IITTIIII
EXEC sp_special_columns 'sc_heap'
----

query IITTIIII
EXEC sp_special_columns 'sc_nothing'
----

query IITTIIII
EXEC sp_special_columns 'sc_t', 'guest'
----

describe
EXEC sp_special_columns 'sc_t'
----
SCOPE	smallint	NULL
COLUMN_NAME	nvarchar(128)	NULL
DATA_TYPE	smallint	NULL
TYPE_NAME	nvarchar(128)	NULL
PRECISION	int	NULL
LENGTH	int	NULL
SCALE	smallint	NULL
PSEUDO_COLUMN	smallint	NULL

statement error 15251
EXEC sp_special_columns 'sc_t', @col_type = 'X'
----
error 15251: Invalid 'col_type' specified. It must be 'R' or 'V'.

statement error 15251
EXEC sp_special_columns 'sc_t', @scope = 'S'
----
error 15251: Invalid 'scope' specified. It must be 'C' or 'T'.

statement error 15251
EXEC sp_special_columns 'sc_t', @nullable = 'N'
----
error 15251: Invalid 'nullable' specified. It must be 'O' or 'U'.

statement error 15250
EXEC sp_special_columns 'sc_t', 'dbo', 'msdb'
----
error 15250: The database name component of the object qualifier must be the name of the current database.

statement error 201
EXEC sp_special_columns
----
error 201: Procedure or function 'sp_special_columns' expects parameter '@table_name', which was not supplied.

statement error 8145
EXEC sp_special_columns 'sc_t', @coltype = 'R'
----
error 8145: @coltype is not a parameter for procedure sp_special_columns.
