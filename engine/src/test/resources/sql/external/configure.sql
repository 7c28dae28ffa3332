# sp_configure, RECONFIGURE and sys.configurations (ml-services.md §3.1).

query TIIII
EXEC sp_configure
----
backup checksum default	0	1	0	0
backup compression default	0	1	0	0
external scripts enabled	0	1	0	0
nested triggers	0	1	1	1
show advanced options	0	1	0	0
user options	0	32767	0	0

query TIIII
EXEC sp_configure 'external scripts enabled'
----
external scripts enabled	0	1	0	0

describe
EXEC sp_configure 'external scripts enabled'
----
name	nvarchar(35)	NOT NULL
minimum	int	NOT NULL
maximum	int	NOT NULL
config_value	int	NOT NULL
run_value	int	NOT NULL

# A unique part of a name is enough.
query TIIII
EXEC sp_configure @configname = 'external scripts'
----
external scripts enabled	0	1	0	0

# Off by default: the procedure refuses to run.
statement error 39023
EXEC sp_execute_external_script @language = N'Python', @script = N'pass'
----
error 39023: 'sp_execute_external_script' is disabled on this instance of SQL Server. Use sp_configure 'external scripts enabled' to enable it.

statement ok
EXEC sp_configure 'external scripts enabled', 1
----
! Configuration option 'external scripts enabled' changed from 0 to 1. Run the RECONFIGURE statement to install.

# Configured but not installed until RECONFIGURE.
query TIIII
EXEC sp_configure 'external scripts enabled'
----
external scripts enabled	0	1	1	0

statement error 39023
EXEC sp_execute_external_script @language = N'Python', @script = N'pass'

statement ok
RECONFIGURE WITH OVERRIDE

query TIIII
EXEC sp_configure 'external scripts enabled'
----
external scripts enabled	0	1	1	1

query TIII
SELECT name, CAST(value AS int), CAST(value_in_use AS int), CAST(is_advanced AS int) FROM sys.configurations WHERE name = 'external scripts enabled'
----
external scripts enabled	1	1	0

statement error 15129
EXEC sp_configure 'external scripts enabled', 2
----
error 15129: '2' is not a valid value for configuration option 'external scripts enabled'.

statement error 15123
EXEC sp_configure 'no such option'
----
error 15123: The configuration option 'no such option' does not exist, or it may be an advanced option.

statement error 15124
EXEC sp_configure 'e'
----
error 15124: The configuration option 'e' is not unique.

# Advanced options appear once 'show advanced options' is installed.
statement error 15123
EXEC sp_configure 'user connections'

statement ok
EXEC sp_configure 'show advanced options', 1
RECONFIGURE
----
! Configuration option 'show advanced options' changed from 0 to 1. Run the RECONFIGURE statement to install.

query TIIII
EXEC sp_configure
----
backup checksum default	0	1	0	0
backup compression default	0	1	0	0
cost threshold for parallelism	0	32767	5	5
default trace enabled	0	1	1	1
external scripts enabled	0	1	1	1
max degree of parallelism	0	32767	0	0
nested triggers	0	1	1	1
show advanced options	0	1	1	1
SMO and DMO XPs	0	1	1	1
user connections	0	32767	0	0
user options	0	32767	0	0
xp_cmdshell	0	1	0	0

statement ok
RECONFIGURE

# ADS's ML extension captures sp_configure with INSERT ... EXEC; WITH RESULT SETS renames it.
query TIIII
EXEC sp_configure 'external scripts enabled' WITH RESULT SETS ((n sysname, lo int, hi int, c int, r int))
----
external scripts enabled	0	1	1	1

describe
EXEC sp_configure 'external scripts enabled' WITH RESULT SETS ((n sysname NOT NULL, lo bigint, hi int NULL, c int, r varchar(10)))
----
n	nvarchar(128)	NOT NULL
lo	bigint	NULL
hi	int	NULL
c	int	NULL
r	varchar(10)	NULL

statement ok
EXEC sp_configure 'external scripts enabled' WITH RESULT SETS UNDEFINED

statement error 11535
EXEC sp_configure 'external scripts enabled' WITH RESULT SETS NONE
----
error 11535: EXECUTE statement failed because its WITH RESULT SETS clause specified 0 result set(s), and the statement tried to send more result sets than this.

statement error 11537
EXEC sp_configure 'external scripts enabled' WITH RESULT SETS ((a int, b int))
----
error 11537: EXECUTE statement failed because its WITH RESULT SETS clause specified 2 column(s) for result set number 1, but the statement sent 5 column(s) at run time.

statement error 11538
EXEC sp_configure 'external scripts enabled' WITH RESULT SETS ((n sysname, lo int, hi date, c int, r int))
----
error 11538: EXECUTE statement failed because its WITH RESULT SETS clause specified type 'date' for column #3 in result set #1, and the corresponding type sent at run time was 'int'; there is no conversion between the two types.

