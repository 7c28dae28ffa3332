# A procedure run with IMPLICIT_TRANSACTIONS ON and no transaction open: the transaction its first
# table statement opens is no 266 on return (mssql-jdbc with autocommit off calls procedures this
# way, e.g. Hibernate's createStoredProcedureQuery); the caller commits it. BEGIN TRAN left open
# inside is still 266.
# no-restart: the implicit transaction and SET IMPLICIT_TRANSACTIONS span blocks
statement ok
CREATE TABLE ipt_book (title varchar(20) NOT NULL)
INSERT INTO ipt_book VALUES ('T0'), ('T1')

statement ok
CREATE PROCEDURE ipt_count @prefix varchar(10), @n int OUTPUT AS
BEGIN
  SET NOCOUNT ON
  SELECT @n = COUNT(*) FROM ipt_book WHERE title LIKE @prefix + '%'
END

statement ok
CREATE PROCEDURE ipt_opens AS BEGIN TRAN

query II
SET IMPLICIT_TRANSACTIONS ON
DECLARE @n int
EXEC ipt_count 'T', @n OUTPUT
SELECT @n, @@TRANCOUNT
COMMIT
----
2	1

query I
SELECT @@TRANCOUNT
SET IMPLICIT_TRANSACTIONS OFF
----
0

statement error 266
SET IMPLICIT_TRANSACTIONS ON
EXEC ipt_opens
----
error 266: Transaction count after EXECUTE indicates a mismatching number of BEGIN and COMMIT statements. Previous count = 0, current count = 2.

query I
SELECT @@TRANCOUNT
ROLLBACK
SET IMPLICIT_TRANSACTIONS OFF
----
2

query I
SELECT @@TRANCOUNT
----
0

statement ok
DROP PROCEDURE ipt_count, ipt_opens
DROP TABLE ipt_book
