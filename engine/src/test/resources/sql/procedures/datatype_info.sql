# sp_datatype_info_100 / sp_datatype_info: SQLGetTypeInfo's answer ("sp_datatype_info
# (Transact-SQL)"). FreeTDS ODBC calls it at connect; pyodbc sizes datetime and string
# parameters from the first row per type.

# The timestamp types, ODBC 3 (positional, as FreeTDS sends them): datetime2 comes first.
query TIITTTIIIIIITIIIIIII
EXEC sp_datatype_info_100 93, 3
----
datetime2	93	27	'	'	scale	1	0	3	NULL	0	NULL	datetime2	0	7	9	3	NULL	NULL	0
datetime	93	23	'	'	NULL	1	0	3	NULL	0	NULL	datetime	3	3	9	3	NULL	NULL	12
smalldatetime	93	16	'	'	NULL	1	0	3	NULL	0	NULL	smalldatetime	0	0	9	3	NULL	NULL	22

# ODBC 2 (the default) codes them 11.
query TIITTTIIIIIITIIIIIII
EXEC sp_datatype_info_100 @data_type = 11
----
datetime2	11	27	'	'	scale	1	0	3	NULL	0	NULL	datetime2	0	7	9	3	NULL	NULL	0
datetime	11	23	'	'	NULL	1	0	3	NULL	0	NULL	datetime	3	3	9	3	NULL	NULL	12
smalldatetime	11	16	'	'	NULL	1	0	3	NULL	0	NULL	smalldatetime	0	0	9	3	NULL	NULL	22

# nvarchar's 4000 is what tells pyodbc to send longer strings as ntext.
query TIITTTIIIIIITIIIIIII
EXEC sys.sp_datatype_info_100 @data_type = -9, @ODBCVer = 3
----
nvarchar	-9	4000	N'	'	max length	1	1	3	NULL	0	NULL	nvarchar	NULL	NULL	-9	NULL	NULL	NULL	0
sysname	-9	128	N'	'	NULL	0	1	3	NULL	0	NULL	sysname	NULL	NULL	-9	NULL	NULL	NULL	18

# Rows order by DATA_TYPE, AUTO_INCREMENT, MONEY, USERTYPE.
query TIITTTIIIIIITIIIIIII
EXEC sp_datatype_info_100 3, 3
----
decimal	3	38	NULL	NULL	precision,scale	1	0	2	0	0	0	decimal	0	38	3	NULL	10	NULL	24
money	3	19	$	NULL	NULL	1	0	2	0	1	0	money	4	4	3	NULL	10	NULL	11
smallmoney	3	10	$	NULL	NULL	1	0	2	0	1	0	smallmoney	4	4	3	NULL	10	NULL	21
decimal() identity	3	38	NULL	NULL	precision	0	0	2	0	0	1	decimal() identity	0	0	3	NULL	10	NULL	24

query TIITTTIIIIIITIIIIIII
EXEC sp_datatype_info_100 @ODBCVer = 3, @data_type = -6
----
tinyint	-6	3	NULL	NULL	NULL	1	0	2	1	0	0	tinyint	0	0	-6	NULL	10	NULL	5
tinyint identity	-6	3	NULL	NULL	NULL	0	0	2	1	0	1	tinyint identity	0	0	-6	NULL	10	NULL	5

# The 2005 procedure shows the types added in 2008 as the nvarchar down-level clients get.
query TIITTTIIIIIITIIIIIII rowsort
EXEC sp_datatype_info -9, 3
----
date	-9	10	N'	'	NULL	1	1	3	NULL	0	NULL	date	NULL	NULL	-9	NULL	NULL	NULL	0
datetime2	-9	27	N'	'	NULL	1	1	3	NULL	0	NULL	datetime2	NULL	NULL	-9	NULL	NULL	NULL	0
datetimeoffset	-9	34	N'	'	NULL	1	1	3	NULL	0	NULL	datetimeoffset	NULL	NULL	-9	NULL	NULL	NULL	0
nvarchar	-9	4000	N'	'	max length	1	1	3	NULL	0	NULL	nvarchar	NULL	NULL	-9	NULL	NULL	NULL	0
sysname	-9	128	N'	'	NULL	0	1	3	NULL	0	NULL	sysname	NULL	NULL	-9	NULL	NULL	NULL	18
time	-9	16	N'	'	NULL	1	1	3	NULL	0	NULL	time	NULL	NULL	-9	NULL	NULL	NULL	0


