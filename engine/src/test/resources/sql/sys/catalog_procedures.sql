# The catalog procedures drivers call for SQLTables/SQLColumns/SQLPrimaryKeys/SQLForeignKeys
# (FreeTDS: sp_tables, sp_columns, sp_pkeys, sp_fkeys) and getTables/getColumns/getPrimaryKeys
# (mssql-jdbc: sp_tables, sp_columns_100 through INSERT … EXEC, sp_pkeys, sp_fkeys), sp_databases,
# and sp_help.
statement ok
CREATE TABLE cp_parent (id int NOT NULL IDENTITY(10, 5), code char(4) NOT NULL, name nvarchar(40) NULL,
  price decimal(9, 2) NULL CONSTRAINT df_cp_parent_price DEFAULT 0, born date NULL, stamp datetime2(3) NULL, ratio float NULL, blob varbinary(max) NULL,
  CONSTRAINT pk_cp_parent PRIMARY KEY (id), CONSTRAINT uq_cp_parent_code UNIQUE (code), CONSTRAINT ck_cp_parent_price CHECK (price >= 0))

statement ok
CREATE TABLE cp_child (id int NOT NULL, parent_id int NULL, line smallint NOT NULL,
  CONSTRAINT pk_cp_child PRIMARY KEY (id, line),
  CONSTRAINT fk_cp_child_parent FOREIGN KEY (parent_id) REFERENCES cp_parent (id) ON DELETE CASCADE)

statement ok
CREATE INDEX ix_cp_child_parent ON cp_child (parent_id DESC)

statement ok
CREATE VIEW cp_view AS SELECT id, name FROM cp_parent

statement ok
CREATE TABLE cp_heap (v varchar(10))

statement ok
CREATE PROCEDURE cp_proc @id int, @name nvarchar(40) = NULL OUTPUT AS SELECT @id

# sp_tables: patterns on name and owner, types in quotes as the drivers send them.
query TTTTT
EXEC sp_tables @table_name = 'cp[_]%'
----
master	dbo	cp_child	TABLE	NULL
master	dbo	cp_heap	TABLE	NULL
master	dbo	cp_parent	TABLE	NULL
master	dbo	cp_view	VIEW	NULL

query TTTTT
EXEC sp_tables 'cp%', 'dbo', NULL, '''TABLE'''
----
master	dbo	cp_child	TABLE	NULL
master	dbo	cp_heap	TABLE	NULL
master	dbo	cp_parent	TABLE	NULL

query TTTTT
EXEC sp_tables @table_name = 'cp%', @table_type = '''VIEW'', ''TABLE'''
----
master	dbo	cp_child	TABLE	NULL
master	dbo	cp_heap	TABLE	NULL
master	dbo	cp_parent	TABLE	NULL
master	dbo	cp_view	VIEW	NULL

query TTTTT
EXEC sp_tables @table_name = 'cp_view', @table_owner = NULL, @table_qualifier = 'master', @table_type = "'VIEW'"
----
master	dbo	cp_view	VIEW	NULL

query TTTTT
EXEC sp_tables 'cp_%', @fUsePattern = 0
----

statement error 15250
EXEC sp_tables 'cp_parent', 'dbo', 'msdb'
----
error 15250: The database name component of the object qualifier must be the name of the current database.

describe
EXEC sp_tables 'nothing'
----
TABLE_QUALIFIER	nvarchar(128)	NULL
TABLE_OWNER	nvarchar(128)	NULL
TABLE_NAME	nvarchar(128)	NULL
TABLE_TYPE	varchar(32)	NULL
REMARKS	varchar(254)	NULL

