# no-restart: blocks keep a transaction open across batches.
query I
SELECT @@TRANCOUNT
----
0

query III
BEGIN TRAN
DECLARE @a int = @@TRANCOUNT
BEGIN TRANSACTION inner_tx
DECLARE @b int = @@TRANCOUNT
COMMIT
SELECT @a, @b, @@TRANCOUNT
COMMIT TRAN
----
1	2	1

query I
SELECT @@TRANCOUNT
----
0

query I
BEGIN TRAN
BEGIN TRAN
ROLLBACK
SELECT @@TRANCOUNT
----
0

query I
BEGIN TRAN
SAVE TRAN sp1
ROLLBACK TRAN sp1
SELECT @@TRANCOUNT
ROLLBACK
----
1

statement error 6401
BEGIN TRAN
ROLLBACK TRAN nosuchsavepoint
----
error 6401: Cannot roll back nosuchsavepoint. No transaction or savepoint of that name was found.

statement ok
ROLLBACK

statement error 628
SAVE TRAN nothing_open
----
error 628: Cannot issue SAVE TRANSACTION when there is no active transaction.

# The mssql-jdbc and jTDS commit/rollback batches.
statement ok
IF @@TRANCOUNT > 0 COMMIT TRAN

statement ok
IF @@TRANCOUNT > 0 ROLLBACK TRAN

statement ok
IF @@TRANCOUNT = 0 BEGIN BEGIN TRAN IF @@TRANCOUNT = 2 COMMIT TRAN END SAVE TRAN jdbc_sp

query I
SELECT @@TRANCOUNT
----
1

statement ok
IF @@TRANCOUNT > 0 ROLLBACK TRAN jdbc_sp

statement ok
IF @@TRANCOUNT > 0 COMMIT TRAN WITH ( DELAYED_DURABILITY =  ON )

# Implicit transactions: BEGIN TRAN under IMPLICIT_TRANSACTIONS ON counts two.
query I
set implicit_transactions on 
BEGIN TRAN
SELECT @@TRANCOUNT
----
2

statement ok
set implicit_transactions off IF @@TRANCOUNT > 0 COMMIT TRAN

query I
SELECT @@TRANCOUNT
----
1

statement ok
COMMIT

query I
BEGIN TRAN
SELECT XACT_STATE()
ROLLBACK
----
1

query I
SET XACT_ABORT ON
BEGIN TRAN
BEGIN TRY
  SELECT 1 / 0
END TRY
BEGIN CATCH
  SELECT XACT_STATE()
END CATCH
ROLLBACK
SET XACT_ABORT OFF
----
-1

statement error 8134
SET XACT_ABORT ON
BEGIN TRAN
SELECT 1 / 0
PRINT 'not reached: XACT_ABORT aborts the batch'
----
error 8134: Divide by zero error encountered.

query I
SET XACT_ABORT OFF
SELECT @@TRANCOUNT
----
0

# A procedure that returns with another @@TRANCOUNT than it was called with: 266, an error of the
# EXEC statement; the batch goes on and the transaction stays as the procedure left it.
statement ok
CREATE PROCEDURE tc_opens AS BEGIN TRAN

statement ok
CREATE PROCEDURE tc_rolls_back AS ROLLBACK

statement ok
CREATE PROCEDURE tc_balanced AS BEGIN TRAN COMMIT

statement error 266
EXEC tc_opens
----
error 266: Transaction count after EXECUTE indicates a mismatching number of BEGIN and COMMIT statements. Previous count = 0, current count = 1.

query I
SELECT @@TRANCOUNT
ROLLBACK
----
1

query IT
BEGIN TRAN
BEGIN TRY
  EXEC tc_rolls_back
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER(), ERROR_MESSAGE()
END CATCH
----
266	Transaction count after EXECUTE indicates a mismatching number of BEGIN and COMMIT statements. Previous count = 1, current count = 0.

query I
EXEC tc_balanced
SELECT @@TRANCOUNT
----
0
