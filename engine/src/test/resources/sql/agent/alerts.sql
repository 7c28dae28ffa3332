# Alerts: sp_add_alert, sp_update_alert, sp_delete_alert, sp_help_alert, sp_add_notification and
# msdb.dbo.sysalerts / sysnotifications. (Firing is tested with the agent running: AlertFiringTest.)
# no-restart: sp_help_alert is read through a temp table (session state)

statement ok
EXEC msdb.dbo.sp_add_job @job_name = N'on error';
EXEC msdb.dbo.sp_add_alert @name = N'severity 17', @severity = 17, @delay_between_responses = 60;
EXEC msdb.dbo.sp_add_alert @name = N'divide', @message_id = 8134, @database_name = N'master', @job_name = N'on error',
  @event_description_keyword = N'zero', @notification_message = N'check the report'

query TTIIIIIIITTTIIIII
SELECT name, event_source, message_id, severity, enabled, delay_between_responses, include_event_description,
  occurrence_count, last_occurrence_date, ISNULL(database_name, 'NULL'), ISNULL(event_description_keyword, 'NULL'),
  ISNULL(notification_message, 'NULL'), CASE WHEN job_id = 0x00 THEN 0 ELSE 1 END, has_notification, flags,
  count_reset_date, category_id
FROM msdb.dbo.sysalerts ORDER BY name
----
divide	MSSQLServer	8134	0	1	0	5	0	0	master	zero	check the report	1	0	0	0	98
severity 17	MSSQLServer	0	17	1	60	5	0	0	NULL	NULL	NULL	0	0	0	0	98

statement error 14500
EXEC msdb.dbo.sp_add_alert @name = N'nothing'
----
error 14500: Supply either a non-zero message ID, non-zero severity, non-null performance condition, or non-null WMI namespace and query.

statement error 14500
EXEC msdb.dbo.sp_add_alert @name = N'both', @message_id = 8134, @severity = 16
----
error 14500: Supply either a non-zero message ID, non-zero severity, non-null performance condition, or non-null WMI namespace and query.

statement error 14266
EXEC msdb.dbo.sp_add_alert @name = N'high', @severity = 26
----
error 14266: The specified '@severity' is invalid (valid values are: 0..25).

statement error 14262
EXEC msdb.dbo.sp_add_alert @name = N'unknown message', @message_id = 60001
----
error 14262: The specified @message_id ('60001') does not exist.

statement error 14262
EXEC msdb.dbo.sp_add_alert @name = N'in nowhere', @severity = 20, @database_name = N'nowhere'
----
error 14262: The specified @database_name ('nowhere') does not exist.

statement error 14262
EXEC msdb.dbo.sp_add_alert @name = N'no job', @severity = 21, @job_name = N'nope'
----
error 14262: The specified @job_name ('nope') does not exist.

statement error 14261
EXEC msdb.dbo.sp_add_alert @name = N'DIVIDE', @severity = 22
----
error 14261: The specified @name ('DIVIDE') already exists.

statement error 14501
EXEC msdb.dbo.sp_add_alert @name = N'again', @severity = 17
----
error 14501: An alert ('severity 17') has already been defined on this condition.

statement error 14200
EXEC msdb.dbo.sp_add_alert @name = N'perf', @performance_condition = N'SQLServer:Buffer Manager|Page life expectancy||<|300'
----
error 14200: The specified '@performance_condition' is invalid.

# Notifications: kept, counted in has_notification; nothing is sent.
statement ok
EXEC msdb.dbo.sp_add_operator @name = N'oncall';
EXEC msdb.dbo.sp_add_notification @alert_name = N'divide', @operator_name = N'oncall', @notification_method = 1

query TTI
SELECT a.name, o.name, n.notification_method FROM msdb.dbo.sysnotifications n
JOIN msdb.dbo.sysalerts a ON a.id = n.alert_id JOIN msdb.dbo.sysoperators o ON o.id = n.operator_id
----
divide	oncall	1

query I
SELECT has_notification FROM msdb.dbo.sysalerts WHERE name = N'divide'
----
1

