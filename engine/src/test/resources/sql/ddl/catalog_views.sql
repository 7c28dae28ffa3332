# The catalog views read the real catalog.
statement ok
CREATE TABLE cv (id int IDENTITY PRIMARY KEY, name nvarchar(20) NOT NULL, amount decimal(10,2) NULL DEFAULT 0, CONSTRAINT UQ_cv_name UNIQUE (name))

query T
SELECT name FROM sys.tables WHERE schema_id IN (SELECT schema_id FROM sys.schemas WHERE name = 'dbo')
----
cv

query TIIIII
SELECT name, column_id, max_length, [precision], scale, is_nullable FROM sys.columns ORDER BY column_id
----
id	1	4	10	0	0
name	2	40	0	0	0
amount	3	9	10	2	1

# precision and scale as SQL Server's sys.columns reports them: digits of number types, the printed
# characters and fractional digits of date/time types (as sys.types and sys.parameters do).
statement ok
CREATE TABLE cv_types (a tinyint, b bigint, c bit, d real, e float, f money, g smallmoney, h datetime, i smalldatetime, j date, k time(3), l datetime2(0), m datetime2, n datetimeoffset(2), o uniqueidentifier, p varbinary(10))

query TIII
SELECT name, max_length, [precision], scale FROM sys.columns WHERE object_id = OBJECT_ID('cv_types') ORDER BY column_id
----
a	1	3	0
b	8	19	0
c	1	1	0
d	4	24	0
e	8	53	0
f	8	19	4
g	4	10	4
h	8	23	3
i	4	16	0
j	3	10	0
k	4	12	3
l	6	19	0
m	8	27	7
n	8	29	2
o	16	0	0
p	10	0	0

query TII
SELECT name, [precision], scale FROM sys.identity_columns WHERE object_id = OBJECT_ID('cv')
----
id	10	0

statement ok
DROP TABLE cv_types

query TII
SELECT type_desc, is_unique, is_primary_key FROM sys.indexes ORDER BY index_id
----
CLUSTERED	1	1
NONCLUSTERED	1	0

query T
SELECT type_desc FROM sys.objects WHERE name = 'UQ_cv_name'
----
UNIQUE_CONSTRAINT

query I
SELECT COUNT(*) FROM sys.objects WHERE type = 'D'
----
1

query TTTT
SELECT TABLE_CATALOG, TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE FROM INFORMATION_SCHEMA.TABLES
----
master	dbo	cv	BASE TABLE

query TITTIII
SELECT COLUMN_NAME, ORDINAL_POSITION, IS_NULLABLE, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE FROM information_schema.columns ORDER BY ORDINAL_POSITION
----
id	1	NO	int	NULL	10	0
name	2	NO	nvarchar	20	NULL	NULL
amount	3	YES	decimal	NULL	10	2
