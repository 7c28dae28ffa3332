statement ok
DECLARE @i int = 0
again:
SET @i = @i + 1
IF @i < 3 GOTO again
PRINT @i
----
! 3

statement ok
GOTO skip
PRINT 'skipped'
skip:;
PRINT 'after the label'
----
! after the label

statement ok
DECLARE @n int = 0
top_of_block:;
BEGIN
  SET @n += 1
  IF @n < 4
  BEGIN;
    GOTO top_of_block;
  END;
END;
PRINT @n
----
! 4

statement ok
DECLARE @i int = 0
WHILE 1 = 1
BEGIN
  SET @i += 1
  IF @i = 5 GOTO done
END
PRINT 'not reached'
done:
PRINT @i
----
! 5

statement ok
BEGIN TRY
  GOTO out_of_try
  PRINT 'not reached'
END TRY
BEGIN CATCH
  PRINT 'no error'
END CATCH
out_of_try:
PRINT 'left the TRY block'
----
! left the TRY block

statement ok
DECLARE @i int = 0
Loop_Label:
SET @i += 1
IF @i < 2 GOTO LOOP_LABEL
PRINT @i
----
! 2

statement error 133
PRINT 'never runs'
GOTO nowhere
----
error 133: A GOTO statement references the label 'nowhere' but the label has not been declared.

statement error 132
dup:
PRINT 'x'
dup:
----
error 132: The label 'dup' has already been declared. Label names must be unique within a query batch or stored procedure.

statement ok
CREATE PROCEDURE goto_proc @n int AS
BEGIN
  DECLARE @total int = 0
  more:
  SET @total += @n
  SET @n -= 1
  IF @n > 0 GOTO more
  SELECT @total AS total
END

query I
EXEC goto_proc 4
----
10

query I
EXEC ('DECLARE @x int = 1; l1:; SET @x = @x * 2; IF @x < 100 GOTO l1; SELECT @x')
----
128

statement ok
DROP PROCEDURE goto_proc
