# no-restart (EXECUTE AS is the session's own state)
# BACKUP DATABASE needs sysadmin, db_owner or db_backupoperator (262, then 3013); RESTORE of a new
# database needs CREATE DATABASE (dbcreator). (A db_backupoperator's backup: BackupRestoreTest, as a
# backup's 3014 message carries its time.)
statement ok
CREATE DATABASE bk_perm;
CREATE LOGIN bk_clerk WITH PASSWORD = 'P@ssw0rd-1';
USE bk_perm;
CREATE USER bk_clerk FOR LOGIN bk_clerk;
USE master
----
! Changed database context to 'bk_perm'.
! Changed database context to 'master'.

statement ok
EXECUTE AS LOGIN = 'bk_clerk'

statement error 262
BACKUP DATABASE bk_perm TO DISK = 'golden_perm.bak'
----
error 262: BACKUP DATABASE permission denied in database 'bk_perm'.
error 3013: BACKUP DATABASE is terminating abnormally.

statement error 262
RESTORE DATABASE bk_perm_copy FROM DISK = 'golden_perm.bak'
----
error 262: CREATE DATABASE permission denied in database 'master'.
error 3013: RESTORE DATABASE is terminating abnormally.

statement ok
REVERT
