# sp_helpstats, sp_createstats and sp_autostats.
statement ok
CREATE DATABASE stp_db

statement ok
USE stp_db

statement ok
CREATE TABLE dbo.st_a (id int NOT NULL CONSTRAINT pk_st_a PRIMARY KEY, code varchar(10) NOT NULL, qty int NULL, doc xml NULL,
  total AS qty * 2)

statement ok
CREATE INDEX ix_st_a_code_qty ON dbo.st_a (code, qty)

statement ok
CREATE TABLE dbo.st_b (k int NOT NULL)

statement ok
CREATE STATISTICS k ON dbo.st_b (k)

statement ok
INSERT INTO dbo.st_a (id, code, qty) VALUES (1, 'a', 10), (2, 'b', 20)

statement ok
EXEC sp_helpstats 'dbo.st_a'
----
! This object does not have any statistics.

query TT
EXEC sp_helpstats 'st_a', 'ALL'
----
ix_st_a_code_qty	code, qty
pk_st_a	id

statement error 15009
EXEC sp_helpstats 'st_nothing'
----
error 15009: The object 'st_nothing' does not exist in database 'stp_db' or is invalid for this operation.

statement error 15600
EXEC sp_helpstats 'st_a', 'SOME'
----
error 15600: An invalid parameter or option was specified for procedure 'sp_helpstats'.

describe
EXEC sp_helpstats 'st_b'
----
statistics_name	nvarchar(128)	NOT NULL
statistics_keys	nvarchar(2078)	NOT NULL

# indexonly: qty, the one index column that leads no statistics.
statement ok
EXEC sp_createstats 'indexonly'
----
! Table '[dbo].[st_a]': Creating statistics for the following columns:
!      qty
! Table '[dbo].[st_b]': No columns without statistics found.
! Statistics have been created for the 1 listed columns of the above tables.

statement ok
EXEC sp_createstats @fullscan = 'fullscan', @norecompute = 'norecompute'
----
! Table '[dbo].[st_a]': No columns without statistics found.
! Table '[dbo].[st_b]': No columns without statistics found.
! Statistics have been created for the 0 listed columns of the above tables.

query TT
EXEC sp_helpstats 'st_a'
----
qty	qty

statement error 15600
EXEC sp_createstats 'yes'
----
error 15600: An invalid parameter or option was specified for procedure 'sp_createstats'.

query TT
DECLARE @r TABLE (name sysname, autostats varchar(3), updated datetime)
INSERT INTO @r EXEC sp_autostats 'st_a'
SELECT name, autostats FROM @r
----
[pk_st_a]	ON
[ix_st_a_code_qty]	ON
[qty]	ON

statement ok
EXEC sp_autostats 'st_a', 'OFF', 'ix_st_a_code_qty'

query TT
DECLARE @r TABLE (name sysname, autostats varchar(3), updated datetime)
INSERT INTO @r EXEC sp_autostats 'st_a'
SELECT name, autostats FROM @r
----
[pk_st_a]	ON
[ix_st_a_code_qty]	OFF
[qty]	ON

query T
SELECT name FROM sys.stats WHERE object_id = OBJECT_ID('st_a') AND no_recompute = 1
----
ix_st_a_code_qty

statement ok
EXEC sp_autostats 'st_a', 'off'

query I
SELECT COUNT(*) FROM sys.stats WHERE object_id = OBJECT_ID('st_a') AND no_recompute = 1
----
3

statement ok
EXEC sp_autostats @tblname = 'st_a', @flagc = 'ON'

query I
SELECT COUNT(*) FROM sys.stats WHERE object_id = OBJECT_ID('st_a') AND no_recompute = 1
----
0

query I
DECLARE @r TABLE (name sysname, autostats varchar(3), updated datetime)
INSERT INTO @r EXEC sp_autostats 'st_a', NULL, 'qty'
SELECT COUNT(*) FROM @r WHERE updated IS NOT NULL
----
1

describe
EXEC sp_autostats 'st_b'
----
Index Name	nvarchar(128)	NULL
AUTOSTATS	varchar(3)	NULL
Last Updated	datetime	NULL

statement error 15323
EXEC sp_autostats 'st_a', 'ON', 'ix_nothing'
----
error 15323: The selected index does not exist on table 'st_a'.

statement error 15600
EXEC sp_autostats 'st_a', 'MAYBE'
----
error 15600: An invalid parameter or option was specified for procedure 'sp_autostats'.

statement error 15009
EXEC sp_autostats 'st_nothing'
----
error 15009: The object 'st_nothing' does not exist in database 'stp_db' or is invalid for this operation.

statement ok
USE master

statement ok
DROP DATABASE stp_db
