# A procedure named sp_… that the current database lacks is master's dbo one, as SQL Server finds
# procedures installed once in master (sp_WhoIsActive, the First Responder Kit) from any database;
# it runs with the caller's database as its context.
statement ok
USE master

statement ok
CREATE PROCEDURE dbo.sp_where_am_i AS SELECT DB_NAME() AS db

statement ok
CREATE DATABASE msp_db

statement ok
USE msp_db

query T
EXEC sp_where_am_i
----
msp_db

query T
EXEC dbo.sp_where_am_i
----
msp_db

# Only a one-part or dbo name beginning with sp_ looks in master.
statement error 2812
EXEC other.sp_where_am_i

statement ok
CREATE PROCEDURE dbo.p_not_sp AS SELECT 1

statement ok
USE master

statement error 2812
EXEC p_not_sp

# The current database's own sp_ procedure comes first.
statement ok
USE msp_db

statement ok
CREATE PROCEDURE dbo.sp_where_am_i AS SELECT 'mine' AS db

query T
EXEC sp_where_am_i
----
mine

statement ok
USE master

statement ok
DROP DATABASE msp_db

statement ok
DROP PROCEDURE dbo.sp_where_am_i
