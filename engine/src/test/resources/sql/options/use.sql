statement ok
USE tempdb
----
! Changed database context to 'tempdb'.

query T
SELECT DB_NAME()
----
tempdb

statement ok
use [master]
----
! Changed database context to 'master'.

statement error 911
USE nosuchdb
----
error 911: Database 'nosuchdb' does not exist. Make sure that the name is entered correctly.
