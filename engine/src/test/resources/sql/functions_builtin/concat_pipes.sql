# SQL Server 2025's ANSI concatenation: || and ||=.
query T
SELECT 'SQL ' || 'Server'
----
SQL Server

query TT
SELECT N'a' || 'b' || N'c', SQL_VARIANT_PROPERTY(N'a' || 'b', 'BaseType')
----
abc	nvarchar

query T
SELECT CONVERT(varchar(10), 0xFF || 0xA5, 1)
----
0xFFA5

# NULL with either operand, whatever CONCAT_NULL_YIELDS_NULL says (+ differs there).
statement ok
SET CONCAT_NULL_YIELDS_NULL OFF

query TT
SELECT 'a' || NULL, 'a' + NULL
----
NULL	a

statement ok
SET CONCAT_NULL_YIELDS_NULL ON

# Same level as + and -, left to right.
query T
SELECT 'x' || 'y' + 'z' || 'w'
----
xyzw

query I
SELECT LEN(CAST(REPLICATE('x', 8000) AS varchar(max)) || REPLICATE('y', 10))
----
8010

query T
DECLARE @v varchar(20) = 'abc'; SET @v ||= 'def'; SELECT @v
----
abcdef

query T
DECLARE @v nvarchar(20) = N'q'; SELECT @v ||= N'r' FROM (VALUES (1), (2)) AS t(n); SELECT @v
----
qrr

statement error 402
SELECT 1 || 'a'

statement error 402
SELECT CAST('<a/>' AS xml) || 'a'

statement ok
CREATE TABLE #p (a varchar(5), b varchar(5))

statement ok
INSERT #p VALUES ('x', 'y'), ('p', NULL)

query T rowsort
SELECT a || '-' || b FROM #p
----
NULL
x-y
