# SQL Server Agent's definitions in msdb: jobs, steps, schedules and servers, stored by the msdb
# procedures and read back from msdb.dbo.sysjobs and its sibling tables.
# no-restart: USE msdb is session state (agent/durable.sql covers restarts)

statement ok
DECLARE @id uniqueidentifier;
EXEC msdb.dbo.sp_add_job @job_name = N'nightly', @description = N'Nightly maintenance', @job_id = @id OUTPUT;
IF @id IS NULL THROW 50000, 'no job id', 1;

query TIITIIIII
SELECT name, enabled, start_step_id, description, category_id, notify_level_eventlog, delete_level, version_number,
  CASE WHEN owner_sid = SUSER_SID('sa') THEN 1 ELSE 0 END
FROM msdb.dbo.sysjobs
----
nightly	1	1	Nightly maintenance	0	2	0	1	1

# The default description, and a job added in a rolled-back transaction leaves nothing.
statement ok
BEGIN TRAN;
EXEC msdb.dbo.sp_add_job N'gone';
ROLLBACK

statement ok
EXEC msdb.dbo.sp_add_job @job_name = N'weekly', @enabled = 0

query TIT
SELECT name, enabled, description FROM msdb.dbo.sysjobs ORDER BY name
----
nightly	1	Nightly maintenance
weekly	0	No description available.

statement error 14261
EXEC msdb.dbo.sp_add_job @job_name = N'NIGHTLY'
----
error 14261: The specified @job_name ('NIGHTLY') already exists.

statement error 14266
EXEC msdb.dbo.sp_add_job @job_name = N'x', @enabled = 2
----
error 14266: The specified '@enabled' is invalid (valid values are: 0, 1).

statement error 14262
EXEC msdb.dbo.sp_add_job @job_name = N'x', @owner_login_name = N'nobody'
----
error 14262: The specified @owner_login_name ('nobody') does not exist.

statement error 201
EXEC msdb.dbo.sp_add_job @enabled = 1
----
error 201: Procedure or function 'sp_add_job' expects parameter '@job_name', which was not supplied.

# The procedures live in msdb: called from master without the database they are not found.
statement error 2812
EXEC sp_add_job @job_name = N'x'
----
error 2812: Could not find stored procedure 'sp_add_job'.

statement ok
USE msdb

statement ok
EXEC sp_update_job @job_name = N'weekly', @new_name = N'weekly-purge', @enabled = 1, @description = N'Purge'

query TIT
SELECT name, enabled, description FROM dbo.sysjobs WHERE version_number > 1
----
weekly-purge	1	Purge

statement error 14262
EXEC sp_update_job @job_name = N'weekly', @enabled = 0
----
error 14262: The specified @job_name ('weekly') does not exist.

statement error 14294
EXEC sp_update_job @enabled = 0
----
error 14294: Supply either @job_id or @job_name to identify the job.

# Steps: T-SQL only, numbered 1..n, with their actions.
statement ok
EXEC sp_add_jobstep @job_name = N'nightly', @step_name = N'backup', @command = N'PRINT ''backup''',
  @on_success_action = 3, @on_fail_action = 4, @on_fail_step_id = 3

statement ok
EXEC sp_add_jobstep @job_name = N'nightly', @step_name = N'rebuild', @subsystem = N'TSQL', @command = N'SELECT 1',
  @database_name = N'tempdb', @retry_attempts = 2, @retry_interval = 1

statement ok
EXEC sp_add_jobstep @job_name = N'nightly', @step_name = N'report', @command = N'PRINT 1', @step_id = 2

query ITTTIIIITII
SELECT step_id, step_name, subsystem, database_name, on_success_action, on_success_step_id, on_fail_action,
  on_fail_step_id, command, retry_attempts, retry_interval
FROM sysjobsteps ORDER BY step_id
----
1	backup	TSQL	master	3	0	4	4	PRINT 'backup'	0	0
2	report	TSQL	master	1	0	2	0	PRINT 1	0	0
3	rebuild	TSQL	tempdb	1	0	2	0	SELECT 1	2	1

statement error 14234
EXEC sp_add_jobstep @job_name = N'nightly', @step_name = N'shell', @subsystem = N'CmdExec', @command = N'dir'
----
error 14234: The specified '@subsystem' is invalid (valid values are returned by sp_enum_sqlagent_subsystems).

statement error 14261
EXEC sp_add_jobstep @job_name = N'nightly', @step_name = N'Backup', @command = N'SELECT 1'
----
error 14261: The specified @step_name ('Backup') already exists.

statement error 14266
EXEC sp_add_jobstep @job_name = N'nightly', @step_name = N'bad', @command = N'SELECT 1', @on_success_action = 5
----
error 14266: The specified '@on_success_action' is invalid (valid values are: 1, 2, 3, 4).

statement error 14266
EXEC sp_add_jobstep @job_name = N'nightly', @step_name = N'bad', @command = N'SELECT 1', @on_fail_action = 0
----
error 14266: The specified '@on_failure_action' is invalid (valid values are: 1, 2, 3, 4).

statement error 14235
EXEC sp_add_jobstep @job_name = N'nightly', @step_name = N'bad', @command = N'SELECT 1', @on_success_action = 4,
  @on_success_step_id = 4
----
error 14235: The specified '@on_success_step' is invalid (valid values are greater than 0 but excluding 4).

statement error 14262
EXEC sp_add_jobstep @job_name = N'nightly', @step_name = N'bad', @command = N'SELECT 1', @database_name = N'nodb'
----
error 14262: The specified @database_name ('nodb') does not exist.

statement error 14266
EXEC sp_add_jobstep @job_name = N'nightly', @step_name = N'bad', @command = N'SELECT 1', @step_id = 9
----
error 14266: The specified '@step_id' is invalid (valid values are: 1..4).