# sp_columns, ODBC 3 as FreeTDS sends it.
query TTTTITIIIIITTIIIITI
EXEC sp_columns @table_name = 'cp_parent', @ODBCVer = 3
----
master	dbo	cp_parent	id	4	int identity	10	4	0	10	0	NULL	NULL	4	NULL	NULL	1	NO	56
master	dbo	cp_parent	code	1	char	4	4	NULL	NULL	0	NULL	NULL	1	NULL	4	2	NO	47
master	dbo	cp_parent	name	-9	nvarchar	40	80	NULL	NULL	1	NULL	NULL	-9	NULL	80	3	YES	0
master	dbo	cp_parent	price	3	decimal	9	11	2	10	1	NULL	((0))	3	NULL	NULL	4	YES	106
master	dbo	cp_parent	born	-9	date	10	20	NULL	NULL	1	NULL	NULL	-9	NULL	20	5	YES	0
master	dbo	cp_parent	stamp	-9	datetime2	23	46	NULL	NULL	1	NULL	NULL	-9	NULL	46	6	YES	0
master	dbo	cp_parent	ratio	6	float	53	8	NULL	2	1	NULL	NULL	6	NULL	NULL	7	YES	109
master	dbo	cp_parent	blob	-3	varbinary	0	0	NULL	NULL	1	NULL	NULL	-3	NULL	0	8	YES	37

# ODBC 2 codes date/time types the old way; sp_columns shows the 2008 types as nvarchar.
query TTTTITIIIIITTIIIITI
EXEC sp_columns 'cp_parent', @column_name = 'born'
----
master	dbo	cp_parent	born	-9	date	10	20	NULL	NULL	1	NULL	NULL	-9	NULL	20	5	YES	0

query TTTTITIIIIITTIIIITIIIITTTTTTI
EXEC sp_columns_100 'cp_p%', 'dbo', NULL, 'stamp', 2, 3, 1
----
master	dbo	cp_parent	stamp	93	datetime2	23	16	3	NULL	1	NULL	NULL	9	3	NULL	6	YES	0	0	0	0	NULL	NULL	NULL	NULL	NULL	NULL	0

query TTTTITIIIIITTIIIITIIIITTTTTTI
EXEC sp_columns_100 'cp_parent', 'dbo', NULL, 'id', @ODBCVer = 2, @fUsePattern = 0
----
master	dbo	cp_parent	id	4	int identity	10	4	0	10	0	NULL	NULL	4	NULL	NULL	1	NO	0	0	0	1	NULL	NULL	NULL	NULL	NULL	NULL	56

# What mssql-jdbc's getColumns runs.
query TTTTITIII
DECLARE @r TABLE(TABLE_QUALIFIER SYSNAME, TABLE_OWNER SYSNAME,TABLE_NAME SYSNAME, COLUMN_NAME SYSNAME, DATA_TYPE SMALLINT, TYPE_NAME SYSNAME, PRECISION INT,LENGTH INT, SCALE SMALLINT, RADIX SMALLINT, NULLABLE SMALLINT, REMARKS VARCHAR(254), COLUMN_DEF NVARCHAR(4000),SQL_DATA_TYPE SMALLINT, SQL_DATETIME_SUB SMALLINT, CHAR_OCTET_LENGTH INT, ORDINAL_POSITION INT,IS_NULLABLE VARCHAR(254), SS_IS_SPARSE SMALLINT, SS_IS_COLUMN_SET SMALLINT, SS_IS_COMPUTED SMALLINT,SS_IS_IDENTITY SMALLINT, SS_UDT_CATALOG_NAME NVARCHAR(128), SS_UDT_SCHEMA_NAME NVARCHAR(128),SS_UDT_ASSEMBLY_TYPE_NAME NVARCHAR(max), SS_XML_SCHEMACOLLECTION_CATALOG_NAME NVARCHAR(128),SS_XML_SCHEMACOLLECTION_SCHEMA_NAME NVARCHAR(128), SS_XML_SCHEMACOLLECTION_NAME NVARCHAR(128),SS_DATA_TYPE TINYINT)
INSERT INTO @r EXEC sp_columns_100 'cp_child', NULL, NULL, NULL, 2, 3
SELECT TABLE_QUALIFIER, TABLE_OWNER, TABLE_NAME, COLUMN_NAME, DATA_TYPE, TYPE_NAME, PRECISION, NULLABLE, SS_IS_IDENTITY FROM @r ORDER BY ORDINAL_POSITION
----
master	dbo	cp_child	id	4	int	10	0	0
master	dbo	cp_child	parent_id	4	int	10	1	0
master	dbo	cp_child	line	5	smallint	5	0	0

