# CREATE/DROP TABLE, TRUNCATE, and the errors SQL Server gives for them.
statement ok
CREATE TABLE t (id int PRIMARY KEY, name varchar(10) NOT NULL, note nvarchar(max) NULL)

statement error 2714
CREATE TABLE t (x int)
----
error 2714: There is already an object named 't' in the database.

statement ok
INSERT INTO t VALUES (1, 'one', NULL), (2, 'two', N'zwei')

query ITT
SELECT id, name, note FROM t ORDER BY id
----
1	one	NULL
2	two	zwei

statement ok
TRUNCATE TABLE t

query I
SELECT COUNT(*) FROM t
----
0

statement ok
DROP TABLE t

statement error 208
SELECT * FROM t
----
error 208: Invalid object name 't'.

statement error 3701
DROP TABLE t
----
error 3701: Cannot drop the table 't', because it does not exist or you do not have permission.

statement ok
DROP TABLE IF EXISTS t

query I
CREATE TABLE dbo.later (a int)
INSERT dbo.later (a) VALUES (7)
SELECT a FROM master.dbo.later
DROP TABLE later
----
7

statement error 2715
CREATE TABLE bad (a nosuchtype)
----
error 2715: Column, parameter, or variable #1: Cannot find data type nosuchtype.

statement error 2705
CREATE TABLE dup (a int, A int)
----
error 2705: Column names in each table must be unique. Column name 'A' in table 'dup' is specified more than once.

statement error 8111
CREATE TABLE nk (a int NULL PRIMARY KEY)
----
error 8111: Cannot define PRIMARY KEY constraint on nullable column in table 'nk'.

