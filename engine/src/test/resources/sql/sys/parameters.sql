# sys.parameters, INFORMATION_SCHEMA.ROUTINES, PARAMETERS and VIEWS: the routine and view
# metadata that SSMS, ORMs (EF's reverse engineering) and drivers' getProcedureColumns read.
statement ok
CREATE PROCEDURE dbo.pr_orders @customer int, @since datetime2(3) = NULL, @name sysname = N'x',
  @total decimal(10, 2) OUTPUT, @note nvarchar(max) = NULL, @code varchar(12) OUT, @ratio float = 1.5
AS
SELECT @total = 0, @code = 'ok'

statement ok
CREATE PROC pr_none AS SELECT 1

statement ok
CREATE VIEW v_orders AS SELECT 1 AS one

# Parameters in declaration order; defaults are not kept here for T-SQL routines.
query ITITIIIIIIIIT
SELECT OBJECT_NAME(object_id), parameter_id, name, system_type_id, TYPE_NAME(user_type_id), user_type_id, max_length,
  [precision], scale, is_output, has_default_value, is_nullable, CAST(default_value AS nvarchar(10))
FROM sys.parameters ORDER BY object_id, parameter_id
----
pr_orders	1	@customer	56	int	56	4	10	0	0	0	1	NULL
pr_orders	2	@since	42	datetime2	42	7	23	3	0	0	1	NULL
pr_orders	3	@name	231	sysname	256	256	0	0	0	0	1	NULL
pr_orders	4	@total	106	decimal	106	9	10	2	1	0	1	NULL
pr_orders	5	@note	231	nvarchar	231	-1	0	0	0	0	1	NULL
pr_orders	6	@code	167	varchar	167	12	0	0	1	0	1	NULL
pr_orders	7	@ratio	62	float	62	8	53	0	0	0	1	NULL

query TTT
SELECT p.name, t.name, o.name FROM sys.parameters AS p JOIN sys.types AS t ON t.user_type_id = p.user_type_id
JOIN sys.procedures AS o ON o.object_id = p.object_id WHERE p.is_output = 1 ORDER BY p.parameter_id
----
@total	decimal	pr_orders
@code	varchar	pr_orders

describe
SELECT * FROM sys.parameters
----
object_id	int	NOT NULL
name	nvarchar(128)	NULL
parameter_id	int	NOT NULL
system_type_id	tinyint	NOT NULL
user_type_id	int	NOT NULL
max_length	smallint	NOT NULL
precision	tinyint	NOT NULL
scale	tinyint	NOT NULL
is_output	bit	NOT NULL
is_cursor_ref	bit	NOT NULL
has_default_value	bit	NOT NULL
is_xml_document	bit	NOT NULL
default_value	sql_variant	NULL
xml_collection_id	int	NOT NULL
is_readonly	bit	NOT NULL
is_nullable	bit	NULL
encryption_type	int	NULL
encryption_type_desc	nvarchar(64)	NULL
encryption_algorithm_name	nvarchar(128)	NULL
column_encryption_key_id	int	NULL
column_encryption_key_database_name	nvarchar(128)	NULL

query TTTTT
SELECT SPECIFIC_CATALOG, SPECIFIC_SCHEMA, SPECIFIC_NAME, ROUTINE_SCHEMA, ROUTINE_NAME FROM INFORMATION_SCHEMA.ROUTINES ORDER BY ROUTINE_NAME
----
master	dbo	pr_none	dbo	pr_none
master	dbo	pr_orders	dbo	pr_orders

query TTTTTTTIT
SELECT ROUTINE_NAME, ROUTINE_TYPE, DATA_TYPE, ROUTINE_BODY, IS_DETERMINISTIC, SQL_DATA_ACCESS, SCHEMA_LEVEL_ROUTINE,
  MAX_DYNAMIC_RESULT_SETS, ROUTINE_DEFINITION
FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_NAME = 'pr_none'
----
pr_none	PROCEDURE	NULL	SQL	NO	MODIFIES	YES	-1	CREATE PROC pr_none AS SELECT 1

