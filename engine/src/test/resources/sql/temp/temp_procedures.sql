# #temporary procedures live in tempdb under a name private to the session (as #tables do) and
# are found from any database; TempTablesTest covers their privacy and their drop at session end.
statement ok
CREATE PROCEDURE #double @a int AS SELECT @a * 2

query I
EXEC #double 21
----
42

query I
EXEC #double @a = 5
----
10

query I
SELECT COUNT(*) FROM tempdb.sys.procedures WHERE name LIKE '#double[_]%' AND OBJECT_ID('tempdb..#double') = object_id
----
1

statement ok
ALTER PROCEDURE #double @a int AS SELECT @a * 3

query I
EXEC #double 2
----
6

# A permanent procedure may call it (the name resolves when the call runs).
statement ok
CREATE PROCEDURE dbo.calls_temp AS EXEC #double 7

query I
EXEC dbo.calls_temp
----
21

statement error 2714
CREATE PROCEDURE #double AS SELECT 1
----
error 2714: There is already an object named '#double' in the database.

statement ok
DROP PROCEDURE #double

statement error 2812
EXEC #double 1
----
error 2812: Could not find stored procedure '#double'.

statement ok
DROP PROCEDURE dbo.calls_temp

# A ##global temporary procedure is shared under its own name.
statement ok
CREATE PROCEDURE ##shared AS SELECT 'g'

query T
EXEC ##shared
----
g

statement ok
DROP PROCEDURE ##shared