statement error 201
EXEC sp_columns
----
error 201: Procedure or function 'sp_columns' expects parameter '@table_name', which was not supplied.

statement error 8145
EXEC sp_columns @table = 'cp_parent'
----
error 8145: @table is not a parameter for procedure sp_columns.

describe
EXEC sp_columns 'nothing'
----
TABLE_QUALIFIER	nvarchar(128)	NULL
TABLE_OWNER	nvarchar(128)	NULL
TABLE_NAME	nvarchar(128)	NULL
COLUMN_NAME	nvarchar(128)	NULL
DATA_TYPE	smallint	NULL
TYPE_NAME	nvarchar(128)	NULL
PRECISION	int	NULL
LENGTH	int	NULL
SCALE	smallint	NULL
RADIX	smallint	NULL
NULLABLE	smallint	NULL
REMARKS	varchar(254)	NULL
COLUMN_DEF	nvarchar(4000)	NULL
SQL_DATA_TYPE	smallint	NULL
SQL_DATETIME_SUB	smallint	NULL
CHAR_OCTET_LENGTH	int	NULL
ORDINAL_POSITION	int	NULL
IS_NULLABLE	varchar(254)	NULL
SS_DATA_TYPE	tinyint	NULL

# sp_pkeys: exact names, key order.
query TTTTIT
EXEC sp_pkeys @table_name = 'cp_child'
----
master	dbo	cp_child	id	1	pk_cp_child
master	dbo	cp_child	line	2	pk_cp_child

query TTTTIT
EXEC sp_pkeys 'cp_parent', 'dbo', 'master'
----
master	dbo	cp_parent	id	1	pk_cp_parent

query TTTTIT
EXEC sp_pkeys 'cp_%'
----

# sp_fkeys from either end.
query TTTTTTTTIIITTI
EXEC sp_fkeys @pktable_name = 'cp_parent'
----
master	dbo	cp_parent	id	master	dbo	cp_child	parent_id	1	1	0	fk_cp_child_parent	pk_cp_parent	7

query TTTTTTTTIIITTI
EXEC sp_fkeys @fktable_name = 'cp_child', @fktable_owner = 'dbo'
----
master	dbo	cp_parent	id	master	dbo	cp_child	parent_id	1	1	0	fk_cp_child_parent	pk_cp_parent	7

query TTTTTTTTIIITTI
EXEC sp_fkeys 'cp_child'
----

statement error 201
EXEC sp_fkeys
----
error 201: Procedure or function 'sp_fkeys' expects parameter '@pktable_name', which was not supplied.

query TIT
EXEC sp_databases
----
master	NULL	NULL
model	NULL	NULL
msdb	NULL	NULL
tempdb	NULL	NULL

# sp_help on a table: object, columns, identity, rowguidcol, filegroup, indexes, constraints,
# referencing foreign keys.
query T
EXEC sp_help 'cp_parent'
----
cp_parent	dbo	user table	NULL
id	int	no	4	10   	0    	no	(n/a)	(n/a)	NULL
code	char	no	4	     	     	no	no	no	SQL_Latin1_General_CP1_CI_AS
name	nvarchar	no	80	     	     	yes	(n/a)	(n/a)	SQL_Latin1_General_CP1_CI_AS
price	decimal	no	5	9    	2    	yes	(n/a)	(n/a)	NULL
born	date	no	3	10   	0    	yes	(n/a)	(n/a)	NULL
stamp	datetime2	no	7	23   	3    	yes	(n/a)	(n/a)	NULL
ratio	float	no	8	53   	NULL	yes	(n/a)	(n/a)	NULL
blob	varbinary	no	-1	     	     	yes	no	yes	NULL
id	10	5	0
No rowguidcol column defined.
PRIMARY
pk_cp_parent	clustered, unique, primary key located on PRIMARY	id
uq_cp_parent_code	nonclustered, unique, unique key located on PRIMARY	code
CHECK Table Level 	ck_cp_parent_price	(n/a)	(n/a)	Enabled	Is_For_Replication	([price]>=(0))
DEFAULT on column price	df_cp_parent_price	(n/a)	(n/a)	(n/a)	(n/a)	((0))
PRIMARY KEY (clustered)	pk_cp_parent	(n/a)	(n/a)	(n/a)	(n/a)	id
UNIQUE (non-clustered)	uq_cp_parent_code	(n/a)	(n/a)	(n/a)	(n/a)	code
master.dbo.cp_child: fk_cp_child_parent