statement error 11536
EXEC sp_configure 'external scripts enabled', 1 WITH RESULT SETS ((a int))
----
! Configuration option 'external scripts enabled' changed from 1 to 1. Run the RECONFIGURE statement to install.
error 11536: EXECUTE statement failed because its WITH RESULT SETS clause specified 1 result set(s), but the statement only sent 0 result set(s) at run time.

statement error 245
EXEC sp_configure 'external scripts enabled' WITH RESULT SETS ((n int, lo int, hi int, c int, r int))

# Neither changes configuration inside a user transaction.
statement error 574
BEGIN TRAN
EXEC sp_configure 'external scripts enabled', 0
----
error 574: CONFIG statement cannot be used inside a user transaction.

statement error 574
RECONFIGURE
----
error 574: RECONFIGURE statement cannot be used inside a user transaction.

statement ok
ROLLBACK

query TIIII
EXEC sp_configure 'external scripts enabled'
----
external scripts enabled	0	1	1	1

# A static option ('user connections') waits for the next start: RECONFIGURE leaves its run value.
statement ok
EXEC sp_configure 'user connections', 50;
RECONFIGURE

query TIIII
EXEC sp_configure 'user connections'
----
user connections	0	32767	50	0

statement ok
EXEC sp_configure 'user connections', 0;
EXEC sp_configure 'max degree of parallelism', 4;
RECONFIGURE

query TI
SELECT name, CAST(value_in_use AS int) FROM sys.configurations WHERE name IN ('max degree of parallelism', 'user connections') ORDER BY name
----
max degree of parallelism	4
user connections	0

# 'nested triggers' 0: an AFTER trigger's statements fire no AFTER trigger.
statement ok
CREATE TABLE nt_a (id int);
CREATE TABLE nt_b (id int);
CREATE TABLE nt_c (id int)

statement ok
CREATE TRIGGER nt_a_ins ON nt_a AFTER INSERT AS INSERT nt_b SELECT id FROM inserted

statement ok
CREATE TRIGGER nt_b_ins ON nt_b AFTER INSERT AS INSERT nt_c SELECT id FROM inserted

statement ok
INSERT nt_a VALUES (1);
EXEC sp_configure 'nested triggers', 0;
RECONFIGURE;
INSERT nt_a VALUES (2)
----
! Configuration option 'nested triggers' changed from 1 to 0. Run the RECONFIGURE statement to install.

query III
SELECT (SELECT COUNT(*) FROM nt_a), (SELECT COUNT(*) FROM nt_b), (SELECT COUNT(*) FROM nt_c)
----
2	2	1

statement ok
EXEC sp_configure 'nested triggers', 1;
RECONFIGURE;
INSERT nt_a VALUES (3)
----
! Configuration option 'nested triggers' changed from 0 to 1. Run the RECONFIGURE statement to install.

query I
SELECT COUNT(*) FROM nt_c
----
2

# 'backup compression default' and 'backup checksum default' apply when BACKUP names neither form.
statement ok
CREATE DATABASE cfg_bk;
SELECT REPLICATE('quern ', 100) AS filler INTO cfg_bk.dbo.filler FROM GENERATE_SERIES(1, 200);
EXEC sp_configure 'backup compression default', 1;
EXEC sp_configure 'backup checksum default', 1;
RECONFIGURE
----
! Configuration option 'backup compression default' changed from 0 to 1. Run the RECONFIGURE statement to install.
! Configuration option 'backup checksum default' changed from 0 to 1. Run the RECONFIGURE statement to install.

statement ok
BACKUP DATABASE cfg_bk TO DISK = 'golden_cfg_default.bak' WITH INIT;
BACKUP DATABASE cfg_bk TO DISK = 'golden_cfg_plain.bak' WITH INIT, NO_COMPRESSION, NO_CHECKSUM

# The compressed set is the smaller one (BackupSize counts the bytes in the file).
query TI
SELECT RIGHT(f.physical_device_name, 22), s.has_backup_checksums
FROM msdb.dbo.backupset s JOIN msdb.dbo.backupmediafamily f ON f.media_set_id = s.media_set_id
WHERE s.database_name = 'cfg_bk' ORDER BY s.backup_set_id
----
golden_cfg_default.bak	1
golden_cfg_plain.bak	0

query I
SELECT CASE WHEN MIN(backup_size) = MIN(IIF(has_backup_checksums = 1, backup_size, 2E9)) AND MIN(backup_size) < MAX(backup_size) THEN 1 ELSE 0 END
FROM msdb.dbo.backupset WHERE database_name = 'cfg_bk'
----
1

statement ok
EXEC sp_configure 'backup compression default', 0;
EXEC sp_configure 'backup checksum default', 0;
EXEC sp_configure 'max degree of parallelism', 0;
RECONFIGURE;
DROP DATABASE cfg_bk
