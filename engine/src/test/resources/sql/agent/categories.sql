# Job, alert and operator categories: msdb.dbo.syscategories with msdb's permanent categories,
# sp_add_category, sp_update_category, sp_delete_category, sp_help_category, and the category a
# job is put in by sp_add_job and sp_update_job (what Ola Hallengren's job creation does).
# no-restart: sp_help_job's result is read through a temp table (session state)

query IIIT
SELECT category_id, category_class, category_type, name FROM msdb.dbo.syscategories WHERE category_id IN (0, 1, 2, 3, 98, 99)
  ORDER BY category_id
----
0	1	1	[Uncategorized (Local)]
1	1	1	Jobs from MSX
2	1	2	[Uncategorized (Multi-Server)]
3	1	1	Database Maintenance
98	2	3	[Uncategorized]
99	3	3	[Uncategorized]

query I
SELECT COUNT(*) FROM msdb.dbo.syscategories WHERE name LIKE 'REPL-%'
----
10

# sp_add_job @category_name puts the job in that category; sp_help_job names it.
statement ok
EXEC msdb.dbo.sp_add_job @job_name = N'backup', @category_name = N'Database Maintenance'

query IT
SELECT j.category_id, c.name FROM msdb.dbo.sysjobs j JOIN msdb.dbo.syscategories c ON c.category_id = j.category_id
  WHERE j.name = N'backup'
----
3	Database Maintenance

statement ok
CREATE TABLE #help (job_id uniqueidentifier, originating_server nvarchar(30), name sysname, enabled tinyint,
  description nvarchar(512), start_step_id int, category sysname, owner sysname, notify_level_eventlog int,
  notify_level_email int, notify_level_netsend int, notify_level_page int, notify_email_operator sysname,
  notify_netsend_operator sysname, notify_page_operator sysname, delete_level int, date_created datetime,
  date_modified datetime, version_number int, last_run_date int, last_run_time int, last_run_outcome int,
  next_run_date int, next_run_time int, next_run_schedule_id int, current_execution_status int,
  current_execution_step sysname NULL, current_retry_attempt int, has_step int, has_schedule int, has_target int,
  type int);
INSERT #help EXEC msdb.dbo.sp_help_job @job_name = N'backup'

query TT
SELECT name, category FROM #help
----
backup	Database Maintenance

# By id, and the default: [Uncategorized (Local)].
statement ok
EXEC msdb.dbo.sp_add_job @job_name = N'by id', @category_id = 5;
EXEC msdb.dbo.sp_add_job @job_name = N'plain'

query TI
SELECT name, category_id FROM msdb.dbo.sysjobs ORDER BY name
----
backup	3
by id	5
plain	0

statement error 14262
EXEC msdb.dbo.sp_add_job @job_name = N'x', @category_name = N'Nightly'
----
error 14262: The specified @category_name ('Nightly') does not exist.

statement error 14262
EXEC msdb.dbo.sp_add_job @job_name = N'x', @category_id = 42
----
error 14262: The specified @category_id ('42') does not exist.

statement error 14524
EXEC msdb.dbo.sp_add_job @job_name = N'x', @category_name = N'Full-Text', @category_id = 5
----
error 14524: Supply either @category_id or @category_name.

# An alert category is no job category; "Jobs from MSX" is the agent's own.
statement error 14234
EXEC msdb.dbo.sp_add_job @job_name = N'x', @category_name = N'Replication'
----
error 14234: The specified '@category_name' is invalid (valid values are returned by sp_help_category).

statement error 14267
EXEC msdb.dbo.sp_add_job @job_name = N'x', @category_name = N'Jobs from MSX'
----
error 14267: Cannot add a job to the 'Jobs from MSX' job category.

# sp_add_category: ids from 100; an alert or operator category needs @type = 'NONE'.
statement ok
EXEC msdb.dbo.sp_add_category @name = N'Nightly';
EXEC msdb.dbo.sp_add_category @class = N'ALERT', @type = N'NONE', @name = N'Paging'

query IIIT
SELECT category_id, category_class, category_type, name FROM msdb.dbo.syscategories WHERE category_id >= 100
  ORDER BY category_id
----
100	1	1	Nightly
101	2	3	Paging

statement error 14261
EXEC msdb.dbo.sp_add_category @name = N'NIGHTLY'
----
error 14261: The specified @name ('NIGHTLY') already exists.

statement error 14266
EXEC msdb.dbo.sp_add_category @class = N'ALERT', @name = N'Other'
----
error 14266: The specified '@type' is invalid (valid values are: NONE).

statement error 14266
EXEC msdb.dbo.sp_add_category @class = N'TASK', @name = N'Other'
----
error 14266: The specified '@class' is invalid (valid values are: JOB, ALERT, OPERATOR).

statement error 14266
EXEC msdb.dbo.sp_add_category @type = N'REMOTE', @name = N'Other'
----
error 14266: The specified '@type' is invalid (valid values are: LOCAL, MULTI-SERVER).

statement error 14200
EXEC msdb.dbo.sp_add_category @name = N'[DEFAULT]'
----
error 14200: The specified '@name' is invalid.