statement error 14261
EXEC msdb.dbo.sp_add_notification @alert_name = N'divide', @operator_name = N'oncall', @notification_method = 2
----
error 14261: The specified @operator_name ('oncall') already exists.

statement error 14266
EXEC msdb.dbo.sp_add_notification @alert_name = N'severity 17', @operator_name = N'oncall', @notification_method = 8
----
error 14266: The specified '@notification_method' is invalid (valid values are: 1..7).

statement error 14262
EXEC msdb.dbo.sp_add_notification @alert_name = N'none', @operator_name = N'oncall', @notification_method = 1
----
error 14262: The specified @alert_name ('none') does not exist.

# sp_update_alert: settings, a new name, the count reset.
statement ok
EXEC msdb.dbo.sp_update_alert @name = N'severity 17', @new_name = N'resources', @enabled = 0,
  @occurrence_count = 0

query TII
SELECT name, enabled, CASE WHEN count_reset_date > 20250101 THEN 1 ELSE 0 END FROM msdb.dbo.sysalerts WHERE severity = 17
----
resources	0	1

statement error 14262
EXEC msdb.dbo.sp_update_alert @name = N'severity 17', @enabled = 1
----
error 14262: The specified @name ('severity 17') does not exist.

statement ok
CREATE TABLE #alerts (id int, name sysname, event_source nvarchar(100), event_category_id int NULL, event_id int NULL,
  message_id int, severity int, enabled tinyint, delay_between_responses int, last_occurrence_date int,
  last_occurrence_time int, last_response_date int, last_response_time int, notification_message nvarchar(512) NULL,
  include_event_description tinyint, database_name nvarchar(512) NULL, event_description_keyword nvarchar(100) NULL,
  occurrence_count int, count_reset_date int, count_reset_time int, job_id uniqueidentifier, job_name sysname NULL,
  has_notification int, flags int, performance_condition nvarchar(512) NULL, category_name sysname NULL,
  wmi_namespace nvarchar(512) NULL, wmi_query nvarchar(512) NULL, type int);
INSERT #alerts EXEC msdb.dbo.sp_help_alert

query TIITIT
SELECT name, message_id, severity, ISNULL(job_name, 'NULL'), has_notification, category_name + ' ' + STR(type, 1)
FROM #alerts
----
divide	8134	0	on error	1	[Uncategorized] 1
resources	0	17	NULL	0	[Uncategorized] 1

statement error 14262
EXEC msdb.dbo.sp_help_alert @alert_name = N'severity 17'
----
error 14262: The specified @alert_name ('severity 17') does not exist.

# Deleting the job leaves the alert without one; deleting an operator or an alert takes its notifications.
statement ok
EXEC msdb.dbo.sp_delete_job @job_name = N'on error'

query I
SELECT COUNT(*) FROM msdb.dbo.sysalerts WHERE job_id = 0x00
----
2

statement ok
EXEC msdb.dbo.sp_delete_notification @alert_name = N'divide', @operator_name = N'oncall'

query II
SELECT (SELECT COUNT(*) FROM msdb.dbo.sysnotifications), (SELECT has_notification FROM msdb.dbo.sysalerts WHERE name = N'divide')
----
0	0

statement ok
EXEC msdb.dbo.sp_add_notification @alert_name = N'divide', @operator_name = N'oncall', @notification_method = 7;
EXEC msdb.dbo.sp_delete_alert @name = N'divide';
EXEC msdb.dbo.sp_delete_alert @name = N'resources';
EXEC msdb.dbo.sp_delete_operator @name = N'oncall'

statement error 14262
EXEC msdb.dbo.sp_delete_alert @name = N'divide'
----
error 14262: The specified @name ('divide') does not exist.

query III
SELECT (SELECT COUNT(*) FROM msdb.dbo.sysalerts), (SELECT COUNT(*) FROM msdb.dbo.sysnotifications),
  (SELECT COUNT(*) FROM msdb.dbo.sysoperators)
----
0	0	0
