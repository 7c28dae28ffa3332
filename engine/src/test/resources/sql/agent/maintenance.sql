# What Ola Hallengren's job creation needs beside categories: the log directory
# (sys.dm_os_server_diagnostics_log_configurations), job step output files, and msdb's history
# clean-up procedures sp_purge_jobhistory and sp_delete_backuphistory.
# no-restart: EXECUTE AS LOGIN is session state

# One row: the server's log directory (log/ under the data directory), with its trailing separator.
query ITII
SELECT is_enabled, CASE WHEN path LIKE '%/log/' THEN 'log/' ELSE path END, max_size, max_files
FROM sys.dm_os_server_diagnostics_log_configurations
----
1	log/	100	10

# Ola strips the separator, then builds a file name with the agent's tokens.
statement ok
DECLARE @dir nvarchar(max);
SELECT @dir = [path] FROM sys.dm_os_server_diagnostics_log_configurations;
IF RIGHT(@dir, 1) = '/' SET @dir = LEFT(@dir, LEN(@dir) - 1);
DECLARE @file nvarchar(max) = @dir + '/' + '$' + '(ESCAPE_SQUOTE(JOBNAME))_' + '$' + '(ESCAPE_SQUOTE(STEPID))_'
  + '$' + '(ESCAPE_SQUOTE(DATE))_' + '$' + '(ESCAPE_SQUOTE(TIME)).txt';
EXEC msdb.dbo.sp_add_job @job_name = N'IndexOptimize', @category_name = N'Database Maintenance';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'IndexOptimize', @step_name = N'IndexOptimize', @command = N'SELECT 1',
  @output_file_name = @file, @database_name = N'master';
EXEC msdb.dbo.sp_add_jobserver @job_name = N'IndexOptimize'

# The name is kept as given: its tokens are replaced when the step runs.
query TI
SELECT SUBSTRING(output_file_name, CHARINDEX('/log/', output_file_name) + 5, 200), CASE WHEN output_file_name LIKE '/%' THEN 1 END
FROM msdb.dbo.sysjobsteps
----
$(ESCAPE_SQUOTE(JOBNAME))_$(ESCAPE_SQUOTE(STEPID))_$(ESCAPE_SQUOTE(DATE))_$(ESCAPE_SQUOTE(TIME)).txt	1

# sp_update_jobstep changes it, '' takes it away; flag 2 appends to it.
statement ok
EXEC msdb.dbo.sp_update_jobstep @job_name = N'IndexOptimize', @step_id = 1, @output_file_name = N'io.txt', @flags = 2

query TI
SELECT output_file_name, flags FROM msdb.dbo.sysjobsteps
----
io.txt	2

statement ok
EXEC msdb.dbo.sp_update_jobstep @job_name = N'IndexOptimize', @step_id = 1, @output_file_name = N''

query T
SELECT output_file_name FROM msdb.dbo.sysjobsteps
----
NULL

# The parameter is nvarchar(200): a longer name is cut to 200 characters.
statement ok
EXEC msdb.dbo.sp_update_jobstep @job_name = N'IndexOptimize', @step_id = 1, @output_file_name = N'
  0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789
  0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789x.txt'

query I
SELECT LEN(output_file_name) FROM msdb.dbo.sysjobsteps
----
200

statement error 14266
EXEC msdb.dbo.sp_update_jobstep @job_name = N'IndexOptimize', @step_id = 1, @flags = 128
----
error 14266: The specified '@flags' is invalid (valid values are: 0..114).

statement error 14545
EXEC msdb.dbo.sp_update_jobstep @job_name = N'IndexOptimize', @step_id = 1, @flags = 24
----
error 14545: The @flags parameter is not valid for a job step of type 'TSQL'.

# Nothing to purge yet: the count is reported all the same.
statement ok
EXEC msdb.dbo.sp_purge_jobhistory @oldest_date = '2026-01-01'
----
! 0 history entries purged.

statement ok
EXEC msdb.dbo.sp_purge_jobhistory @job_name = N'IndexOptimize'
----
! 0 history entries purged.

statement error 14262
EXEC msdb.dbo.sp_purge_jobhistory @job_name = N'nope'
----
error 14262: The specified @job_name ('nope') does not exist.

# Backup history older than a date goes; newer stays.
statement ok
CREATE DATABASE bh_db

statement ok
BACKUP DATABASE bh_db TO DISK = 'bh_db.bak'

statement ok
EXEC msdb.dbo.sp_delete_backuphistory @oldest_date = '2000-01-01'

query I
SELECT COUNT(*) FROM msdb.dbo.backupset WHERE database_name = N'bh_db'
----
1

statement ok
DECLARE @d datetime = DATEADD(day, 1, GETDATE());
EXEC msdb.dbo.sp_delete_backuphistory @oldest_date = @d

query II
SELECT (SELECT COUNT(*) FROM msdb.dbo.backupset WHERE database_name = N'bh_db'),
  (SELECT COUNT(*) FROM msdb.dbo.backupmediafamily)
----
0	0

statement error 201
EXEC msdb.dbo.sp_delete_backuphistory
----
error 201: Procedure or function 'sp_delete_backuphistory' expects parameter '@oldest_date', which was not supplied.

# Only sysadmin names output files, purges every job's history, deletes backup history.
statement ok
CREATE LOGIN agent_maint WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF

statement ok
EXECUTE AS LOGIN = 'agent_maint'

statement ok
EXEC msdb.dbo.sp_add_job @job_name = N'mine'

statement error 14582
EXEC msdb.dbo.sp_add_jobstep @job_name = N'mine', @step_name = N'one', @command = N'SELECT 1', @output_file_name = N'x.txt'
----
error 14582: Only a sysadmin can specify '@output_file_name' parameter for a jobstep.

statement error 14392
EXEC msdb.dbo.sp_purge_jobhistory
----
error 14392: Only owner of a job or members of role sysadmin or SQLAgentOperatorRole can purge history of the job.

statement ok
EXEC msdb.dbo.sp_purge_jobhistory @job_name = N'mine'
----
! 0 history entries purged.

statement error 229
EXEC msdb.dbo.sp_delete_backuphistory @oldest_date = '2000-01-01'
----
error 229: The EXECUTE permission was denied on the object 'sp_delete_backuphistory', database 'msdb', schema 'dbo'.

statement ok
REVERT

statement ok
EXEC msdb.dbo.sp_delete_job @job_name = N'mine';
DROP LOGIN agent_maint
