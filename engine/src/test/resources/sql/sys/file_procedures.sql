# The server's file system as backup scripts probe it: sys.dm_os_file_exists and xp_fileexist
# (file, directory, parent directory), xp_create_subdir and xp_delete_file. The paths are the
# server machine's and must be absolute for the procedures (22049); only sysadmin may run them
# (229). What they create and delete: FileProceduresTest, on a directory of its own.
# no-restart: EXECUTE AS is session state
query III
SELECT CAST(file_exists AS int), CAST(file_is_a_directory AS int), CAST(parent_directory_exists AS int)
FROM sys.dm_os_file_exists('/')
----
0	1	1

query III
SELECT CAST(file_exists AS int), CAST(file_is_a_directory AS int), CAST(parent_directory_exists AS int)
FROM sys.dm_os_file_exists(N'/no-such-quern-directory/no-such-file.bak')
----
0	0	0

query III
SELECT CAST(file_exists AS int), CAST(file_is_a_directory AS int), CAST(parent_directory_exists AS int)
FROM sys.dm_os_file_exists(NULL)
----
0	0	0

query III
EXEC master.dbo.xp_fileexist N'/'
----
0	1	1

query I
DECLARE @exists int = -1;
EXEC master.dbo.xp_fileexist N'/no-such-quern-directory', @exists OUTPUT;
SELECT @exists
----
0

statement error 22049
EXEC master.dbo.xp_create_subdir N'relative/dir'
----
error 22049: Error executing extended stored procedure: Invalid Parameter

statement error 22049
EXEC master.dbo.xp_delete_file 0, N'relative', N'bak', N'2020-01-01T00:00:00'
----
error 22049: Error executing extended stored procedure: Invalid Parameter

statement error 22049
EXEC master.dbo.xp_delete_file 2, N'/no-such-quern-directory', N'bak', N'2020-01-01T00:00:00'
----
error 22049: Error executing extended stored procedure: Invalid Parameter

# A folder that is not there has nothing to delete.
query I
DECLARE @rc int;
EXEC @rc = master.dbo.xp_delete_file 0, N'/no-such-quern-directory', N'bak', N'2020-01-01T00:00:00';
SELECT @rc
----
0

statement ok
CREATE LOGIN fp_clerk WITH PASSWORD = 'P@ssw0rd-1'

statement ok
EXECUTE AS LOGIN = 'fp_clerk'

statement error 229
EXEC master.dbo.xp_create_subdir N'/no-such-quern-directory'
----
error 229: The EXECUTE permission was denied on the object 'xp_create_subdir', database 'mssqlsystemresource', schema 'sys'.

statement error 229
EXEC xp_fileexist N'/'
----
error 229: The EXECUTE permission was denied on the object 'xp_fileexist', database 'mssqlsystemresource', schema 'sys'.

statement error 229
EXEC xp_fixeddrives
----
error 229: The EXECUTE permission was denied on the object 'xp_fixeddrives', database 'mssqlsystemresource', schema 'sys'.

statement error 229
EXEC xp_readerrorlog 0, 1
----
error 229: The EXECUTE permission was denied on the object 'xp_readerrorlog', database 'mssqlsystemresource', schema 'sys'.

statement ok
REVERT
