# DBCC CHECKIDENT: reports the current identity value and the column's largest value; RESEED moves
# the current value (the cases are ones probed against SQL Server).
statement ok
CREATE TABLE cit (id int IDENTITY(1, 1), v int)
INSERT cit (v) VALUES (1), (2), (3)

query T
DBCC CHECKIDENT ('cit', NORESEED)
----
! Checking identity information: current identity value '3', current column value '3'.
! DBCC execution completed. If DBCC printed error messages, contact your system administrator.

query T
DBCC CHECKIDENT (cit, RESEED, 10)
----
! Checking identity information: current identity value '3'.
! DBCC execution completed. If DBCC printed error messages, contact your system administrator.

query I
INSERT cit (v) VALUES (4)
SELECT id FROM cit WHERE v = 4
----
11

# WITH NO_INFOMSGS: no messages.
query T
DBCC CHECKIDENT ('dbo.cit', RESEED, 20) WITH NO_INFOMSGS
----

query II
INSERT cit (v) VALUES (5)
SELECT id, IDENT_CURRENT('cit') FROM cit WHERE v = 5
----
21	21

# On a table nothing was inserted into (or that was truncated), the next row gets the value itself.
statement ok
CREATE TABLE cit2 (id int IDENTITY(1, 1), v int)

query T
DBCC CHECKIDENT ('cit2', NORESEED)
----
! Checking identity information: current identity value 'NULL', current column value 'NULL'.
! DBCC execution completed. If DBCC printed error messages, contact your system administrator.

query II
DBCC CHECKIDENT ('cit2', RESEED, 10) WITH NO_INFOMSGS
SELECT IDENT_CURRENT('cit2'), 0
INSERT cit2 (v) VALUES (1)
SELECT id, v FROM cit2
----
10	0
10	1

query I
INSERT cit2 (v) VALUES (2)
TRUNCATE TABLE cit2
DBCC CHECKIDENT ('cit2', RESEED, 0) WITH NO_INFOMSGS
INSERT cit2 (v) VALUES (3)
SELECT id FROM cit2
----
0

# After DELETE (not TRUNCATE) the next value is the new value plus the increment.
query I
DELETE cit2
DBCC CHECKIDENT ('cit2', RESEED, 0) WITH NO_INFOMSGS
INSERT cit2 (v) VALUES (4)
SELECT id FROM cit2
----
1

# Without a value, RESEED (the default) moves a current value that lags behind the column up to it.
query I
SET IDENTITY_INSERT cit2 ON
INSERT cit2 (id, v) VALUES (50, 5)
SET IDENTITY_INSERT cit2 OFF
DBCC CHECKIDENT ('cit2', RESEED, 5) WITH NO_INFOMSGS
DBCC CHECKIDENT ('cit2') WITH NO_INFOMSGS
INSERT cit2 (v) VALUES (6)
SELECT id FROM cit2 WHERE v = 6
----
51

# A negative increment counts down: the column value is its smallest.
query T
CREATE TABLE cit3 (id int IDENTITY(-1, -1), v int)
INSERT cit3 (v) VALUES (1), (2)
DBCC CHECKIDENT ('cit3', NORESEED)
----
! Checking identity information: current identity value '-2', current column value '-2'.
! DBCC execution completed. If DBCC printed error messages, contact your system administrator.

statement error 2501
DBCC CHECKIDENT ('nosuch')
----
error 2501: Cannot find a table or object with the name "nosuch". Check the system catalog.

statement error 7997
CREATE TABLE cin (a int)
DBCC CHECKIDENT ('cin')
----
error 7997: 'cin' does not contain an identity column.

statement error 2560
CREATE TABLE cid (id tinyint IDENTITY(1, 1))
DBCC CHECKIDENT ('cid', RESEED, 300) WITH NO_INFOMSGS
----
error 2560: Parameter 3 is incorrect for this DBCC statement.

statement error 2560
DBCC CHECKIDENT ('cit', SOMETIMES)
----
error 2560: Parameter 2 is incorrect for this DBCC statement.