query TTTTTTT
EXEC sp_help 'dbo.cp_child'
----
cp_child	dbo	user table	NULL
id	int	no	4	10   	0    	no	(n/a)	(n/a)	NULL
parent_id	int	no	4	10   	0    	yes	(n/a)	(n/a)	NULL
line	smallint	no	2	5    	0    	no	(n/a)	(n/a)	NULL
No identity column defined.	NULL	NULL	NULL
No rowguidcol column defined.
PRIMARY
ix_cp_child_parent	nonclustered located on PRIMARY	parent_id(-)
pk_cp_child	clustered, unique, primary key located on PRIMARY	id, line
FOREIGN KEY	fk_cp_child_parent	Cascade	No Action	Enabled	Is_For_Replication	parent_id
 	 	 	 	 	 	REFERENCES master.dbo.cp_parent (id)
PRIMARY KEY (clustered)	pk_cp_child	(n/a)	(n/a)	(n/a)	(n/a)	id, line
! No foreign keys reference table 'dbo.cp_child', or you do not have permissions.

query T
EXEC sp_help cp_heap
----
cp_heap	dbo	user table	NULL
v	varchar	no	10	     	     	yes	no	yes	SQL_Latin1_General_CP1_CI_AS
No identity column defined.	NULL	NULL	NULL
No rowguidcol column defined.
PRIMARY
! The object 'cp_heap' does not have any indexes, or you do not have permissions.
! No constraints are defined on object 'cp_heap', or you do not have permissions.
! No foreign keys reference table 'cp_heap', or you do not have permissions.

# sp_helpconstraint: the object's name, then sp_help's constraint result sets; 'nomsg' leaves out the name.
query TTTTTTT
EXEC sp_helpconstraint 'dbo.cp_child'
----
dbo.cp_child
FOREIGN KEY	fk_cp_child_parent	Cascade	No Action	Enabled	Is_For_Replication	parent_id
 	 	 	 	 	 	REFERENCES master.dbo.cp_parent (id)
PRIMARY KEY (clustered)	pk_cp_child	(n/a)	(n/a)	(n/a)	(n/a)	id, line
! No foreign keys reference table 'dbo.cp_child', or you do not have permissions.

query T
EXEC sp_helpconstraint @objname = 'cp_heap', @nomsg = 'nomsg'
----
! No constraints are defined on object 'cp_heap', or you do not have permissions.
! No foreign keys reference table 'cp_heap', or you do not have permissions.

statement error 15009
EXEC sp_helpconstraint 'no_such_table'

query T
EXEC sp_help 'cp_view'
----
cp_view	dbo	view	NULL
id	int	no	4	10   	0    	no	(n/a)	(n/a)	NULL
name	nvarchar	no	80	     	     	yes	(n/a)	(n/a)	SQL_Latin1_General_CP1_CI_AS
No identity column defined.	NULL	NULL	NULL
No rowguidcol column defined.

query TTIIIIT
EXEC sp_help 'cp_proc'
----
cp_proc	dbo	stored procedure	NULL
@id	int	4	10	0	1	NULL
@name	nvarchar	80	40	NULL	2	SQL_Latin1_General_CP1_CI_AS

query TTTT
EXEC sp_help 'pk_cp_parent'
----
pk_cp_parent	dbo	primary key cns	NULL

