statement ok
IF 1 = 1 PRINT 'yes' ELSE PRINT 'no'
----
! yes

statement ok
IF 1 = 2 PRINT 'yes' ELSE PRINT 'no'
----
! no

statement ok
IF 1 = 2 PRINT 'not printed'
PRINT 'after'
----
! after

statement ok
IF NULL = NULL PRINT 'unknown is not true' ELSE PRINT 'else'
----
! else

statement ok
DECLARE @i int = 0
WHILE @i < 3
BEGIN
  SET @i = @i + 1
  PRINT @i
END
----
! 1
! 2
! 3

statement ok
DECLARE @i int = 0
WHILE 1 = 1
BEGIN
  SET @i += 1
  IF @i = 2 CONTINUE
  IF @i > 4 BREAK
  PRINT @i
END
PRINT 'done'
----
! 1
! 3
! 4
! done

statement ok
PRINT 'before'
RETURN
PRINT 'after'
----
! before

statement ok
BEGIN
  PRINT 'a'
  BEGIN
    PRINT 'b'
  END
END
----
! a
! b

statement ok
DECLARE @n int = 0
WHILE @n < 2
BEGIN
  DECLARE @inner int
  SET @inner = ISNULL(@inner, 0) + 1
  SET @n += 1
END
PRINT @inner
----
! 2

statement error 135
BREAK
----
error 135: Cannot use a BREAK statement outside the scope of a WHILE statement.

statement error 136
CONTINUE
----
error 136: Cannot use a CONTINUE statement outside the scope of a WHILE statement.

statement error 178
RETURN 5
----
error 178: A RETURN statement with a return value cannot be used in this context.

query I
EXEC ('SELECT 40 + 2')
----
42

statement ok
DECLARE @sql nvarchar(100) = N'PRINT ''dynamic'''
EXEC (@sql)
EXECUTE (N'PRINT ' + N'''concat''')
----
! dynamic
! concat

statement ok
WAITFOR DELAY '00:00:00.010'
PRINT 'waited'
----
! waited

statement error 148
WAITFOR DELAY 'soon'
----
error 148: Incorrect time syntax in time string 'soon' used with WAITFOR.

statement ok
DECLARE @d datetime = '00:00:00.010'
WAITFOR DELAY @d
PRINT 'waited for a datetime'
----
! waited for a datetime

statement error 148
WAITFOR TIME '25:00'
----
error 148: Incorrect time syntax in time string '25:00' used with WAITFOR.
