# Every error the engine raises by number, with SQL Server's text.
statement error 102
SELECT 1 +
----
error 102: Incorrect syntax near '+'.

statement error 156
SELECT FROM
----
error 156: Incorrect syntax near the keyword 'FROM'.

statement error 105
SELECT 'unclosed
----
error 105: Unclosed quotation mark after the character string 'unclosed'.

statement error 113
SELECT 1 /* never closed
----
error 113: Missing end comment mark '*/'.

statement error 137
PRINT @x
----
error 137: Must declare the scalar variable "@x".

statement error 134
DECLARE @x int, @x int
----
error 134: The variable name '@x' has already been declared. Variable names must be unique within a query batch or stored procedure.

statement error 2812
EXEC no_such_proc
----
error 2812: Could not find stored procedure 'no_such_proc'.

# GO is a client-side separator: sent to the server it is a call of a procedure named GO.
statement error 2812
GO
----
error 2812: Could not find stored procedure 'GO'.

statement error 8134
SELECT 10 / 0
----
error 8134: Divide by zero error encountered.

statement error 245
SELECT CAST('abc' AS int)
----
error 245: Conversion failed when converting the varchar value 'abc' to data type int.

# 245 aborts the batch.
statement error 245
SELECT CONVERT(int, 'x')
PRINT 'not reached'
----
error 245: Conversion failed when converting the varchar value 'x' to data type int.

statement error 8114
SELECT CAST('abc' AS decimal(10, 2))
----
error 8114: Error converting data type varchar to numeric.

statement error 195
SELECT NO_SUCH_FUNCTION(1)
----
error 195: 'NO_SUCH_FUNCTION' is not a recognized built-in function name.

statement error 201
EXEC sp_prepexec
----
error 201: Procedure or function 'sp_prepexec' expects parameter '@handle', which was not supplied.

statement error 3902
COMMIT TRANSACTION
----
error 3902: The COMMIT TRANSACTION request has no corresponding BEGIN TRANSACTION.

statement error 3903
ROLLBACK TRANSACTION
----
error 3903: The ROLLBACK TRANSACTION request has no corresponding BEGIN TRANSACTION.

# 8134 is statement-level: the batch continues.
statement error 8134
SELECT 1 / 0
PRINT 'continues'
----
error 8134: Divide by zero error encountered.
! continues

query T
SELECT TRY_CAST('abc' AS int)
----
NULL

query I
SELECT TRY_CONVERT(int, '12')
----
12

statement error 4145
IF 1 PRINT 'x'
----
error 4145: An expression of non-boolean type specified in a context where a condition is expected, near '1'.

statement error 220
SELECT CAST(300 AS tinyint)
----
error 220: Arithmetic overflow error for data type tinyint, value = 300.

# Unknown tables are found at run time (deferred name resolution): earlier statements run, and
# the 208 ends the batch, as in SQL Server (DeferredNameResolutionTest: TRY and procedures).
statement error 208
PRINT 'runs first'
SELECT * FROM dbo.no_such_table
PRINT 'never runs'
----
! runs first
error 208: Invalid object name 'dbo.no_such_table'.
