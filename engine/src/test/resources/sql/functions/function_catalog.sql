# Functions in the catalog: sys.objects (FN, IF, TF), sys.sql_modules, OBJECT_DEFINITION,
# sp_helptext, OBJECTPROPERTY and OBJECT_ID with a type; names shared with the other objects.

statement ok
CREATE FUNCTION dbo.cat_fn (@a int) RETURNS int AS BEGIN RETURN @a + 1 END

statement ok
CREATE FUNCTION dbo.cat_if (@a int) RETURNS TABLE AS RETURN (SELECT @a AS a)

statement ok
CREATE FUNCTION dbo.cat_tf (@a int)
RETURNS @t TABLE (a int)
AS
BEGIN
  INSERT @t VALUES (@a);
  RETURN;
END

query TTT
SELECT name, type, type_desc FROM sys.objects WHERE name LIKE 'cat[_]%' ORDER BY name
----
cat_fn	FN	SQL_SCALAR_FUNCTION
cat_if	IF	SQL_INLINE_TABLE_VALUED_FUNCTION
cat_tf	TF	SQL_TABLE_VALUED_FUNCTION

query I
SELECT COUNT(*) FROM sys.procedures WHERE name LIKE 'cat[_]%'
----
0

query T
SELECT OBJECT_DEFINITION(OBJECT_ID('dbo.cat_fn'))
----
CREATE FUNCTION dbo.cat_fn (@a int) RETURNS int AS BEGIN RETURN @a + 1 END

query T
SELECT m.definition FROM sys.sql_modules m WHERE m.object_id = OBJECT_ID('cat_if')
----
CREATE FUNCTION dbo.cat_if (@a int) RETURNS TABLE AS RETURN (SELECT @a AS a)

# (each row ends with its line break, shown here as |)
query T
DECLARE @t TABLE (n int IDENTITY, line nvarchar(255)); INSERT @t (line) EXEC sp_helptext 'dbo.cat_tf'; SELECT REPLACE(line, NCHAR(10), N'|') FROM @t ORDER BY n
----
CREATE FUNCTION dbo.cat_tf (@a int)|
RETURNS @t TABLE (a int)|
AS|
BEGIN|
  INSERT @t VALUES (@a);|
  RETURN;|
END

query TIIII
SELECT name, OBJECTPROPERTY(object_id, 'IsScalarFunction'), OBJECTPROPERTY(object_id, 'IsTableFunction'),
  OBJECTPROPERTY(object_id, 'IsInlineFunction'), OBJECTPROPERTY(object_id, 'IsProcedure')
FROM sys.objects WHERE name LIKE 'cat[_]%' ORDER BY name
----
cat_fn	1	0	0	0
cat_if	0	1	1	0
cat_tf	0	1	0	0

query III
SELECT CASE WHEN OBJECT_ID('dbo.cat_fn', 'FN') IS NULL THEN 0 ELSE 1 END,
  CASE WHEN OBJECT_ID('dbo.cat_fn', 'IF') IS NULL THEN 0 ELSE 1 END,
  CASE WHEN OBJECT_ID('dbo.cat_tf', 'TF') = OBJECT_ID('cat_tf') THEN 1 ELSE 0 END
----
1	0	1

statement error 2714
CREATE FUNCTION dbo.cat_fn (@a int) RETURNS int AS BEGIN RETURN @a END
----
error 2714: There is already an object named 'cat_fn' in the database.

statement error 2714
CREATE TABLE cat_if (a int)
----
error 2714: There is already an object named 'cat_if' in the database.

statement error 2714
CREATE PROCEDURE cat_tf AS SELECT 1
----
error 2714: There is already an object named 'cat_tf' in the database.

statement error 3701
DROP FUNCTION dbo.cat_none
----
error 3701: Cannot drop the function 'dbo.cat_none', because it does not exist or you do not have permission.

statement error 3701
DROP PROCEDURE cat_fn
----
error 3701: Cannot drop the procedure 'cat_fn', because it does not exist or you do not have permission.

# DROP FUNCTION inside a transaction: a rollback brings the function back.
query I
BEGIN TRAN; DROP FUNCTION dbo.cat_fn; ROLLBACK; SELECT dbo.cat_fn(1)
----
2

query I
BEGIN TRAN; DROP FUNCTION dbo.cat_if, dbo.cat_tf; COMMIT; SELECT COUNT(*) FROM sys.objects WHERE name LIKE 'cat[_]%'
----
1

# Renamed with sp_rename, a function is called by its new name.
statement ok
EXEC sp_rename 'dbo.cat_fn', 'cat_fn2'

query I
SELECT dbo.cat_fn2(41)
----
42

# sys.parameters and INFORMATION_SCHEMA list functions too: a scalar function's result is
# parameter 0 (no name, an output; IS_RESULT YES), a table-valued one's DATA_TYPE is TABLE.
statement ok
CREATE FUNCTION dbo.meta_add (@a int, @b decimal(5, 2) = 1) RETURNS bigint AS BEGIN RETURN @a + @b END

statement ok
CREATE FUNCTION dbo.meta_rows (@n int) RETURNS TABLE AS RETURN (SELECT value FROM GENERATE_SERIES(1, @n))

query TITB
SELECT p.name, p.parameter_id, TYPE_NAME(p.system_type_id), p.is_output FROM sys.parameters AS p WHERE p.object_id = OBJECT_ID('dbo.meta_add') ORDER BY p.parameter_id
----
(empty)	0	bigint	1
@a	1	int	0
@b	2	decimal	0

query TTT
SELECT ROUTINE_NAME, ROUTINE_TYPE, DATA_TYPE FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_NAME LIKE 'meta[_]%' ORDER BY ROUTINE_NAME
----
meta_add	FUNCTION	bigint
meta_rows	FUNCTION	TABLE

query ITTT
SELECT ORDINAL_POSITION, PARAMETER_MODE, IS_RESULT, PARAMETER_NAME FROM INFORMATION_SCHEMA.PARAMETERS WHERE SPECIFIC_NAME = 'meta_add' ORDER BY ORDINAL_POSITION
----
0	OUT	YES	(empty)
1	IN	NO	@a
2	IN	NO	@b
