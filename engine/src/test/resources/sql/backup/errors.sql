# BACKUP and RESTORE errors: the cause first, then 3013 "... is terminating abnormally."
# (Errors that need a backup file are in BackupRestoreTest: a backup's 3014 message carries its time.)
statement ok
CREATE DATABASE bk_src

statement error 3147
BACKUP DATABASE tempdb TO DISK = 'golden_errors.bak'
----
error 3147: Backup and restore operations are not allowed on database tempdb.
error 3013: BACKUP DATABASE is terminating abnormally.

statement error 911
BACKUP DATABASE no_such_db TO DISK = 'golden_errors.bak'
----
error 911: Database 'no_such_db' does not exist. Make sure that the name is entered correctly.
error 3013: BACKUP DATABASE is terminating abnormally.

# A new database takes model's FULL recovery; master, msdb and tempdb are SIMPLE.
query TTTT
SELECT name, recovery_model_desc, DATABASEPROPERTYEX(name, 'Recovery'), log_reuse_wait_desc FROM sys.databases
WHERE name IN ('master', 'model', 'msdb', 'bk_src') ORDER BY name
----
bk_src	FULL	FULL	NOTHING
master	SIMPLE	SIMPLE	NOTHING
model	FULL	FULL	NOTHING
msdb	SIMPLE	SIMPLE	NOTHING

statement error 4212
BACKUP LOG master TO DISK = 'golden_errors.bak'
----
error 4212: Cannot back up the log of the master database. Use BACKUP DATABASE instead.
error 3013: BACKUP LOG is terminating abnormally.

statement error 4214
BACKUP LOG bk_src TO DISK = 'golden_errors.bak'
----
error 4214: BACKUP LOG cannot be performed because there is no current database backup.
error 3013: BACKUP LOG is terminating abnormally.

statement ok
ALTER DATABASE bk_src SET RECOVERY SIMPLE

query T
SELECT DATABASEPROPERTYEX('bk_src', 'Recovery')
----
SIMPLE

statement error 4208
BACKUP LOG bk_src TO DISK = 'golden_errors.bak'
----
error 4208: The statement BACKUP LOG is not allowed while the recovery model is SIMPLE. Use BACKUP DATABASE or change the recovery model using ALTER DATABASE.
error 3013: BACKUP LOG is terminating abnormally.

statement ok
ALTER DATABASE bk_src SET RECOVERY FULL

statement error 3035
BACKUP DATABASE bk_src TO DISK = 'golden_errors.bak' WITH DIFFERENTIAL
----
error 3035: Cannot perform a differential backup for database "bk_src", because a current database backup does not exist. Perform a full database backup by reissuing BACKUP DATABASE, omitting the WITH DIFFERENTIAL option.
error 3013: BACKUP DATABASE is terminating abnormally.

statement error 3021
BEGIN TRAN
BACKUP DATABASE bk_src TO DISK = 'golden_errors.bak'
----
error 3021: Cannot perform a backup or restore operation within a transaction.
error 3013: BACKUP DATABASE is terminating abnormally.

statement ok
ROLLBACK

statement error 3201
RESTORE HEADERONLY FROM DISK = 'golden_no_such_file.bak'
----
error 3201: Cannot open backup device 'golden_no_such_file.bak'. Operating system error 2(The system cannot find the file specified.).
error 3013: RESTORE HEADERONLY is terminating abnormally.

statement error 3147
RESTORE DATABASE tempdb FROM DISK = 'golden_errors.bak'
----
error 3147: Backup and restore operations are not allowed on database tempdb.
error 3013: RESTORE DATABASE is terminating abnormally.

statement error 3108
RESTORE DATABASE master FROM DISK = 'golden_errors.bak'
----
error 3108: To restore the master database, the server must be running in single-user mode. For information on starting in single-user mode, see "How to: Start an Instance of SQL Server (sqlservr.exe)" in Books Online.
error 3013: RESTORE DATABASE is terminating abnormally.

# RESTORE DATABASE … WITH RECOVERY alone recovers a RESTORING database; an online one is refused.
statement error 3148
RESTORE DATABASE bk_src WITH RECOVERY
----
error 3148: This RESTORE statement is invalid in the current context. The 'Recover Data Only' option is only defined for secondary filegroups when the database is in an online state.
error 3013: RESTORE DATABASE is terminating abnormally.

statement error 3032
RESTORE LOG bk_src FROM DISK = 'golden_errors.bak' WITH STOPATMARK = 'm1'
----
error 3032: One or more of the options (STOPATMARK) are not supported for this statement. Review the documentation for supported options.
error 3013: RESTORE LOG is terminating abnormally.

statement error 3117
RESTORE LOG bk_src FROM DISK = 'golden_errors.bak'
----
error 3117: The log or differential backup cannot be restored because no files are ready to rollforward.
error 3013: RESTORE LOG is terminating abnormally.

statement error 3032
RESTORE DATABASE bk_copy FROM DISK = 'golden_errors.bak' WITH STANDBY = 'golden_undo.dat'
----
error 3032: One or more of the options (STANDBY) are not supported for this statement. Review the documentation for supported options.
error 3013: RESTORE DATABASE is terminating abnormally.