# A forward "go to step" only warns.
statement ok
EXEC sp_add_jobstep @job_name = N'weekly-purge', @step_name = N'one', @command = N'SELECT 1', @on_success_action = 4,
  @on_success_step_id = 2
----
! Warning: Non-existent step referenced by @on_success_step_id.

statement ok
EXEC sp_update_jobstep @job_name = N'nightly', @step_id = 2, @command = N'PRINT 2', @on_fail_action = 3

statement error 14262
EXEC sp_update_jobstep @job_name = N'nightly', @step_id = 7, @command = N'x'
----
error 14262: The specified @step_id ('7') does not exist.

# Deleting step 2 moves step 3 down, and the "go to step 4" (step 3 before the insert at 2) with it.
statement ok
EXEC sp_delete_jobstep @job_name = N'nightly', @step_id = 2

query ITII
SELECT step_id, step_name, on_fail_action, on_fail_step_id FROM sysjobsteps s JOIN sysjobs j ON j.job_id = s.job_id
WHERE j.name = N'nightly' ORDER BY step_id
----
1	backup	4	3
2	rebuild	2	0

# Schedules: made alone and attached, or with the job in one call.
statement ok
DECLARE @sid int;
EXEC sp_add_schedule @schedule_name = N'every night', @freq_type = 4, @freq_interval = 1, @freq_subday_type = 1,
  @active_start_date = 20260101, @active_start_time = 23000, @schedule_id = @sid OUTPUT;
EXEC sp_attach_schedule @job_name = N'nightly', @schedule_id = @sid

statement ok
EXEC sp_add_jobschedule @job_name = N'weekly-purge', @name = N'sundays', @freq_type = 8, @freq_interval = 1,
  @freq_recurrence_factor = 1, @freq_subday_type = 1, @active_start_date = 20260104, @active_start_time = 40000

query TIIIIIIIII
SELECT name, enabled, freq_type, freq_interval, freq_subday_type, freq_recurrence_factor, active_start_date,
  active_end_date, active_start_time, active_end_time
FROM sysschedules ORDER BY name
----
every night	1	4	1	1	0	20260101	99991231	23000	235959
sundays	1	8	1	1	1	20260104	99991231	40000	235959

query TT
SELECT j.name, s.name FROM sysjobschedules js JOIN sysjobs j ON j.job_id = js.job_id
JOIN sysschedules s ON s.schedule_id = js.schedule_id ORDER BY j.name
----
nightly	every night
weekly-purge	sundays

statement error 14266
EXEC sp_add_schedule @schedule_name = N'bad', @freq_type = 2
----
error 14266: The specified '@freq_type' is invalid (valid values are: 1, 4, 8, 16, 32, 64, 128).

statement error 14278
EXEC sp_add_schedule @schedule_name = N'bad', @freq_type = 4, @freq_interval = 0
----
error 14278: The schedule for this job is invalid (reason: @freq_interval must be at least 1 for a daily job.).

statement error 14278
EXEC sp_add_schedule @schedule_name = N'bad', @freq_type = 8, @freq_interval = 128, @freq_recurrence_factor = 1
----
error 14278: The schedule for this job is invalid (reason: @freq_interval must be a valid day of the week bitmask [Sunday = 1 .. Saturday = 64] for a weekly job.).

statement error 14200
EXEC sp_add_schedule @schedule_name = N'bad', @freq_type = 1, @active_start_time = 250000
----
error 14200: The specified '@active_start_time' is invalid.

statement error 14262
EXEC sp_attach_schedule @job_name = N'nightly', @schedule_name = N'no such'
----
error 14262: The specified @schedule_name ('no such') does not exist.

statement error 14373
EXEC sp_attach_schedule @job_name = N'nightly'
----
error 14373: Supply either @schedule_id or @schedule_name to identify the schedule.

statement error 14372
EXEC sp_delete_schedule @schedule_name = N'every night'
----
error 14372: The schedule was not deleted because it is being used by one or more jobs.

statement error 14374
EXEC sp_detach_schedule @job_name = N'weekly-purge', @schedule_name = N'every night'
----
error 14374: The specified schedule name "every night" is not associated with the job "weekly-purge".

statement ok
EXEC sp_detach_schedule @job_name = N'nightly', @schedule_name = N'every night'

statement ok
EXEC sp_delete_schedule @schedule_name = N'every night'

query T
SELECT name FROM sysschedules
----
sundays

# Servers: the local one, once.
statement ok
EXEC sp_add_jobserver @job_name = N'nightly'

query II
SELECT server_id, last_run_outcome FROM sysjobservers
----
0	5

statement error 14269
EXEC sp_add_jobserver @job_name = N'nightly', @server_name = N'(local)'
----
error 14269: Job 'nightly' is already targeted at server 'QUERN'.

statement error 14262
EXEC sp_add_jobserver @job_name = N'weekly-purge', @server_name = N'OTHER'
----
error 14262: The specified @server_name ('OTHER') does not exist.

# sp_start_job checks the step it is asked to start from.
statement error 14262
EXEC sp_start_job @job_name = N'nightly', @step_name = N'nope'
----
error 14262: The specified @step_name ('nope') does not exist.

# Deleting a job takes its steps, server, attachments and the schedules no other job uses.
statement ok
EXEC sp_delete_job @job_name = N'weekly-purge'

query IIII
SELECT (SELECT COUNT(*) FROM sysjobs), (SELECT COUNT(*) FROM sysjobsteps), (SELECT COUNT(*) FROM sysschedules),
  (SELECT COUNT(*) FROM sysjobschedules)
----
1	2	0	0