describe
SELECT * FROM INFORMATION_SCHEMA.ROUTINES
----
SPECIFIC_CATALOG	nvarchar(128)	NULL
SPECIFIC_SCHEMA	nvarchar(128)	NULL
SPECIFIC_NAME	nvarchar(128)	NOT NULL
ROUTINE_CATALOG	nvarchar(128)	NULL
ROUTINE_SCHEMA	nvarchar(128)	NULL
ROUTINE_NAME	nvarchar(128)	NOT NULL
ROUTINE_TYPE	nvarchar(20)	NULL
MODULE_CATALOG	nvarchar(128)	NULL
MODULE_SCHEMA	nvarchar(128)	NULL
MODULE_NAME	nvarchar(128)	NULL
UDT_CATALOG	nvarchar(128)	NULL
UDT_SCHEMA	nvarchar(128)	NULL
UDT_NAME	nvarchar(128)	NULL
DATA_TYPE	nvarchar(128)	NULL
CHARACTER_MAXIMUM_LENGTH	int	NULL
CHARACTER_OCTET_LENGTH	int	NULL
COLLATION_CATALOG	nvarchar(128)	NULL
COLLATION_SCHEMA	nvarchar(128)	NULL
COLLATION_NAME	nvarchar(128)	NULL
CHARACTER_SET_CATALOG	nvarchar(128)	NULL
CHARACTER_SET_SCHEMA	nvarchar(128)	NULL
CHARACTER_SET_NAME	nvarchar(128)	NULL
NUMERIC_PRECISION	smallint	NULL
NUMERIC_PRECISION_RADIX	smallint	NULL
NUMERIC_SCALE	smallint	NULL
DATETIME_PRECISION	smallint	NULL
INTERVAL_TYPE	nvarchar(30)	NULL
INTERVAL_PRECISION	smallint	NULL
TYPE_UDT_CATALOG	nvarchar(128)	NULL
TYPE_UDT_SCHEMA	nvarchar(128)	NULL
TYPE_UDT_NAME	nvarchar(128)	NULL
SCOPE_CATALOG	nvarchar(128)	NULL
SCOPE_SCHEMA	nvarchar(128)	NULL
SCOPE_NAME	nvarchar(128)	NULL
MAXIMUM_CARDINALITY	bigint	NULL
DTD_IDENTIFIER	nvarchar(128)	NULL
ROUTINE_BODY	nvarchar(30)	NULL
ROUTINE_DEFINITION	nvarchar(4000)	NULL
EXTERNAL_NAME	nvarchar(128)	NULL
EXTERNAL_LANGUAGE	nvarchar(30)	NULL
PARAMETER_STYLE	nvarchar(30)	NULL
IS_DETERMINISTIC	nvarchar(10)	NULL
SQL_DATA_ACCESS	nvarchar(30)	NULL
IS_NULL_CALL	nvarchar(10)	NULL
SQL_PATH	nvarchar(128)	NULL
SCHEMA_LEVEL_ROUTINE	nvarchar(10)	NULL
MAX_DYNAMIC_RESULT_SETS	smallint	NULL
IS_USER_DEFINED_CAST	nvarchar(10)	NULL
IS_IMPLICITLY_INVOCABLE	nvarchar(10)	NULL
CREATED	datetime	NULL
LAST_ALTERED	datetime	NULL

query TITTTTIITTTIIII
SELECT SPECIFIC_NAME, ORDINAL_POSITION, PARAMETER_MODE, IS_RESULT, AS_LOCATOR, PARAMETER_NAME, CHARACTER_MAXIMUM_LENGTH,
  CHARACTER_OCTET_LENGTH, DATA_TYPE, COLLATION_NAME, CHARACTER_SET_NAME, NUMERIC_PRECISION, NUMERIC_PRECISION_RADIX,
  NUMERIC_SCALE, DATETIME_PRECISION
FROM INFORMATION_SCHEMA.PARAMETERS ORDER BY SPECIFIC_NAME, ORDINAL_POSITION
----
pr_orders	1	IN	NO	NO	@customer	NULL	NULL	int	NULL	NULL	10	10	0	NULL
pr_orders	2	IN	NO	NO	@since	NULL	NULL	datetime2	NULL	NULL	NULL	NULL	NULL	3
pr_orders	3	IN	NO	NO	@name	128	256	nvarchar	SQL_Latin1_General_CP1_CI_AS	UNICODE	NULL	NULL	NULL	NULL
pr_orders	4	INOUT	NO	NO	@total	NULL	NULL	decimal	NULL	NULL	10	10	2	NULL
pr_orders	5	IN	NO	NO	@note	-1	-1	nvarchar	SQL_Latin1_General_CP1_CI_AS	UNICODE	NULL	NULL	NULL	NULL
pr_orders	6	INOUT	NO	NO	@code	12	12	varchar	SQL_Latin1_General_CP1_CI_AS	iso_1	NULL	NULL	NULL	NULL
pr_orders	7	IN	NO	NO	@ratio	NULL	NULL	float	NULL	NULL	53	2	0	NULL

