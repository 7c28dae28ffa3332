# The procedures health checks call about the host: no Windows registry, logins, error log or fail-safe operator.
statement ok
CREATE TABLE #v (sid varbinary(85), nt_login sysname)

statement ok
INSERT INTO #v EXEC sp_validatelogins

query I
SELECT COUNT(*) FROM #v
----
0

statement error 8144
EXEC sp_validatelogins 1

# xp_regread: every key is missing, so the OUTPUT value is NULL and no result set comes back.
query T
DECLARE @v varchar(36) = 'unchanged';
EXEC master.sys.xp_regread @rootkey = 'HKEY_LOCAL_MACHINE', @key = 'SOFTWARE\Microsoft\Microsoft SQL Server',
  @value_name = 'InstalledInstances', @value = @v OUTPUT;
SELECT COALESCE(@v, 'NULL')
----
NULL

statement ok
CREATE TABLE #i (n nvarchar(max), name nvarchar(max), d nvarchar(max))

statement ok
INSERT INTO #i EXEC master.sys.xp_regread @rootkey = 'HKEY_LOCAL_MACHINE', @key = 'SOFTWARE\Microsoft\Microsoft SQL Server', @value_name = 'InstalledInstances'

query I
SELECT COUNT(*) FROM #i
----
0

statement ok
CREATE TABLE #e (LogDate datetime, ProcessInfo nvarchar(20), Text nvarchar(1000))

statement ok
INSERT INTO #e EXEC sys.xp_readerrorlog 0, 1, N'Database Instant File Initialization: enabled'

query I
SELECT COUNT(*) FROM #e
----
0

statement ok
DECLARE @a TABLE (FailSafeOperator nvarchar(255), NotificationMethod int, ForwardingServer nvarchar(255),
  ForwardingSeverity int, PagerToTemplate nvarchar(255), PagerCCTemplate nvarchar(255),
  PagerSubjectTemplate nvarchar(255), PagerSendSubjectOnly nvarchar(255), ForwardAlways int);
INSERT INTO @a EXEC master.dbo.sp_MSgetalertinfo @includeaddresses = 0;
IF (SELECT COUNT(*) FROM @a WHERE FailSafeOperator IS NULL AND NotificationMethod = 0) <> 1 RAISERROR('alert info', 16, 1)

# xp_fixeddrives: one row per file system holding the stores, named by the mount point's first character.
statement ok
CREATE TABLE #d (drive nvarchar(2), mb decimal(18, 0))

statement ok
INSERT INTO #d EXEC master..xp_fixeddrives

query II
SELECT CASE WHEN COUNT(*) >= 1 THEN 1 ELSE 0 END, CASE WHEN MIN(mb) >= 0 THEN 1 ELSE 0 END FROM #d
----
1	1