# sp_update_job moves a job; [DEFAULT] takes it back to [Uncategorized (Local)].
statement ok
EXEC msdb.dbo.sp_update_job @job_name = N'plain', @category_name = N'Nightly'

query I
SELECT category_id FROM msdb.dbo.sysjobs WHERE name = N'plain'
----
100

statement ok
EXEC msdb.dbo.sp_update_job @job_name = N'by id', @category_name = N'[DEFAULT]'

query I
SELECT category_id FROM msdb.dbo.sysjobs WHERE name = N'by id'
----
0

statement error 14234
EXEC msdb.dbo.sp_update_job @job_name = N'plain', @category_name = N'Paging'
----
error 14234: The specified '@category_name' is invalid (valid values are returned by sp_help_category).

# A local job (targeted at the server) cannot go into a multiserver category.
statement ok
EXEC msdb.dbo.sp_add_jobserver @job_name = N'plain'

statement error 14285
EXEC msdb.dbo.sp_update_job @job_name = N'plain', @category_name = N'[Uncategorized (Multi-Server)]'
----
error 14285: Cannot add a local job to a multiserver job category.

# sp_help_category: the class's categories by type and name; @suffix spells the type.
query IIT
EXEC msdb.dbo.sp_help_category @class = N'ALERT'
----
98	3	[Uncategorized]
101	3	Paging
20	3	Replication

query ITT
EXEC msdb.dbo.sp_help_category @name = N'Nightly', @suffix = 1
----
100	LOCAL	Nightly

statement error 14526
EXEC msdb.dbo.sp_help_category @class = N'OPERATOR', @name = N'Nightly'
----
error 14526: The specified category "Nightly" does not exist for category class "3".

# sp_update_category renames (even a permanent category, as SQL Server lets it).
statement ok
EXEC msdb.dbo.sp_update_category @class = N'JOB', @name = N'Nightly', @new_name = N'Every night';
EXEC msdb.dbo.sp_update_category @class = N'JOB', @name = N'Web Assistant', @new_name = N'Web';

query IT
SELECT category_id, name FROM msdb.dbo.syscategories WHERE category_id IN (4, 100) ORDER BY category_id
----
4	Web
100	Every night

statement error 14526
EXEC msdb.dbo.sp_update_category @class = N'JOB', @name = N'Nightly', @new_name = N'Again'
----
error 14526: The specified category "Nightly" does not exist for category class "1".

statement error 14261
EXEC msdb.dbo.sp_update_category @class = N'JOB', @name = N'Every night', @new_name = N'Full-Text'
----
error 14261: The specified @new_name ('Full-Text') already exists.

# sp_delete_category: the permanent ones stay (14276); a deleted one's jobs become uncategorized.
statement error 14276
EXEC msdb.dbo.sp_delete_category @class = N'JOB', @name = N'Database Maintenance'
----
error 14276: 'Database Maintenance' is a permanent JOB category and cannot be deleted.

statement error 14262
EXEC msdb.dbo.sp_delete_category @class = N'JOB', @name = N'Paging'
----
error 14262: The specified @name ('Paging') does not exist.

statement ok
EXEC msdb.dbo.sp_delete_category @class = N'JOB', @name = N'Every night'

query TI
SELECT name, category_id FROM msdb.dbo.sysjobs WHERE name = N'plain'
----
plain	0

query I
SELECT COUNT(*) FROM msdb.dbo.syscategories WHERE category_id >= 100
----
1

# Alerts and operators: [Uncategorized] (98, 99) unless @category_name names one of their class.
statement ok
EXEC msdb.dbo.sp_add_operator @name = N'dba';
EXEC msdb.dbo.sp_add_category @class = N'OPERATOR', @type = N'NONE', @name = N'On call';
EXEC msdb.dbo.sp_add_operator @name = N'night', @category_name = N'On call';
EXEC msdb.dbo.sp_add_alert @name = N'sev 17', @severity = 17;
EXEC msdb.dbo.sp_add_alert @name = N'sev 18', @severity = 18, @category_name = N'Replication'

query TT
SELECT o.name, c.name FROM msdb.dbo.sysoperators o JOIN msdb.dbo.syscategories c ON c.category_id = o.category_id
UNION ALL SELECT a.name, c.name FROM msdb.dbo.sysalerts a JOIN msdb.dbo.syscategories c ON c.category_id = a.category_id
ORDER BY 1
----
dba	[Uncategorized]
night	On call
sev 17	[Uncategorized]
sev 18	Replication

statement error 14234
EXEC msdb.dbo.sp_update_alert @name = N'sev 17', @category_name = N'On call'
----
error 14234: The specified '@category_name' is invalid (valid values are returned by sp_help_category).

statement ok
EXEC msdb.dbo.sp_delete_category @class = N'OPERATOR', @name = N'On call'

query I
SELECT category_id FROM msdb.dbo.sysoperators WHERE name = N'night'
----
99

# A rolled-back sp_add_category leaves nothing.
statement ok
BEGIN TRAN;
EXEC msdb.dbo.sp_add_category @name = N'Gone';
ROLLBACK

query I
SELECT COUNT(*) FROM msdb.dbo.syscategories WHERE name = N'Gone'
----
0
