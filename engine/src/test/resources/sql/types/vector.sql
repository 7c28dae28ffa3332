# SQL Server 2025's vector(n) type: float32 elements, read from JSON text and written back as
# SQL Server writes it (%.7e with a three-digit exponent), stored in SQL Server's binary layout.
# GoldenSqlRestartTest reruns this folder restarting the engine before every block.
statement ok
CREATE TABLE dbo.vectors (id int PRIMARY KEY, v vector(3) NOT NULL, w vector(2, float32) NULL)

statement ok
INSERT INTO dbo.vectors (id, v, w) VALUES (1, '[0.1, 2, 30]', '[1,2]'), (2, '[-100.2, 0.123, 9.876]', NULL), (3, N' [ 1 ,	2 , 3 ] ', '[0,-0]')

query ITT
SELECT id, v, w FROM dbo.vectors ORDER BY id
----
1	[1.0000000e-001,2.0000000e+000,3.0000000e+001]	[1.0000000e+000,2.0000000e+000]
2	[-1.0020000e+002,1.2300000e-001,9.8760004e+000]	NULL
3	[1.0000000e+000,2.0000000e+000,3.0000000e+000]	[0.0000000e+000,0.0000000e+000]

query II
SELECT DATALENGTH(v), DATALENGTH(w) FROM dbo.vectors WHERE id = 1
----
20	16

statement ok
UPDATE dbo.vectors SET w = '[5e-1, 1.5E+3]' WHERE id = 2

query T
SELECT CAST(w AS varchar(max)) FROM dbo.vectors WHERE id = 2
----
[5.0000000e-001,1.5000000e+003]

query I
SELECT COUNT(*) FROM dbo.vectors WHERE w IS NULL
----
0

query T
DECLARE @v vector(2) = '[0.3, 16777217]'
SELECT @v
----
[3.0000001e-001,1.6777216e+007]

query TTT
SELECT CAST(CAST('[1e-40, 1e-45]' AS vector(2)) AS nvarchar(100)), CONVERT(varchar(40), CAST('[3.4028235e38, -3.4028235e38]' AS vector(2))), CAST(CAST('[1,2]' AS vector(2)) AS char(35))
----
[9.9999461e-041,1.4012985e-045]	[3.4028235e+038,-3.4028235e+038]	[1.0000000e+000,2.0000000e+000]    

query T
DECLARE @v vector(2) = '[1,2]'
DECLARE @s varchar(100) = @v
SELECT @s
----
[1.0000000e+000,2.0000000e+000]

# Text that is no vector: SQL Server's 13670 reasons and states, 13609 for text that is no JSON
# (the position counts from 0; the end of the text shows as '.'), 42241 beyond float32, 42204 for
# a count that is not the declared one.
statement error 13670
SELECT CAST(N'1, 2' AS vector(2))

statement error 13670
SELECT CAST('[[1],2]' AS vector(2))

statement error 13670
SELECT CAST('[1,null' AS vector(2))

statement error 13670
SELECT CAST('[1, "a"]' AS vector(2))

statement error 13670
SELECT CAST('[]' AS vector(2))

statement error 13670
SELECT CAST('[true,2]' AS vector(2))

statement error 13670
SELECT CAST('{"a":1}' AS vector(2))

statement error 13609
SELECT CAST('[1,2] x' AS vector(2))

statement error 13609
SELECT CAST('[01, 2]' AS vector(2))

statement error 13609
SELECT CAST('[1,2' AS vector(2))

statement error 42241
SELECT CAST('[1e39, 1]' AS vector(2))

statement error 42204
SELECT CAST('[1,2,3]' AS vector(2))

query T
SELECT CAST(CAST('[1e-50, 1e-400]' AS vector(2)) AS varchar(100))
----
[0.0000000e+000,0.0000000e+000]

query T
SELECT TRY_CAST('[1,x]' AS vector(2))
----
NULL

query T
SELECT TRY_CONVERT(vector(2), '[1,2,3]')
----
NULL

# The type's facets: float32 is the only base type (float16 is SQL Server's preview feature), at
# most 1998 dimensions; without dimensions it is no type.
statement error 195
DECLARE @v vector(3, float16)

statement error 2717
DECLARE @v vector(1999)

statement error 2715
DECLARE @v vector

statement error 243
SELECT CAST('[1]' AS vector)

statement error 2715
DECLARE @v vector(max)

# Conversions: only the strings, both ways; a vector's text is never cut (42211); vector to vector
# only between equal dimensions (42204).
statement error 529
SELECT CAST(1 AS vector(1))

statement error 529
DECLARE @v vector(1) = '[1]'
SELECT CAST(@v AS int)

statement error 529
DECLARE @v vector(1) = '[1]'
SELECT CAST(@v AS varbinary(100))

statement error 529
DECLARE @v vector(1) = '[1]'
SELECT CAST(@v AS sql_variant)

statement error 529
SELECT CAST(0x01 AS vector(2))

statement error 42211
DECLARE @v vector(2) = '[1,2]'
SELECT CAST(@v AS varchar)

statement error 42211
DECLARE @v vector(2) = '[1,2]'
DECLARE @s varchar(20) = @v

statement error 42204
DECLARE @v vector(2) = '[1,2]'
SELECT CAST(@v AS vector(3))

statement error 206
CREATE TABLE dbo.vt2 (v vector(2))
INSERT dbo.vt2 VALUES (1)

