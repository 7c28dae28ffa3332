# IDENTITY columns, SCOPE_IDENTITY, @@IDENTITY, IDENT_CURRENT and error 544.
statement ok
CREATE TABLE ids (id int IDENTITY(10, 5) PRIMARY KEY, v varchar(10))

query III
INSERT INTO ids (v) VALUES ('a'), ('b')
SELECT SCOPE_IDENTITY(), @@IDENTITY, @@ROWCOUNT
----
15	15	2

query IT
SELECT id, v FROM ids ORDER BY id
----
10	a
15	b

statement error 544
INSERT INTO ids (id, v) VALUES (1, 'c')
----
error 544: Cannot insert explicit value for identity column in table 'dbo.ids' when IDENTITY_INSERT is set to OFF.

statement error 8102
UPDATE ids SET id = 3
----
error 8102: Cannot update identity column 'id'.

# A rolled-back insert still uses up its identity value, as in SQL Server.
query I
BEGIN TRAN
INSERT INTO ids (v) VALUES ('c')
ROLLBACK
INSERT INTO ids (v) VALUES ('d')
SELECT MAX(id) FROM ids
----
25

query I
TRUNCATE TABLE ids
INSERT INTO ids (v) VALUES ('e')
SELECT id FROM ids
----
10

statement error 8101
INSERT INTO ids VALUES (100, 'x')
----
error 8101: An explicit value for the identity column in table 'dbo.ids' can only be specified when a column list is used and IDENTITY_INSERT is ON.

query IT
SET IDENTITY_INSERT ids ON
INSERT INTO ids (id, v) VALUES (100, 'explicit')
SET IDENTITY_INSERT ids OFF
INSERT INTO ids (v) VALUES ('next')
SELECT id, v FROM ids WHERE id >= 100 ORDER BY id
----
100	explicit
105	next

statement error 8106
CREATE TABLE noident (a int)
SET IDENTITY_INSERT noident ON
----
error 8106: Table 'dbo.noident' does not have the identity property. Cannot perform SET operation.

query II
SELECT IDENT_CURRENT('ids'), IDENT_CURRENT('dbo.noident')
----
105	NULL

query III
SELECT CASE WHEN OBJECT_ID('dbo.ids') > 0 THEN 1 ELSE 0 END, OBJECT_ID('ids', 'V'), OBJECT_ID('nosuch')
----
1	NULL	NULL

query T
SELECT OBJECT_NAME(OBJECT_ID('[dbo].[ids]'))
----
ids

statement ok
IF OBJECT_ID('dbo.noident', 'U') IS NOT NULL DROP TABLE dbo.noident

query I
SELECT COUNT(*) FROM sys.tables WHERE name = 'noident'
----
0