query TTTTTTTTT
EXEC sp_help
----
ck_cp_parent_price	dbo	check cns
cp_child	dbo	user table
cp_heap	dbo	user table
cp_parent	dbo	user table
cp_proc	dbo	stored procedure
cp_view	dbo	view
df_cp_parent_price	dbo	default (maybe cns)
fk_cp_child_parent	dbo	foreign key cns
pk_cp_child	dbo	primary key cns
pk_cp_parent	dbo	primary key cns
uq_cp_parent_code	dbo	unique key cns

statement error 15009
EXEC sp_help 'nothing_here'
----
error 15009: The object 'nothing_here' does not exist in database 'master' or is invalid for this operation.

# COLLATE database_default, as mssql-jdbc's getImportedKeys writes it; an unknown collation is 448.
query T
SELECT name FROM sys.foreign_keys WHERE name = N'FK_CP_CHILD_PARENT' COLLATE database_default
----
fk_cp_child_parent

statement error 448
SELECT name FROM sys.objects WHERE name = 'x' COLLATE Japanese_CS_AS
----
error 448: Invalid collation 'Japanese_CS_AS'.

# sp_stored_procedures and sp_sproc_columns: SQLProcedures/SQLProcedureColumns, getProcedures/
# getProcedureColumns. The return value first, then the parameters; OUTPUT ones are INPUT_OUTPUT.
query TTTIIITI
EXEC sp_stored_procedures @sp_name = 'cp%'
----
master	dbo	cp_proc;1	-1	-1	-1	NULL	2

# The system procedures are listed too, under sys.
query TTTIIITI
EXEC sp_stored_procedures @sp_name = 'sp_who%'
----
master	sys	sp_who2;1	-1	-1	-1	NULL	2
master	sys	sp_who;1	-1	-1	-1	NULL	2

query TTTIIITI
EXEC sp_stored_procedures @sp_name = 'sp_who%', @sp_owner = 'dbo'
----

query TTTTIITIIIIITTIIIITI
EXEC sp_sproc_columns @procedure_name = 'cp_proc', @ODBCVer = 3
----
master	dbo	cp_proc;1	@RETURN_VALUE	5	4	int	10	4	0	10	0	NULL	NULL	4	NULL	NULL	0	NO	56
master	dbo	cp_proc;1	@id	1	4	int	10	4	0	10	1	NULL	NULL	4	NULL	NULL	1	YES	38
master	dbo	cp_proc;1	@name	2	-9	nvarchar	40	80	NULL	NULL	1	NULL	NULL	-9	NULL	80	2	YES	0

query TTTTIITIIIIITTIIIITI
EXEC sp_sproc_columns_100 'cp_proc', @column_name = '@name'
----
master	dbo	cp_proc;1	@name	2	-9	nvarchar	40	80	NULL	NULL	1	NULL	NULL	-9	NULL	80	2	YES	0

# sp_statistics: SQLStatistics and getIndexInfo. The table's row first, then index keys.
statement ok
INSERT INTO cp_parent (code, name, price) VALUES ('a', N'A', 1), ('b', N'B', 2)

query TTTIITIITTIIT
EXEC sp_statistics 'cp_parent'
----
master	dbo	cp_parent	NULL	NULL	NULL	0	NULL	NULL	NULL	2	1	NULL
master	dbo	cp_parent	0	cp_parent	pk_cp_parent	1	1	id	A	2	1	NULL
master	dbo	cp_parent	0	cp_parent	uq_cp_parent_code	3	1	code	A	2	NULL	NULL

query TTTIITIITTIIT
EXEC sp_statistics @table_name = 'cp_child', @is_unique = 'Y'
----
master	dbo	cp_child	NULL	NULL	NULL	0	NULL	NULL	NULL	0	0	NULL
master	dbo	cp_child	0	cp_child	pk_cp_child	1	1	id	A	0	0	NULL
master	dbo	cp_child	0	cp_child	pk_cp_child	1	2	line	A	0	0	NULL

