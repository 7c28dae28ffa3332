# The msdb procedures that describe jobs: sp_help_jobstep, sp_help_schedule, sp_help_jobschedule
# and sp_help_jobactivity, with SQL Server's result columns and errors.
# no-restart: the procedures' result sets are read through temp tables (session state)

statement ok
EXEC msdb.dbo.sp_add_job @job_name = N'backup';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'backup', @step_name = N'check', @command = N'DBCC CHECKDB',
  @on_success_action = 3, @retry_attempts = 2, @retry_interval = 5;
EXEC msdb.dbo.sp_add_jobstep @job_name = N'backup', @step_name = N'full', @command = N'SELECT 1',
  @database_name = N'msdb', @on_fail_action = 4, @on_fail_step_id = 1, @flags = 4;
DECLARE @sid int;
EXEC msdb.dbo.sp_add_schedule @schedule_name = N'nightly', @freq_type = 4, @freq_interval = 1, @freq_subday_type = 1,
  @active_start_date = 20260101, @active_start_time = 23000, @schedule_id = @sid OUTPUT;
EXEC msdb.dbo.sp_attach_schedule @job_name = N'backup', @schedule_name = N'nightly';
EXEC msdb.dbo.sp_add_schedule @schedule_name = N'unused', @freq_type = 64;

query ITTTIIIIIITTTIIITIIIIII
EXEC msdb.dbo.sp_help_jobstep @job_name = N'backup'
----
1	check	TSQL	DBCC CHECKDB	0	0	3	0	2	0	NULL	master	NULL	2	5	0	NULL	0	0	0	0	0	NULL
2	full	TSQL	SELECT 1	4	0	1	0	4	1	NULL	msdb	NULL	0	0	0	NULL	0	0	0	0	0	NULL

# @suffix = 1: the flags column says what the bits mean.
statement ok
CREATE TABLE #steps (step_id int, step_name sysname, subsystem nvarchar(40), command nvarchar(max), flags nvarchar(4000),
  cmdexec_success_code int, on_success_action tinyint, on_success_step_id int, on_fail_action tinyint,
  on_fail_step_id int, server sysname NULL, database_name sysname NULL, database_user_name sysname NULL,
  retry_attempts int, retry_interval int, os_run_priority int, output_file_name nvarchar(200) NULL,
  last_run_outcome int, last_run_duration int, last_run_retries int, last_run_date int, last_run_time int,
  proxy_id int NULL);
INSERT #steps EXEC msdb.dbo.sp_help_jobstep @job_name = N'backup', @suffix = 1

query IT
SELECT step_id, flags FROM #steps ORDER BY step_id
----
1	0 (normal)
2	4 (write to job history)

statement ok
DELETE #steps;
INSERT #steps EXEC msdb.dbo.sp_help_jobstep @job_name = N'backup', @step_name = N'FULL', @suffix = 1

query IT
SELECT step_id, step_name FROM #steps
----
2	full

statement error 14262
EXEC msdb.dbo.sp_help_jobstep @job_name = N'backup', @step_id = 7
----
error 14262: The specified @step_id ('7') does not exist.

statement error 14262
EXEC msdb.dbo.sp_help_jobstep @job_name = N'backup', @step_name = N'none'
----
error 14262: The specified @step_name ('none') does not exist.

statement error 14294
EXEC msdb.dbo.sp_help_jobstep @step_id = 1
----
error 14294: Supply either @job_id or @job_name to identify the job.

statement error 14262
EXEC msdb.dbo.sp_help_jobstep @job_name = N'nope'
----
error 14262: The specified @job_name ('nope') does not exist.

# sp_help_schedule: every schedule by name, or one; @attached_schedules_only keeps the used ones.
statement ok
CREATE TABLE #schedules (schedule_id int, schedule_uid uniqueidentifier, schedule_name sysname, enabled int,
  freq_type int, freq_interval int, freq_subday_type int, freq_subday_interval int, freq_relative_interval int,
  freq_recurrence_factor int, active_start_date int, active_end_date int, active_start_time int,
  active_end_time int, date_created datetime, schedule_description nvarchar(4000) NULL, job_count int);
INSERT #schedules EXEC msdb.dbo.sp_help_schedule

query TIIIIIIIIIIITI
SELECT schedule_name, enabled, freq_type, freq_interval, freq_subday_type, freq_subday_interval,
  freq_relative_interval, freq_recurrence_factor, CASE WHEN active_start_date > 20250101 THEN 1 END, active_end_date,
  active_start_time, active_end_time, schedule_description, job_count
FROM #schedules
----
nightly	1	4	1	1	0	0	0	1	99991231	23000	235959	(Description not requested.)	1
unused	1	64	0	0	0	0	0	1	99991231	0	235959	(Description not requested.)	0

query I
SELECT COUNT(*) FROM #schedules s JOIN msdb.dbo.sysschedules x ON x.schedule_id = s.schedule_id
  AND x.schedule_uid = s.schedule_uid AND x.date_created = s.date_created
----
2