describe
SELECT * FROM INFORMATION_SCHEMA.PARAMETERS
----
SPECIFIC_CATALOG	nvarchar(128)	NULL
SPECIFIC_SCHEMA	nvarchar(128)	NULL
SPECIFIC_NAME	nvarchar(128)	NOT NULL
ORDINAL_POSITION	int	NOT NULL
PARAMETER_MODE	nvarchar(10)	NULL
IS_RESULT	nvarchar(10)	NULL
AS_LOCATOR	nvarchar(10)	NULL
PARAMETER_NAME	nvarchar(128)	NULL
DATA_TYPE	nvarchar(128)	NULL
CHARACTER_MAXIMUM_LENGTH	int	NULL
CHARACTER_OCTET_LENGTH	int	NULL
COLLATION_CATALOG	nvarchar(128)	NULL
COLLATION_SCHEMA	nvarchar(128)	NULL
COLLATION_NAME	nvarchar(128)	NULL
CHARACTER_SET_CATALOG	nvarchar(128)	NULL
CHARACTER_SET_SCHEMA	nvarchar(128)	NULL
CHARACTER_SET_NAME	nvarchar(128)	NULL
NUMERIC_PRECISION	tinyint	NULL
NUMERIC_PRECISION_RADIX	smallint	NULL
NUMERIC_SCALE	tinyint	NULL
DATETIME_PRECISION	smallint	NULL
INTERVAL_TYPE	nvarchar(30)	NULL
INTERVAL_PRECISION	smallint	NULL
USER_DEFINED_TYPE_CATALOG	nvarchar(128)	NULL
USER_DEFINED_TYPE_SCHEMA	nvarchar(128)	NULL
USER_DEFINED_TYPE_NAME	nvarchar(128)	NULL
SCOPE_CATALOG	nvarchar(128)	NULL
SCOPE_SCHEMA	nvarchar(128)	NULL
SCOPE_NAME	nvarchar(128)	NULL

query TTTTTT
SELECT TABLE_CATALOG, TABLE_SCHEMA, TABLE_NAME, VIEW_DEFINITION, CHECK_OPTION, IS_UPDATABLE FROM INFORMATION_SCHEMA.VIEWS
ORDER BY TABLE_NAME
----
master	dbo	v_orders	CREATE VIEW v_orders AS SELECT 1 AS one	NONE	NO

describe
SELECT * FROM INFORMATION_SCHEMA.VIEWS
----
TABLE_CATALOG	nvarchar(128)	NULL
TABLE_SCHEMA	nvarchar(128)	NULL
TABLE_NAME	nvarchar(128)	NOT NULL
VIEW_DEFINITION	nvarchar(4000)	NULL
CHECK_OPTION	varchar(7)	NULL
IS_UPDATABLE	varchar(2)	NULL

# A renamed or dropped procedure follows.
statement ok
EXEC sp_rename 'pr_none', 'pr_renamed'
----
! Caution: Changing any part of an object name could break scripts and stored procedures.

query T
SELECT ROUTINE_NAME FROM INFORMATION_SCHEMA.ROUTINES ORDER BY ROUTINE_NAME
----
pr_orders
pr_renamed

statement ok
DROP PROCEDURE pr_orders

query I
SELECT COUNT(*) FROM sys.parameters
----
0

# A procedure created under QUOTED_IDENTIFIER OFF (a default in double quotes) lists its
# parameters under ON too.
statement ok
SET QUOTED_IDENTIFIER OFF

statement ok
CREATE PROCEDURE pr_quoted @greeting varchar(20) = "hello" AS SELECT @greeting

statement ok
SET QUOTED_IDENTIFIER ON

query TIT
SELECT OBJECT_NAME(object_id), parameter_id, name FROM sys.parameters WHERE object_id = OBJECT_ID('pr_quoted')
----
pr_quoted	1	@greeting

query TT
SELECT SPECIFIC_NAME, PARAMETER_NAME FROM INFORMATION_SCHEMA.PARAMETERS WHERE SPECIFIC_NAME = 'pr_quoted'
----
pr_quoted	@greeting

query TTTIIIIIIIIIIIIIIIII
EXEC sp_sproc_columns 'pr_quoted'
----
master	dbo	pr_quoted;1	@RETURN_VALUE	5	4	int	10	4	0	10	0	NULL	NULL	4	NULL	NULL	0	NO	56
master	dbo	pr_quoted;1	@greeting	1	12	varchar	20	20	NULL	NULL	1	NULL	NULL	12	NULL	20	1	YES	39
