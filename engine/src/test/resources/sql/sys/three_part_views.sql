# A catalog view named with a database (otherdb.sys.tables, tempdb.sys.columns) lists that
# database's objects, not the current one's.
statement ok
CREATE DATABASE tpv_other

statement ok
CREATE TABLE tpv_other.dbo.only_there (a int, b nvarchar(5))

statement ok
CREATE TABLE tpv_here (z int)

query T
SELECT name FROM tpv_other.sys.tables
----
only_there

query TI
SELECT c.name, c.column_id FROM tpv_other.sys.columns c JOIN tpv_other.sys.objects o ON o.object_id = c.object_id WHERE o.name = 'only_there' ORDER BY c.column_id
----
a	1
b	2

query I
SELECT COUNT(*) FROM sys.tables WHERE name = 'only_there'
----
0

# The idiom for a temporary table's columns.
statement ok
CREATE TABLE #tpv (id int, label varchar(10))

query T
SELECT name FROM tempdb.sys.columns WHERE object_id = OBJECT_ID('tempdb..#tpv') ORDER BY column_id
----
id
label

statement error 208
SELECT name FROM no_such_db.sys.tables