statement ok
DELETE #schedules;
INSERT #schedules EXEC msdb.dbo.sp_help_schedule @attached_schedules_only = 1, @include_description = 1

query TTI
SELECT schedule_name, ISNULL(schedule_description, 'NULL'), job_count FROM #schedules
----
nightly	NULL	1

statement ok
DELETE #schedules;
INSERT #schedules EXEC msdb.dbo.sp_help_schedule @schedule_name = N'UNUSED'

query T
SELECT schedule_name FROM #schedules
----
unused

statement error 14262
EXEC msdb.dbo.sp_help_schedule @schedule_name = N'weekly'
----
error 14262: The specified @schedule_name ('weekly') does not exist.

statement error 14373
EXEC msdb.dbo.sp_help_schedule @schedule_id = 1, @schedule_name = N'unused'
----
error 14373: Supply either @schedule_id or @schedule_name to identify the schedule.

# sp_help_jobschedule: the job's schedules with their next run (0 while the agent has not computed it).
statement ok
CREATE TABLE #jobschedules (schedule_id int, schedule_name sysname, enabled int, freq_type int, freq_interval int,
  freq_subday_type int, freq_subday_interval int, freq_relative_interval int, freq_recurrence_factor int,
  active_start_date int, active_end_date int, active_start_time int, active_end_time int, date_created datetime,
  schedule_description nvarchar(4000) NULL, next_run_date int, next_run_time int, schedule_uid uniqueidentifier,
  job_count int);
INSERT #jobschedules EXEC msdb.dbo.sp_help_jobschedule @job_name = N'backup'

query TIIITI
SELECT schedule_name, freq_type, active_start_date, active_start_time, schedule_description, job_count FROM #jobschedules
----
nightly	4	20260101	23000	(Description not requested.)	1

query I
SELECT COUNT(*) FROM #jobschedules j JOIN msdb.dbo.sysjobschedules x ON x.schedule_id = j.schedule_id
  AND x.next_run_date = j.next_run_date AND x.next_run_time = j.next_run_time
----
1

statement ok
DELETE #jobschedules;
INSERT #jobschedules EXEC msdb.dbo.sp_help_jobschedule @job_name = N'backup', @schedule_name = N'unused'

query I
SELECT COUNT(*) FROM #jobschedules
----
0

statement error 14273
EXEC msdb.dbo.sp_help_jobschedule @schedule_name = N'nightly'
----
error 14273: You must provide either @job_id or @job_name (and, optionally, @schedule_name), or @schedule_id.

# sp_help_jobcount and sp_help_jobs_in_schedule: the jobs a schedule is attached to.
query I
EXEC msdb.dbo.sp_help_jobcount @schedule_name = N'nightly'
----
1

query I
EXEC msdb.dbo.sp_help_jobcount @schedule_name = N'unused'
----
0

statement error 14373
EXEC msdb.dbo.sp_help_jobcount
----
error 14373: Supply either @schedule_id or @schedule_name to identify the schedule.

query I
DECLARE @t TABLE (job_id uniqueidentifier, originating_server nvarchar(30), name sysname, enabled tinyint,
  description nvarchar(512), start_step_id int, category sysname, owner sysname, notify_level_eventlog int,
  notify_level_email int, notify_level_netsend int, notify_level_page int, notify_email_operator sysname,
  notify_netsend_operator sysname, notify_page_operator sysname, delete_level int, date_created datetime,
  date_modified datetime, version_number int, last_run_date int, last_run_time int, last_run_outcome int,
  next_run_date int, next_run_time int, next_run_schedule_id int, current_execution_status int,
  current_execution_step sysname NULL, current_retry_attempt int, has_step int, has_schedule int, has_target int,
  type int);
INSERT @t EXEC msdb.dbo.sp_help_jobs_in_schedule @schedule_name = N'nightly';
SELECT COUNT(*) FROM @t WHERE name = N'backup' AND has_step = 2 AND has_schedule = 1
----
1

# sp_help_jobactivity: the latest agent session's rows; none for a job that never ran.
statement ok
CREATE TABLE #activity (session_id int, job_id uniqueidentifier, job_name sysname, run_requested_date datetime NULL,
  run_requested_source sysname NULL, queued_date datetime NULL, start_execution_date datetime NULL,
  last_executed_step_id int NULL, last_exectued_step_date datetime NULL, stop_execution_date datetime NULL,
  next_scheduled_run_date datetime NULL, job_history_id int NULL, message nvarchar(1024) NULL, run_status int NULL,
  operator_id_emailed int NULL, operator_id_netsent int NULL, operator_id_paged int NULL);
INSERT #activity EXEC msdb.dbo.sp_help_jobactivity @job_name = N'backup', @session_id = -1

query I
SELECT COUNT(*) FROM #activity
----
0

statement ok
EXEC msdb.dbo.sp_delete_job @job_name = N'backup';
EXEC msdb.dbo.sp_delete_schedule @schedule_name = N'unused'

query II
SELECT (SELECT COUNT(*) FROM msdb.dbo.sysjobs), (SELECT COUNT(*) FROM msdb.dbo.sysschedules)
----
0	0
