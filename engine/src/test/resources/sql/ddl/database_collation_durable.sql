# A database's collation is stored with it: after a restart its columns, literals and variables
# still compare case-sensitively, and ALTER DATABASE … COLLATE is kept too.
statement ok
CREATE DATABASE dbd_cs COLLATE Latin1_General_CS_AS

statement ok
USE dbd_cs
CREATE TABLE names (n varchar(10) PRIMARY KEY)
INSERT names VALUES ('a'), ('A'), ('b')
----
! Changed database context to 'dbd_cs'.

query TT
SELECT name, collation_name FROM sys.databases WHERE name = 'dbd_cs'
----
dbd_cs	Latin1_General_CS_AS

query T
USE dbd_cs
SELECT n FROM names WHERE n = 'A'
----
! Changed database context to 'dbd_cs'.
A

query T
USE dbd_cs
DECLARE @x varchar(5) = 'a'
SELECT CASE WHEN @x = 'A' THEN 'equal' ELSE 'different' END
----
! Changed database context to 'dbd_cs'.
different

statement ok
ALTER DATABASE dbd_cs COLLATE Latin1_General_CI_AS

query TT
USE dbd_cs
SELECT CAST(DATABASEPROPERTYEX(DB_NAME(), 'Collation') AS varchar(40)), CASE WHEN 'a' = 'A' THEN 'equal' ELSE 'different' END
----
! Changed database context to 'dbd_cs'.
Latin1_General_CI_AS	equal

query TI
USE dbd_cs
SELECT collation_name, (SELECT COUNT(*) FROM names WHERE n = 'a') FROM sys.columns WHERE object_id = OBJECT_ID('names')
----
! Changed database context to 'dbd_cs'.
Latin1_General_CS_AS	1

statement ok
USE master
DROP DATABASE dbd_cs
----
! Changed database context to 'master'.
