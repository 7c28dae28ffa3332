# Scalar user-defined functions: CREATE [OR ALTER] / ALTER / DROP FUNCTION, called as schema.name(…)
# in select lists, WHERE, variable defaults and other functions; DEFAULT arguments, the RETURNS
# type, RETURNS NULL ON NULL INPUT, the body rules SQL Server checks when a function is created.

statement ok
CREATE TABLE fn_t (id int PRIMARY KEY, price decimal(10, 2), qty int)

statement ok
INSERT fn_t VALUES (1, 2.50, 4), (2, 10.00, 1), (3, 1.25, NULL)

statement ok
CREATE FUNCTION dbo.fn_total (@price decimal(10, 2), @qty int = 1)
RETURNS decimal(12, 2)
AS
BEGIN
  DECLARE @q int = ISNULL(@qty, 0);
  RETURN @price * @q;
END

query IR
SELECT id, dbo.fn_total(price, qty) FROM fn_t ORDER BY id
----
1	10.00
2	10.00
3	0.00

query I
SELECT id FROM fn_t WHERE dbo.fn_total(price, qty) >= 10 ORDER BY id
----
1
2

query R
SELECT dbo.fn_total(3, DEFAULT)
----
3.00

describe
SELECT dbo.fn_total(1, 2) AS t
----
t	decimal(12,2)	NULL

query R
DECLARE @v decimal(12, 2) = dbo.fn_total(2, 3); SELECT @v
----
6.00

statement error 313
SELECT dbo.fn_total(1)
----
error 313: An insufficient number of arguments were supplied for the procedure or function dbo.fn_total.

statement error 8144
SELECT dbo.fn_total(1, 2, 3)
----
error 8144: Procedure or function dbo.fn_total has too many arguments specified.

statement error 195
SELECT fn_total(1, 2)
----
error 195: 'fn_total' is not a recognized built-in function name.

statement error 4121
SELECT dbo.fn_nothing(1)
----
error 4121: Cannot find either column "dbo" or the user-defined function or aggregate "dbo.fn_nothing", or the name is ambiguous.

# The value is converted to the RETURNS type; loops, IF and SELECT assignments run in the body.
statement ok
CREATE OR ALTER FUNCTION dbo.fn_fact (@n int) RETURNS bigint WITH SCHEMABINDING AS
BEGIN
  DECLARE @r bigint = 1, @i int = 2;
  WHILE @i <= @n
  BEGIN
    SET @r = @r * @i;
    SET @i += 1;
  END
  IF @n < 0
    RETURN NULL;
  RETURN @r;
END

query II
SELECT dbo.fn_fact(5), dbo.fn_fact(20)
----
120	2432902008176640000

query I
SELECT COUNT(*) WHERE dbo.fn_fact(-1) IS NULL
----
1

statement ok
CREATE FUNCTION dbo.fn_max_qty () RETURNS int AS
BEGIN
  DECLARE @m int;
  SELECT @m = MAX(qty) FROM fn_t WHERE qty IS NOT NULL;
  RETURN @m;
END

query I
SELECT dbo.fn_max_qty()
----
4

# Quoted and three-part names; an error in the body names the function and the body's line.
query II
SELECT [dbo].[fn_fact](3), master.dbo.fn_fact(4)
----
6	24

statement ok
CREATE FUNCTION dbo.fn_lines (@x int) RETURNS int AS
BEGIN
  DECLARE @y int = 0;
  SET @y = 10 / @x;
  RETURN @y;
END

query ITI
BEGIN TRY SELECT dbo.fn_lines(0) END TRY BEGIN CATCH SELECT ERROR_NUMBER(), ERROR_PROCEDURE(), ERROR_LINE() END CATCH
----
8134	fn_lines	4

query T
SELECT dbo.fn_max_qty() + dbo.fn_fact(3)
----
10

statement ok
CREATE FUNCTION dbo.fn_label (@id int) RETURNS varchar(5) AS
BEGIN
  RETURN 'item-' + CAST(@id AS varchar(10));
END

query T
SELECT dbo.fn_label(12)
----
item-

# A function calling another; recursion stops at SQL Server's nesting limit.
statement ok
CREATE FUNCTION dbo.fn_double_fact (@n int) RETURNS bigint AS BEGIN RETURN 2 * dbo.fn_fact(@n) END

query I
SELECT dbo.fn_double_fact(4)
----
48

statement ok
CREATE FUNCTION dbo.fn_down (@n int) RETURNS int AS
BEGIN
  IF @n <= 0 RETURN 0;
  RETURN 1 + dbo.fn_down(@n - 1);
END

query I
SELECT dbo.fn_down(10)
----
10

statement error 217
SELECT dbo.fn_down(40)
----
error 217: Maximum stored procedure, function, trigger, or view nesting level exceeded (limit 32).

# An error inside the body ends the calling statement, reported with the function's name.
statement ok
CREATE FUNCTION dbo.fn_div (@a int, @b int) RETURNS int AS BEGIN RETURN @a / @b END

statement error 8134
SELECT dbo.fn_div(1, 0)
----
error 8134: Divide by zero error encountered.

query I
SELECT dbo.fn_div(9, 3)
----
3

# RETURNS NULL ON NULL INPUT: the body does not run for a NULL argument.
statement ok
CREATE FUNCTION dbo.fn_strict (@a int) RETURNS int WITH RETURNS NULL ON NULL INPUT AS BEGIN RETURN ISNULL(@a, 42) END

statement ok
CREATE FUNCTION dbo.fn_lax (@a int) RETURNS int WITH CALLED ON NULL INPUT AS BEGIN RETURN ISNULL(@a, 42) END

