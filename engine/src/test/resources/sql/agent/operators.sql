# Operators: sp_add_operator, sp_update_operator, sp_delete_operator, sp_help_operator and
# msdb.dbo.sysoperators. Quern sends no mail or pages: the addresses are kept and shown.
# no-restart: sp_help_operator is read through a temp table, and EXECUTE AS is session state

statement ok
EXEC msdb.dbo.sp_add_operator @name = N'dba', @email_address = N'dba@example.com', @pager_days = 62

query TITTIIIIIIIIT
SELECT name, enabled, email_address, ISNULL(pager_address, 'NULL'), weekday_pager_start_time, weekday_pager_end_time,
  saturday_pager_start_time, sunday_pager_end_time, pager_days, last_email_date, last_pager_time, category_id,
  ISNULL(netsend_address, 'NULL')
FROM msdb.dbo.sysoperators
----
dba	1	dba@example.com	NULL	90000	180000	90000	180000	62	0	0	99	NULL

statement error 14261
EXEC msdb.dbo.sp_add_operator @name = N'DBA'
----
error 14261: The specified @name ('DBA') already exists.

statement error 14266
EXEC msdb.dbo.sp_add_operator @name = N'night', @pager_days = 128
----
error 14266: The specified '@pager_days' is invalid (valid values are: 0..127).

statement error 14266
EXEC msdb.dbo.sp_add_operator @name = N'night', @weekday_pager_start_time = 240000
----
error 14266: The specified '@weekday_pager_start_time' is invalid (valid values are: 000000..235959).

statement error 201
EXEC msdb.dbo.sp_add_operator @enabled = 1
----
error 201: Procedure or function 'sp_add_operator' expects parameter '@name', which was not supplied.

# A rolled-back sp_add_operator leaves nothing.
statement ok
BEGIN TRAN;
EXEC msdb.dbo.sp_add_operator @name = N'gone';
ROLLBACK

statement ok
EXEC msdb.dbo.sp_add_operator @name = N'night', @enabled = 0, @pager_address = N'555-0100',
  @weekday_pager_start_time = 180000, @weekday_pager_end_time = 235959

statement ok
EXEC msdb.dbo.sp_update_operator @name = N'dba', @new_name = N'dba team', @email_address = N'team@example.com',
  @enabled = 0

statement error 14262
EXEC msdb.dbo.sp_update_operator @name = N'dba', @enabled = 1
----
error 14262: The specified @name ('dba') does not exist.

statement error 14261
EXEC msdb.dbo.sp_update_operator @name = N'night', @new_name = N'DBA TEAM'
----
error 14261: The specified @new_name ('DBA TEAM') already exists.

statement ok
CREATE TABLE #operators (id int, name sysname, enabled tinyint, email_address nvarchar(100) NULL,
  last_email_date int, last_email_time int, pager_address nvarchar(100) NULL, last_pager_date int,
  last_pager_time int, weekday_pager_start_time int, weekday_pager_end_time int, saturday_pager_start_time int,
  saturday_pager_end_time int, sunday_pager_start_time int, sunday_pager_end_time int, pager_days tinyint,
  netsend_address nvarchar(100) NULL, last_netsend_date int, last_netsend_time int, category_name sysname NULL);
INSERT #operators EXEC msdb.dbo.sp_help_operator

query TITTIIIT
SELECT name, enabled, ISNULL(email_address, 'NULL'), ISNULL(pager_address, 'NULL'), weekday_pager_start_time,
  weekday_pager_end_time, pager_days, category_name
FROM #operators
----
dba team	0	team@example.com	NULL	90000	180000	62	[Uncategorized]
night	0	NULL	555-0100	180000	235959	0	[Uncategorized]

query I
SELECT COUNT(*) FROM #operators o JOIN msdb.dbo.sysoperators s ON s.id = o.id AND s.name = o.name
----
2

statement ok
DELETE #operators;
INSERT #operators EXEC msdb.dbo.sp_help_operator @operator_name = N'NIGHT'

query T
SELECT name FROM #operators
----
night

statement error 14262
EXEC msdb.dbo.sp_help_operator @operator_name = N'nobody'
----
error 14262: The specified @operator_name ('nobody') does not exist.

# Jobs name the operators they notify; deleting one hands its jobs to the operator it is reassigned to.
statement ok
EXEC msdb.dbo.sp_add_job @job_name = N'paged job', @notify_level_email = 2, @notify_email_operator_name = N'dba team',
  @notify_page_operator_name = N'night'

statement error 14262
EXEC msdb.dbo.sp_update_job @job_name = N'paged job', @notify_netsend_operator_name = N'nobody'
----
error 14262: The specified @notify_netsend_operator_name ('nobody') does not exist.

query TT
SELECT (SELECT name FROM msdb.dbo.sysoperators WHERE id = j.notify_email_operator_id),
  (SELECT name FROM msdb.dbo.sysoperators WHERE id = j.notify_page_operator_id)
FROM msdb.dbo.sysjobs j
----
dba team	night

statement ok
EXEC msdb.dbo.sp_delete_operator @name = N'dba team', @reassign_to_operator = N'night'

query TI
SELECT (SELECT name FROM msdb.dbo.sysoperators WHERE id = j.notify_email_operator_id), notify_netsend_operator_id
FROM msdb.dbo.sysjobs j
----
night	0

statement error 14262
EXEC msdb.dbo.sp_delete_operator @name = N'dba team'
----
error 14262: The specified @name ('dba team') does not exist.

statement ok
EXEC msdb.dbo.sp_delete_operator @name = N'night'

query III
SELECT notify_email_operator_id, notify_netsend_operator_id, notify_page_operator_id FROM msdb.dbo.sysjobs
----
0	0	0

statement ok
EXEC msdb.dbo.sp_delete_job @job_name = N'paged job'

query I
SELECT COUNT(*) FROM msdb.dbo.sysoperators
----
0

# Only sysadmin manages operators.
statement ok
CREATE LOGIN agent_user WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF

statement ok
EXECUTE AS LOGIN = 'agent_user'

statement error 229
EXEC msdb.dbo.sp_add_operator @name = N'mine'
----
error 229: The EXECUTE permission was denied on the object 'sp_add_operator', database 'msdb', schema 'dbo'.

statement ok
REVERT

statement ok
DROP LOGIN agent_user
