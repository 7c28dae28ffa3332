# 3621 "The statement has been terminated." follows an error a data-changing statement's rows raised,
# when no TRY block catches it; not a compile error, not a SELECT's error, not a batch-aborting one.
statement ok
CREATE TABLE st (id int CONSTRAINT pk_st PRIMARY KEY, v int NOT NULL CONSTRAINT ck_st_v CHECK (v >= 0))
INSERT st VALUES (1, 10), (2, 20)

statement error 8134
UPDATE st SET v = v / 0
----
error 8134: Divide by zero error encountered.
! The statement has been terminated.

statement error 8134
SELECT v / 0 FROM st
----
error 8134: Divide by zero error encountered.

statement error 512
UPDATE st SET v = (SELECT v FROM st)
----
error 512: Subquery returned more than 1 value. This is not permitted when the subquery follows =, !=, <, <= , >, >= or when the subquery is used as an expression.
! The statement has been terminated.

statement error 207
UPDATE st SET nope = 1
----
error 207: Invalid column name 'nope'.

# The batch goes on after a statement-ending error: both messages, then the next statement's output.
statement error 2627
INSERT st VALUES (1, 5)
PRINT 'after'
----
error 2627: Violation of PRIMARY KEY constraint 'pk_st'. Cannot insert duplicate key in object 'dbo.st'. The duplicate key value is (1).
! The statement has been terminated.
! after

# Caught by TRY: nothing reaches the client but what CATCH says.
statement ok
BEGIN TRY
  DELETE st WHERE 1 / 0 = 1
END TRY
BEGIN CATCH
  PRINT ERROR_NUMBER()
END CATCH
----
! 8134

# Inside a procedure, as in a batch.
statement ok
CREATE PROCEDURE st_add @id int, @v int AS INSERT st VALUES (@id, @v)

statement error 547
EXEC st_add 3, -1
----
error 547: The INSERT statement conflicted with the CHECK constraint "ck_st_v". The conflict occurred in database "master", table "dbo.st", column 'v'.
! The statement has been terminated.

# Decided: with XACT_ABORT ON the statement is terminated too before the batch is: 3621 is sent.
statement error 2627
SET XACT_ABORT ON
BEGIN TRAN
INSERT st VALUES (3, 30)
INSERT st VALUES (1, 5)
PRINT 'not reached'
----
error 2627: Violation of PRIMARY KEY constraint 'pk_st'. Cannot insert duplicate key in object 'dbo.st'. The duplicate key value is (1).
! The statement has been terminated.

query II
SELECT @@TRANCOUNT, COUNT(*) FROM st
----
0	2

statement ok
SET XACT_ABORT OFF

query II
SELECT id, v FROM st ORDER BY id
----
1	10
2	20
