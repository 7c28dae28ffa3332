# ALTER SEQUENCE … RESTART rolled back after it handed out a value: the sequence goes on from where
# it was before the restart (its values before it are not handed out again). Quern's decision; SQL
# Server does not document the case.
statement ok
CREATE SEQUENCE sr AS int START WITH 1

query III
SELECT NEXT VALUE FOR sr, NEXT VALUE FOR sr, NEXT VALUE FOR sr
----
1	2	3

query I
BEGIN TRAN
ALTER SEQUENCE sr RESTART WITH 100
SELECT NEXT VALUE FOR sr
ROLLBACK
----
100

query I
SELECT NEXT VALUE FOR sr
----
4

# Committed, the restart holds.
statement ok
ALTER SEQUENCE sr RESTART WITH 50

query I
SELECT NEXT VALUE FOR sr
----
50
