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
id	1	4	0	0	0
name	2	40	0	0	0
amount	3	9	10	2	1

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