# Every type, ODBC 3.
query TIITTTIIIIIITIIIIIII
EXEC sp_datatype_info_100 @ODBCVer = 3
----
datetimeoffset	-155	34	'	'	scale	1	0	3	NULL	0	NULL	datetimeoffset	0	7	-155	0	NULL	NULL	0
time	-154	16	'	'	scale	1	0	3	NULL	0	NULL	time	0	7	-154	0	NULL	NULL	0
xml	-152	0	N'	'	NULL	1	1	0	NULL	0	NULL	xml	NULL	NULL	-152	NULL	NULL	NULL	0
sql_variant	-150	8000	NULL	NULL	NULL	1	0	2	NULL	0	NULL	sql_variant	0	0	-150	NULL	10	NULL	0
uniqueidentifier	-11	36	'	'	NULL	1	0	2	NULL	0	NULL	uniqueidentifier	NULL	NULL	-11	NULL	NULL	NULL	0
ntext	-10	1073741823	N'	'	NULL	1	1	1	NULL	0	NULL	ntext	NULL	NULL	-10	NULL	NULL	NULL	0
nvarchar	-9	4000	N'	'	max length	1	1	3	NULL	0	NULL	nvarchar	NULL	NULL	-9	NULL	NULL	NULL	0
sysname	-9	128	N'	'	NULL	0	1	3	NULL	0	NULL	sysname	NULL	NULL	-9	NULL	NULL	NULL	18
nchar	-8	4000	N'	'	length	1	1	3	NULL	0	NULL	nchar	NULL	NULL	-8	NULL	NULL	NULL	0
bit	-7	1	NULL	NULL	NULL	1	0	2	NULL	0	NULL	bit	0	0	-7	NULL	NULL	NULL	16
tinyint	-6	3	NULL	NULL	NULL	1	0	2	1	0	0	tinyint	0	0	-6	NULL	10	NULL	5
tinyint identity	-6	3	NULL	NULL	NULL	0	0	2	1	0	1	tinyint identity	0	0	-6	NULL	10	NULL	5
bigint	-5	19	NULL	NULL	NULL	1	0	2	0	0	0	bigint	0	0	-5	NULL	10	NULL	0
bigint identity	-5	19	NULL	NULL	NULL	0	0	2	0	0	1	bigint identity	0	0	-5	NULL	10	NULL	0
image	-4	2147483647	0x	NULL	NULL	1	0	0	NULL	0	NULL	image	NULL	NULL	-4	NULL	NULL	NULL	20
varbinary	-3	8000	0x	NULL	max length	1	0	2	NULL	0	NULL	varbinary	NULL	NULL	-3	NULL	NULL	NULL	4
binary	-2	8000	0x	NULL	length	1	0	2	NULL	0	NULL	binary	NULL	NULL	-2	NULL	NULL	NULL	3
timestamp	-2	8	0x	NULL	NULL	0	0	2	NULL	0	NULL	timestamp	NULL	NULL	-2	NULL	NULL	NULL	80
text	-1	2147483647	'	'	NULL	1	1	1	NULL	0	NULL	text	NULL	NULL	-1	NULL	NULL	NULL	19
char	1	8000	'	'	length	1	1	3	NULL	0	NULL	char	NULL	NULL	1	NULL	NULL	NULL	1
numeric	2	38	NULL	NULL	precision,scale	1	0	2	0	0	0	numeric	0	38	2	NULL	10	NULL	10
numeric() identity	2	38	NULL	NULL	precision	0	0	2	0	0	1	numeric() identity	0	0	2	NULL	10	NULL	10
decimal	3	38	NULL	NULL	precision,scale	1	0	2	0	0	0	decimal	0	38	3	NULL	10	NULL	24
money	3	19	$	NULL	NULL	1	0	2	0	1	0	money	4	4	3	NULL	10	NULL	11
smallmoney	3	10	$	NULL	NULL	1	0	2	0	1	0	smallmoney	4	4	3	NULL	10	NULL	21
decimal() identity	3	38	NULL	NULL	precision	0	0	2	0	0	1	decimal() identity	0	0	3	NULL	10	NULL	24
int	4	10	NULL	NULL	NULL	1	0	2	0	0	0	int	0	0	4	NULL	10	NULL	7
int identity	4	10	NULL	NULL	NULL	0	0	2	0	0	1	int identity	0	0	4	NULL	10	NULL	7
smallint	5	5	NULL	NULL	NULL	1	0	2	0	0	0	smallint	0	0	5	NULL	10	NULL	6
smallint identity	5	5	NULL	NULL	NULL	0	0	2	0	0	1	smallint identity	0	0	5	NULL	10	NULL	6
float	6	53	NULL	NULL	NULL	1	0	2	0	0	0	float	NULL	NULL	6	NULL	2	NULL	8
real	7	24	NULL	NULL	NULL	1	0	2	0	0	0	real	NULL	NULL	7	NULL	2	NULL	23
varchar	12	8000	'	'	max length	1	1	3	NULL	0	NULL	varchar	NULL	NULL	12	NULL	NULL	NULL	2
date	91	10	'	'	NULL	1	0	3	NULL	0	NULL	date	NULL	0	9	1	NULL	NULL	0
datetime2	93	27	'	'	scale	1	0	3	NULL	0	NULL	datetime2	0	7	9	3	NULL	NULL	0
datetime	93	23	'	'	NULL	1	0	3	NULL	0	NULL	datetime	3	3	9	3	NULL	NULL	12
smalldatetime	93	16	'	'	NULL	1	0	3	NULL	0	NULL	smalldatetime	0	0	9	3	NULL	NULL	22


statement error 8145
EXEC sp_datatype_info_100 @type = 4
----
error 8145: @type is not a parameter for procedure sp_datatype_info_100.

statement error 8144
EXEC sp_datatype_info 4, 3, 1
----
error 8144: Procedure or function sp_datatype_info has too many arguments specified.

describe
EXEC sp_datatype_info_100 4
----
TYPE_NAME	nvarchar(128)	NOT NULL
DATA_TYPE	smallint	NOT NULL
PRECISION	int	NULL
LITERAL_PREFIX	varchar(32)	NULL
LITERAL_SUFFIX	varchar(32)	NULL
CREATE_PARAMS	varchar(32)	NULL
NULLABLE	smallint	NOT NULL
CASE_SENSITIVE	smallint	NOT NULL
SEARCHABLE	smallint	NOT NULL
UNSIGNED_ATTRIBUTE	smallint	NULL
MONEY	smallint	NOT NULL
AUTO_INCREMENT	smallint	NULL
LOCAL_TYPE_NAME	nvarchar(128)	NULL
MINIMUM_SCALE	smallint	NULL
MAXIMUM_SCALE	smallint	NULL
SQL_DATA_TYPE	smallint	NOT NULL
SQL_DATETIME_SUB	smallint	NULL
NUM_PREC_RADIX	int	NULL
INTERVAL_PRECISION	smallint	NULL
USERTYPE	smallint	NULL