query II
SELECT ISNULL(dbo.fn_strict(NULL), -1), dbo.fn_lax(NULL)
----
-1	42

# ALTER FUNCTION replaces the body; a plan kept from before runs the new one.
query I
SELECT dbo.fn_div(8, 2)
----
4

statement ok
ALTER FUNCTION dbo.fn_div (@a int, @b int) RETURNS int AS BEGIN RETURN @a % @b END

query I
SELECT dbo.fn_div(8, 2)
----
0

statement error 2714
CREATE FUNCTION dbo.fn_div (@a int) RETURNS int AS BEGIN RETURN 1 END
----
error 2714: There is already an object named 'fn_div' in the database.

statement error 2010
ALTER FUNCTION dbo.fn_div (@a int) RETURNS TABLE AS RETURN (SELECT @a AS a)
----
error 2010: Cannot perform alter on 'fn_div' because it is an incompatible object type.

statement error 208
ALTER FUNCTION dbo.fn_missing (@a int) RETURNS int AS BEGIN RETURN 1 END
----
error 208: Invalid object name 'fn_missing'.

# What SQL Server refuses in a function's body when it is created.
statement error 455
CREATE FUNCTION dbo.fn_bad (@x int) RETURNS int AS BEGIN SET @x = 1 END
----
error 455: The last statement included within a function must be a return statement.

statement error 455
CREATE FUNCTION dbo.fn_bad (@x int) RETURNS int AS BEGIN IF @x = 1 RETURN 1 ELSE RETURN 2 END
----
error 455: The last statement included within a function must be a return statement.

statement error 1075
CREATE FUNCTION dbo.fn_bad (@x int) RETURNS int AS BEGIN IF @x = 1 RETURN; RETURN 1 END
----
error 1075: RETURN statements in scalar valued functions must include an argument.

statement error 443
CREATE FUNCTION dbo.fn_bad (@x int) RETURNS int AS BEGIN INSERT fn_t VALUES (9, 1, 1); RETURN 1 END
----
error 443: Invalid use of a side-effecting operator 'INSERT' within a function.

statement error 443
CREATE FUNCTION dbo.fn_bad (@x int) RETURNS int AS BEGIN PRINT 'x'; RETURN 1 END
----
error 443: Invalid use of a side-effecting operator 'PRINT' within a function.

statement error 443
CREATE FUNCTION dbo.fn_bad (@x int) RETURNS int AS BEGIN BEGIN TRAN; RETURN 1 END
----
error 443: Invalid use of a side-effecting operator 'BEGIN TRANSACTION' within a function.

statement error 443
CREATE FUNCTION dbo.fn_bad (@x int) RETURNS int AS BEGIN SET NOCOUNT ON; RETURN 1 END
----
error 443: Invalid use of a side-effecting operator 'SET OPTION ON' within a function.

statement error 443
CREATE FUNCTION dbo.fn_bad (@x int) RETURNS int AS BEGIN DECLARE @g uniqueidentifier = NEWID(); RETURN 1 END
----
error 443: Invalid use of a side-effecting operator 'newid' within a function.

statement error 443
CREATE FUNCTION dbo.fn_bad () RETURNS float AS BEGIN RETURN rand() END
----
error 443: Invalid use of a side-effecting operator 'rand' within a function.

statement error 444
CREATE FUNCTION dbo.fn_bad (@x int) RETURNS int AS BEGIN SELECT id FROM fn_t; RETURN 1 END
----
error 444: Select statements included within a function cannot return data to a client.

statement error 111
SELECT 1; CREATE FUNCTION dbo.fn_bad () RETURNS int AS BEGIN RETURN 1 END
----
error 111: 'CREATE FUNCTION' must be the first statement in a query batch.

statement error 487
CREATE FUNCTION dbo.fn_bad () RETURNS TABLE WITH RETURNS NULL ON NULL INPUT AS RETURN (SELECT 1 AS a)
----
error 487: An invalid option was specified for the statement "CREATE/ALTER FUNCTION".

query I
SELECT COUNT(*) FROM sys.objects WHERE name = 'fn_bad'
----
0

# A function may EXEC another function, not a procedure (557 when the call runs).
statement ok
CREATE PROCEDURE fn_proc AS SELECT 1

statement ok
CREATE FUNCTION dbo.fn_calls_proc () RETURNS int AS BEGIN EXEC fn_proc; RETURN 1 END

statement error 557
SELECT dbo.fn_calls_proc()
----
error 557: Only functions and some extended stored procedures can be executed from within a function.

statement ok
CREATE FUNCTION dbo.fn_calls_fn (@n int) RETURNS bigint AS BEGIN DECLARE @r bigint; EXEC @r = dbo.fn_fact @n; RETURN @r END

query I
SELECT dbo.fn_calls_fn(5)
----
120

# A table variable of the function's own may be written.
statement ok
CREATE FUNCTION dbo.fn_sum_to (@n int) RETURNS int AS
BEGIN
  DECLARE @t TABLE (v int);
  DECLARE @i int = 1;
  WHILE @i <= @n BEGIN INSERT @t VALUES (@i); SET @i += 1; END
  RETURN (SELECT SUM(v) FROM @t);
END

query I
SELECT dbo.fn_sum_to(4)
----
10

statement ok
DROP FUNCTION dbo.fn_div, dbo.fn_strict

statement ok
DROP FUNCTION IF EXISTS dbo.fn_div

statement error 3701
DROP FUNCTION dbo.fn_div
----
error 3701: Cannot drop the function 'dbo.fn_div', because it does not exist or you do not have permission.

statement error 4121
SELECT dbo.fn_div(1, 1)
----
error 4121: Cannot find either column "dbo" or the user-defined function or aggregate "dbo.fn_div", or the name is ambiguous.