query T
DECLARE @v vector(2) = '[1,2]'
SELECT CAST(ISNULL(CAST(NULL AS vector(2)), @v) AS varchar(50))
----
[1.0000000e+000,2.0000000e+000]

# A vector is not comparable: only IS NULL looks at it.
statement ok
CREATE TABLE dbo.vc (id int, v vector(2))

statement error 8117
SELECT 1 FROM dbo.vc WHERE v = v

statement error 8117
SELECT 1 FROM dbo.vc WHERE v = NULL

statement error 8117
SELECT 1 FROM dbo.vc WHERE v <> '[1,2]'

statement error 402
SELECT 1 FROM dbo.vc WHERE 1 = v

statement error 8117
SELECT v + v FROM dbo.vc

statement error 42213
SELECT v FROM dbo.vc GROUP BY v

statement error 42213
SELECT v FROM dbo.vc ORDER BY v

statement error 42213
SELECT ROW_NUMBER() OVER (PARTITION BY v ORDER BY (SELECT 1)) FROM dbo.vc

statement error 421
SELECT DISTINCT v FROM dbo.vc

statement error 5335
SELECT v FROM dbo.vc UNION SELECT v FROM dbo.vc

statement error 8117
SELECT MIN(v) FROM dbo.vc

statement error 8117
SELECT 1 FROM dbo.vc WHERE v IN (SELECT v FROM dbo.vc)

statement ok
INSERT dbo.vc VALUES (1, '[1,2]'), (2, NULL)

query I
SELECT COUNT(v) FROM dbo.vc WHERE v IS NOT NULL
----
1

query T
SELECT v FROM dbo.vc UNION ALL SELECT v FROM dbo.vc WHERE id = 1
----
[1.0000000e+000,2.0000000e+000]
NULL
[1.0000000e+000,2.0000000e+000]

# No key, index, CHECK or DEFAULT takes a vector; an included column may.
statement error 1919
CREATE TABLE dbo.vk (v vector(2) PRIMARY KEY)

statement error 1919
CREATE TABLE dbo.vk (id int, v vector(3), UNIQUE (id, v))

statement error 1760
CREATE TABLE dbo.vk (v vector(2) CHECK (VECTORPROPERTY(v, 'Dimensions') = 2))

statement error 1752
CREATE TABLE dbo.vk (id int, v vector(2) DEFAULT NULL)

statement ok
CREATE TABLE dbo.vk (id int, v vector(2))

statement error 1978
CREATE INDEX ix ON dbo.vk (v)

statement ok
CREATE INDEX ix ON dbo.vk (id) INCLUDE (v)

statement error 1760
ALTER TABLE dbo.vk ADD CONSTRAINT ck CHECK (v IS NOT NULL)

statement error 1752
ALTER TABLE dbo.vk ADD CONSTRAINT d DEFAULT '[1,2]' FOR v

statement error 42212
CREATE TYPE dbo.vt FROM vector(3)

# The catalog views show the type as SQL Server 2025 does: varbinary's system_type_id, user_type_id
# 255, max_length in bytes (8 + 4 per dimension).
query IIIIIII
SELECT system_type_id, user_type_id, max_length, precision, scale, CAST(is_nullable AS int), schema_id FROM sys.types WHERE name = 'vector'
----
165	255	8000	0	0	1	4

query TIIIIIT
SELECT c.name, c.system_type_id, c.user_type_id, c.max_length, c.vector_dimensions, c.vector_base_type, c.vector_base_type_desc FROM sys.columns c WHERE c.object_id = OBJECT_ID('dbo.vk') AND c.name = 'v'
----
v	165	255	16	2	0	float32

query I
SELECT COUNT(*) FROM sys.columns WHERE object_id = OBJECT_ID('dbo.vk') AND vector_dimensions IS NULL AND vector_base_type IS NULL AND vector_base_type_desc IS NULL
----
1

query TT
SELECT TYPE_NAME(255), TYPE_NAME(165)
----
vector	varbinary

query TI
SELECT DATA_TYPE, CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'vk' AND COLUMN_NAME = 'v'
----
vector	16

query I
SELECT COL_LENGTH('dbo.vk', 'v')
----
16

# Temp tables, table variables and SELECT INTO keep the type.
statement ok
DECLARE @tv TABLE (v vector(2))
INSERT @tv VALUES ('[1,2]')
SELECT v INTO dbo.vcopy FROM @tv

query TT
SELECT CAST(v AS varchar(50)), TYPE_NAME(c.user_type_id) FROM dbo.vcopy CROSS JOIN sys.columns c WHERE c.object_id = OBJECT_ID('dbo.vcopy')
----
[1.0000000e+000,2.0000000e+000]	vector

# ALTER COLUMN between text and vector converts the rows; between dimensions it is 42204.
statement ok
CREATE TABLE dbo.va (v varchar(max))
INSERT dbo.va VALUES ('[1,2]')
ALTER TABLE dbo.va ALTER COLUMN v vector(2)

query I
SELECT DATALENGTH(v) FROM dbo.va
----
16

statement error 42204
ALTER TABLE dbo.va ALTER COLUMN v vector(3)

statement ok
ALTER TABLE dbo.va ALTER COLUMN v nvarchar(max)

query T
SELECT v FROM dbo.va
----
[1.0000000e+000,2.0000000e+000]

statement error 42204
CREATE TABLE dbo.vs (v vector(3))
INSERT dbo.vs SELECT v FROM dbo.vcopy
