statement ok
BEGIN TRY
  SELECT 1 / 0
  PRINT 'not reached'
END TRY
BEGIN CATCH
  PRINT 'caught ' + CAST(ERROR_NUMBER() AS varchar(10)) + ': ' + ERROR_MESSAGE()
END CATCH
----
! caught 8134: Divide by zero error encountered.

query IIIT
BEGIN TRY
  RAISERROR('boom %d', 16, 3, 7)
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER(), ERROR_SEVERITY(), ERROR_STATE(), ERROR_MESSAGE()
END CATCH
----
50000	16	3	boom 7

query IT
BEGIN TRY
  THROW 51000, 'custom', 2
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER(), ERROR_MESSAGE()
END CATCH
----
51000	custom

statement error 51000
BEGIN TRY
  THROW 51000, 'rethrown', 1
END TRY
BEGIN CATCH
  PRINT 'in catch'
  THROW
END CATCH
PRINT 'not reached'
----
! in catch
error 51000: rethrown

query I
BEGIN TRY
  PRINT 'no error'
END TRY
BEGIN CATCH
  PRINT 'not run'
END CATCH
SELECT ERROR_NUMBER()
----
! no error
NULL

statement ok
BEGIN TRY
  BEGIN TRY
    SELECT CAST('x' AS int)
  END TRY
  BEGIN CATCH
    PRINT 'inner ' + CAST(ERROR_NUMBER() AS varchar(10))
    RAISERROR('from inner catch', 16, 1)
  END CATCH
END TRY
BEGIN CATCH
  PRINT 'outer: ' + ERROR_MESSAGE()
END CATCH
----
! inner 245
! outer: from inner catch

statement ok
BEGIN TRY
  EXEC ('SELECT 1 +')
END TRY
BEGIN CATCH
  PRINT 'dynamic compile error ' + CAST(ERROR_NUMBER() AS varchar(10))
END CATCH
----
! dynamic compile error 102

statement error 10704
THROW
----
error 10704: To rethrow an error, a THROW statement must be used inside a CATCH block. Insert the THROW statement inside a CATCH block, or add error parameters to the THROW statement.
