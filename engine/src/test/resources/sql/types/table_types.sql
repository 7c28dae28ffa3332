# CREATE TYPE … AS TABLE: table variables of a table type, READONLY table-valued parameters of
# procedures (passed a table variable, or left out: an empty table), sys.table_types, and the
# errors 352, 346, 10700, 350, 206, 3732.
statement ok
CREATE TYPE dbo.order_lines AS TABLE (line int PRIMARY KEY, item nvarchar(20) NOT NULL, qty int DEFAULT 1 CHECK (qty > 0))

query TIIII
SELECT name, system_type_id, is_table_type, is_user_defined, CASE WHEN type_table_object_id > 0 THEN 1 ELSE 0 END FROM sys.table_types
----
order_lines	243	1	1	1

query TII
SELECT name, system_type_id, is_table_type FROM sys.types WHERE is_table_type = 1
----
order_lines	243	1

query TI
DECLARE @t dbo.order_lines
INSERT INTO @t (line, item) VALUES (1, N'apple'), (2, N'pear')
INSERT INTO @t VALUES (3, N'fig', 5)
SELECT item, qty FROM @t ORDER BY line
----
apple	1
pear	1
fig	5

# The type's constraints hold in each of its table variables (their generated names vary).
query I
DECLARE @t order_lines
BEGIN TRY INSERT INTO @t (line, item) VALUES (1, N'a'), (1, N'b') END TRY BEGIN CATCH SELECT ERROR_NUMBER() END CATCH
BEGIN TRY INSERT INTO @t VALUES (1, N'a', 0) END TRY BEGIN CATCH SELECT ERROR_NUMBER() END CATCH
SELECT COUNT(*) FROM @t
----
2627
547
0

statement ok
CREATE PROCEDURE dbo.total_qty @lines dbo.order_lines READONLY, @factor int = 1 AS
SELECT COUNT(*) AS n, SUM(qty) * @factor AS total FROM @lines

query II
DECLARE @t dbo.order_lines
INSERT INTO @t VALUES (1, N'a', 2), (2, N'b', 3)
EXEC dbo.total_qty @t
EXEC total_qty @lines = @t, @factor = 10
----
2	5
2	50

query IT
EXEC total_qty
----
0	NULL

# sp_executesql takes a table-valued parameter too (mssql-jdbc's form, READONLY in the list).
query II
DECLARE @t order_lines
INSERT INTO @t VALUES (1, N'a', 4), (2, N'b', 6)
EXEC sp_executesql N'SELECT COUNT(*), SUM(qty) FROM @p', N'@p dbo.order_lines READONLY', @p = @t
EXEC sp_executesql N'EXEC total_qty @P0, @P1', N'@P0 order_lines READONLY, @P1 int', @t, 2
----
2	10
2	20

statement error 10700
DECLARE @t order_lines
EXEC sp_executesql N'UPDATE @p SET qty = 2', N'@p order_lines READONLY', @t
----
error 10700: The table-valued parameter "@p" is READONLY and cannot be modified.

query TII
SELECT name, is_readonly, is_output FROM sys.parameters WHERE object_id = OBJECT_ID('total_qty') ORDER BY parameter_id
----
@lines	1	0
@factor	0	0

statement ok
CREATE PROCEDURE dbo.clear_lines @lines order_lines READONLY AS DELETE FROM @lines

statement error 10700
DECLARE @t order_lines
EXEC clear_lines @t
----
error 10700: The table-valued parameter "@lines" is READONLY and cannot be modified.

query III
DECLARE @t order_lines
BEGIN TRY EXEC clear_lines @t END TRY BEGIN CATCH SELECT ERROR_NUMBER(), ERROR_SEVERITY(), ERROR_STATE() END CATCH
----
10700	16	1

statement error 352
CREATE PROCEDURE bad1 @lines order_lines AS SELECT 1
----
error 352: The table-valued parameter "@lines" must be declared with the READONLY option.

statement error 346
CREATE PROCEDURE bad2 @n int READONLY AS SELECT 1
----
error 346: The parameter "@n" can not be declared READONLY since it is not a table-valued parameter.

statement error 350
CREATE TABLE bad3 (a int, b order_lines)
----
error 350: The column "b" does not have a valid data type. A column cannot be of a user-defined table type.

statement error 206
EXEC total_qty 5
----
error 206: Operand type clash: int is incompatible with order_lines

# Only a table variable of the parameter's very type is accepted, however alike its columns.
statement error 206
DECLARE @x TABLE (line int PRIMARY KEY, item nvarchar(20) NOT NULL, qty int)
EXEC total_qty @x
----
error 206: Operand type clash: table is incompatible with order_lines

statement ok
CREATE TYPE dbo.other_lines AS TABLE (line int)

statement error 206
DECLARE @x other_lines
EXEC total_qty @x
----
error 206: Operand type clash: other_lines is incompatible with order_lines

statement ok
DROP TYPE other_lines

statement error 2715
DECLARE @n order_lines, @m dbo.nosuch
----
error 2715: Column, parameter, or variable #2: Cannot find data type dbo.nosuch.

statement error 3732
DROP TYPE order_lines
----
error 3732: Cannot drop type 'order_lines' because it is being referenced by object 'total_qty'. There may be other objects that reference this type.

statement ok
DROP PROCEDURE total_qty
DROP PROCEDURE clear_lines
DROP TYPE order_lines

query I
SELECT COUNT(*) FROM sys.table_types
----
0

# Functions take table-valued parameters too: scalar, multi-statement and inline ones.
statement ok
CREATE TYPE dbo.amounts AS TABLE (v int)

statement ok
CREATE FUNCTION dbo.total_of (@a dbo.amounts READONLY) RETURNS int AS BEGIN RETURN (SELECT SUM(v) FROM @a) END

statement ok
CREATE FUNCTION dbo.doubled (@a amounts READONLY) RETURNS @r TABLE (v int) AS BEGIN INSERT INTO @r SELECT v * 2 FROM @a RETURN END

statement ok
CREATE FUNCTION dbo.positive (@a amounts READONLY) RETURNS TABLE AS RETURN (SELECT v FROM @a WHERE v > 0)

query III
DECLARE @a amounts
INSERT INTO @a VALUES (1), (-2), (3)
SELECT dbo.total_of(@a), (SELECT SUM(v) FROM dbo.doubled(@a)), (SELECT COUNT(*) FROM dbo.positive(@a) p)
----
2	4	2

statement error 206
SELECT dbo.total_of(5)
----
error 206: Operand type clash: int is incompatible with amounts

statement error 206
DECLARE @x TABLE (v int)
SELECT dbo.total_of(@x)
----
error 206: Operand type clash: table is incompatible with amounts

statement ok
DROP FUNCTION total_of
DROP FUNCTION doubled
DROP FUNCTION positive
DROP TYPE amounts
