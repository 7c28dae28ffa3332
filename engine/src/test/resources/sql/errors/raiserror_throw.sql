statement error 50000
RAISERROR('plain', 16, 1)
----
error 50000: plain

statement ok
RAISERROR('informational %s', 10, 1, 'text')
----
! informational text

statement ok
RAISERROR('with nowait', 0, 1) WITH NOWAIT
----
! with nowait

statement error 50000
RAISERROR('%d|%5d|%-5d|%05d|%x|%X|%o|%s|%.2s|%%|%u', 16, 1, 42, 42, 42, 42, 255, 255, 8, 'str', 'abc', 7)
----
error 50000: 42|   42|42   |00042|ff|FF|10|str|ab|%|7

# RAISERROR is statement-level: the batch goes on.
statement error 50000
RAISERROR('first', 16, 1)
PRINT 'continues'
----
error 50000: first
! continues

# THROW ends the batch.
statement error 50001
THROW 50001, 'stop here', 1
PRINT 'not reached'
----
error 50001: stop here

statement error 35100
THROW 1, 'too small', 1
----
error 35100: Error number 1 in the THROW statement is outside the valid range. Specify an error number in the valid range of 50000 to 2147483647.

statement error 2754
RAISERROR('sev 20', 20, 1)
----
error 2754: Error severity levels greater than 18 can only be specified by members of the sysadmin role, using the WITH LOG option.

statement error 2732
RAISERROR(1, 16, 1)
----
error 2732: Error number 1 is invalid. The number must be from 13000 through 2147483647.

statement error 50000
RAISERROR('x', 16, 1)
SELECT @@ERROR
----
error 50000: x
50000

query I
SELECT 1
SELECT @@ERROR
----
1
0
