# DECLARE, SET and SELECT assignment.
query IT
DECLARE @a int = 5, @b nvarchar(10) = N'x'
SET @a = @a + 1
SET @b += N'y'
SELECT @a, @b
----
6	xy

query I
DECLARE @a int
SELECT @a
----
NULL

query I
DECLARE @a int, @b int
SELECT @a = 1, @b = 2
SELECT @a + @b
----
3

describe
DECLARE @v varchar(5) = 'abc'
SELECT @v AS v
----
v	varchar(5)	NULL

query T
DECLARE @v varchar(3) = 'abcdef'
SELECT @v
----
abc

query I
DECLARE @i int = 1
SET @i *= 10
SET @i -= 3
SET @i /= 7
SELECT @i
----
1

query I
DECLARE @x AS bigint = 10
SELECT @x
----
10

# Names compare case-insensitively.
query I
DECLARE @Abc int = 3
SELECT @aBC
----
3

statement error 137
SELECT @nope
----
error 137: Must declare the scalar variable "@nope".

statement error 137
DECLARE @a int = @a
----
error 137: Must declare the scalar variable "@a".

statement error 134
DECLARE @a int
DECLARE @A int
----
error 134: The variable name '@A' has already been declared. Variable names must be unique within a query batch or stored procedure.

# A compile error stops the whole batch: the PRINT before it never runs.
statement error 137
PRINT 'not printed'
SELECT @undeclared
----
error 137: Must declare the scalar variable "@undeclared".

statement error 2715
DECLARE @x notatype
----
error 2715: Column, parameter, or variable #1: Cannot find data type notatype.

statement error 141
DECLARE @a int
SELECT @a = 1, 2
----
error 141: A SELECT statement that assigns a value to a variable must not be combined with data-retrieval operations.

query I
DECLARE @a int = 1
SELECT @a = value FROM GENERATE_SERIES(1, 5)
SELECT @a
----
5

query I
DECLARE @s int = 0
SELECT @s += value FROM GENERATE_SERIES(1, 4)
SELECT @s
----
10

# Assignments in one SELECT run left to right, each seeing the ones before it.
query II
DECLARE @a int = 0, @b int
SELECT @a = 1, @b = @a + 1
SELECT @a, @b
----
1	2

query I
DECLARE @c int
SELECT @c = COUNT(*) FROM GENERATE_SERIES(1, 7)
SELECT @c
----
7

query I
DECLARE @last int
SELECT TOP (1) @last = value FROM GENERATE_SERIES(1, 9) ORDER BY value DESC
SELECT @last
----
9
