# DBCC CHECKALLOC reads every table file of the database's store against its checksums; CHECKCATALOG
# follows every catalog reference. On a sound database neither finds anything.
statement ok
CREATE TABLE ca_parent (id int PRIMARY KEY, name nvarchar(20))

statement ok
CREATE TABLE ca_child (id int PRIMARY KEY, parent int REFERENCES ca_parent (id), note varchar(10))

statement ok
CREATE INDEX ix_note ON ca_child (note) INCLUDE (parent)

statement ok
CREATE STATISTICS st_note ON ca_child (note, parent)

statement ok
INSERT INTO ca_parent VALUES (1, N'a'), (2, N'b')

statement ok
INSERT INTO ca_child VALUES (10, 1, 'x'), (11, 2, 'y')

statement ok
CHECKPOINT

query T
DBCC CHECKALLOC
----
! DBCC results for 'master'.
! CHECKALLOC found 0 allocation errors and 0 consistency errors in database 'master'.
! DBCC execution completed. If DBCC printed error messages, contact your system administrator.

query T
DBCC CHECKALLOC (tempdb, NOINDEX) WITH NO_INFOMSGS
----

statement error 2526
DBCC CHECKALLOC (master, REPAIR_FAST)

statement error 2520
DBCC CHECKALLOC (no_such_db)

query T
DBCC CHECKCATALOG
----
! DBCC execution completed. If DBCC printed error messages, contact your system administrator.

query T
DBCC CHECKCATALOG (0) WITH NO_INFOMSGS
----

statement error 2526
DBCC CHECKCATALOG (master, 1)

# DBCC UPDATEUSAGE: Quern's row and page counts are read from the stored rows each time, so there is
# never a count to correct; the arguments are checked.
query T
DBCC UPDATEUSAGE (0)
----
! DBCC execution completed. If DBCC printed error messages, contact your system administrator.

query T
DBCC UPDATEUSAGE (master, 'dbo.ca_child', ix_note) WITH NO_INFOMSGS, COUNT_ROWS
----

query T
DBCC UPDATEUSAGE (master, 'ca_child', 1) WITH NO_INFOMSGS
----

statement error 2501
DBCC UPDATEUSAGE (master, 'no_such_table')

statement error 2560
DBCC UPDATEUSAGE (master, 'ca_child', 'no_such_index')

statement error 2520
DBCC UPDATEUSAGE (no_such_db)
