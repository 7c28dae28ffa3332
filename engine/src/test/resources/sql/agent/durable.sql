# Agent definitions are catalog records: what a call committed is there after a restart, a
# rolled-back one is not. (Every name is qualified with msdb: the restart test starts a new session.)

statement ok
EXEC msdb.dbo.sp_add_job @job_name = N'backup all', @description = N'BACKUP DATABASE each night'

statement ok
EXEC msdb.dbo.sp_add_jobstep @job_name = N'backup all', @step_name = N'master',
  @command = N'BACKUP DATABASE master TO DISK = ''master.bak''', @on_success_action = 3

statement ok
EXEC msdb.dbo.sp_add_jobstep @job_name = N'backup all', @step_name = N'model', @command = N'SELECT 1',
  @retry_attempts = 3, @retry_interval = 5

statement ok
EXEC msdb.dbo.sp_add_jobschedule @job_name = N'backup all', @name = N'at two', @freq_type = 4, @freq_interval = 1,
  @freq_subday_type = 1, @active_start_date = 20260101, @active_start_time = 20000

statement ok
EXEC msdb.dbo.sp_add_jobserver @job_name = N'backup all'

statement ok
BEGIN TRAN;
EXEC msdb.dbo.sp_add_jobstep @job_name = N'backup all', @step_name = N'undone', @command = N'SELECT 2';
EXEC msdb.dbo.sp_delete_job @job_name = N'backup all';
ROLLBACK

query TTIITII
SELECT j.name, s.step_name, s.step_id, s.on_success_action, s.command, s.retry_attempts, s.retry_interval
FROM msdb.dbo.sysjobs j JOIN msdb.dbo.sysjobsteps s ON s.job_id = j.job_id ORDER BY s.step_id
----
backup all	master	1	3	BACKUP DATABASE master TO DISK = 'master.bak'	0	0
backup all	model	2	1	SELECT 1	3	5

query TIIII
SELECT s.name, s.freq_type, s.freq_interval, s.active_start_time, v.server_id
FROM msdb.dbo.sysschedules s JOIN msdb.dbo.sysjobschedules js ON js.schedule_id = s.schedule_id
JOIN msdb.dbo.sysjobservers v ON v.job_id = js.job_id
----
at two	4	1	20000	0

statement ok
EXEC msdb.dbo.sp_add_operator @name = N'oncall', @email_address = N'oncall@example.com'

statement ok
EXEC msdb.dbo.sp_add_alert @name = N'fatal', @severity = 20, @job_name = N'backup all'

statement ok
EXEC msdb.dbo.sp_add_notification @alert_name = N'fatal', @operator_name = N'oncall', @notification_method = 1

statement ok
BEGIN TRAN;
EXEC msdb.dbo.sp_delete_alert @name = N'fatal';
EXEC msdb.dbo.sp_add_operator @name = N'undone';
ROLLBACK

query TTTII
SELECT a.name, o.name, o.email_address, n.notification_method, a.has_notification
FROM msdb.dbo.sysalerts a JOIN msdb.dbo.sysjobs j ON j.job_id = a.job_id
JOIN msdb.dbo.sysnotifications n ON n.alert_id = a.id JOIN msdb.dbo.sysoperators o ON o.id = n.operator_id
----
fatal	oncall	oncall@example.com	1	1

query I
SELECT COUNT(*) FROM msdb.dbo.sysoperators
----
1