query TTTIITIITTIIT
EXEC sp_statistics 'cp_parent', NULL, NULL, 'uq%', 'N', 'Q'
----
master	dbo	cp_parent	NULL	NULL	NULL	0	NULL	NULL	NULL	2	1	NULL
master	dbo	cp_parent	0	cp_parent	uq_cp_parent_code	3	1	code	A	2	NULL	NULL

# sys.dm_db_partition_stats: rows and (estimated) pages per heap or index.
query TIII
SELECT OBJECT_NAME(object_id), index_id, row_count, CASE WHEN used_page_count > 0 THEN 1 ELSE 0 END
FROM sys.dm_db_partition_stats WHERE object_id IN (OBJECT_ID('cp_parent'), OBJECT_ID('cp_heap')) ORDER BY object_id, index_id
----
cp_parent	1	2	1
cp_parent	2	2	1
cp_heap	0	0	0

describe
SELECT * FROM sys.dm_db_partition_stats
----
partition_id	bigint	NOT NULL
object_id	int	NOT NULL
index_id	int	NOT NULL
partition_number	int	NOT NULL
in_row_data_page_count	bigint	NOT NULL
in_row_used_page_count	bigint	NOT NULL
in_row_reserved_page_count	bigint	NOT NULL
lob_used_page_count	bigint	NOT NULL
lob_reserved_page_count	bigint	NOT NULL
row_overflow_used_page_count	bigint	NOT NULL
row_overflow_reserved_page_count	bigint	NOT NULL
used_page_count	bigint	NOT NULL
reserved_page_count	bigint	NOT NULL
row_count	bigint	NOT NULL

# sp_server_info: what ODBC drivers read at connect.
query ITT
EXEC sp_server_info
----
1	DBMS_NAME	Microsoft SQL Server
2	DBMS_VER	Microsoft SQL Server 2022 - 16.0.1000.6
10	OWNER_TERM	owner
11	TABLE_TERM	table
12	MAX_OWNER_NAME_LENGTH	128
13	TABLE_LENGTH	128
14	MAX_QUAL_LENGTH	128
15	COLUMN_LENGTH	128
16	IDENTIFIER_CASE	MIXED
17	TX_ISOLATION	2
18	COLLATION_SEQ	charset=iso_1 sort_order=nocase_iso charset_num=1 sort_order_num=52
19	SAVEPOINT_SUPPORT	Y
20	MULTI_RESULT_SETS	Y
22	ACCESSIBLE_TABLES	Y
100	USERID_LENGTH	128
101	QUALIFIER_TERM	database
102	NAMED_TRANSACTIONS	Y
103	SPROC_AS_LANGUAGE	Y
104	ACCESSIBLE_SPROC	Y
105	MAX_INDEX_COLS	16
106	RENAME_TABLE	Y
107	RENAME_COLUMN	Y
108	DROP_COLUMN	Y
109	INCREASE_COLUMN_LENGTH	Y
110	DDL_IN_TRANSACTION	Y
111	DESCENDING_INDEXES	Y
112	SP_RENAME	Y
113	REMOTE_SPROC	Y
500	SYS_SPROC_VERSION	16.00.1000

query ITT
EXEC sp_server_info @attribute_id = 500
----
500	SYS_SPROC_VERSION	16.00.1000

# A view's columns are the ones binding it gives.
query TTTTITIIIIITTIIIITI
EXEC sp_columns 'cp_view', @ODBCVer = 3
----
master	dbo	cp_view	id	4	int	10	4	0	10	0	NULL	NULL	4	NULL	NULL	1	NO	56
master	dbo	cp_view	name	-9	nvarchar	40	80	NULL	NULL	1	NULL	NULL	-9	NULL	80	2	YES	0

statement ok
CREATE VIEW cp_broken_view AS SELECT v FROM cp_heap

# A view that no longer binds has no columns to list.
query TTTTITIIIIITTIIIITI
DROP TABLE cp_heap
EXEC sp_columns 'cp_broken_view'
----
