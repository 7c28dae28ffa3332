# Application locks: sp_getapplock / sp_releaseapplock, APPLOCK_MODE, APPLOCK_TEST, and how
# sys.dm_tran_locks shows them. (Waits, timeouts and deadlocks between sessions: AppLockTest.)
# no-restart: blocks keep a transaction open across batches.

# A transaction owner needs a transaction: 15626 (informational) and -999.
query I
DECLARE @r int
EXEC @r = sp_getapplock @Resource = 'Form1', @LockMode = 'Exclusive'
SELECT @r
----
! You attempted to acquire a transactional application lock without an active transaction.
-999

query TI
BEGIN TRAN
DECLARE @r int
EXEC @r = sp_getapplock @Resource = 'Form1', @LockMode = 'Shared'
SELECT APPLOCK_MODE('public', 'Form1', 'Transaction'), @r
----
Shared	0

# A second get on the same resource holds the union of the modes (S and IX: SIX) until the last release.
query TT
DECLARE @r int
EXEC @r = sp_getapplock 'Form1', 'IntentExclusive'
DECLARE @m1 nvarchar(32) = APPLOCK_MODE('public', 'Form1', 'Transaction')
EXEC @r = sp_releaseapplock 'Form1'
SELECT @m1, APPLOCK_MODE('public', 'Form1', 'Transaction')
----
SharedIntentExclusive	SharedIntentExclusive

query TTTTIT
SELECT resource_type, request_mode, request_status, request_owner_type, resource_database_id - DB_ID(),
  CASE WHEN resource_description LIKE '0:[[]Form1]:(%)' THEN 'ok' ELSE resource_description END
FROM sys.dm_tran_locks WHERE resource_type = 'APPLICATION' AND request_session_id = @@SPID
----
APPLICATION	SIX	GRANT	TRANSACTION	0	ok

# The lock ends with the transaction, whatever was released.
query TI
COMMIT
SELECT APPLOCK_MODE('public', 'Form1', 'Session'), (SELECT COUNT(*) FROM sys.dm_tran_locks WHERE resource_type = 'APPLICATION')
----
NoLock	0

# Resource names compare in binary: 'form1' is another resource. Rollback releases too.
query TTT
BEGIN TRAN
EXEC sp_getapplock 'Form1', 'Exclusive'
SELECT APPLOCK_MODE('public', 'Form1', 'Transaction'), APPLOCK_MODE('public', 'form1', 'Transaction'), APPLOCK_MODE('dbo', 'Form1', 'Transaction')
ROLLBACK
----
Exclusive	NoLock	NoLock

# Session locks outlive transactions; each get needs its release.
query IIT
DECLARE @a int, @b int
EXEC @a = sp_getapplock @Resource = 'job', @LockMode = 'Update', @LockOwner = 'Session'
EXEC @b = sp_getapplock @Resource = 'job', @LockMode = 'Update', @LockOwner = 'Session', @LockTimeout = 0
BEGIN TRAN
ROLLBACK
SELECT @a, @b, APPLOCK_MODE('public', 'job', 'Session')
----
0	0	Update

query TT
EXEC sp_releaseapplock @Resource = 'job', @LockOwner = 'Session'
DECLARE @after1 nvarchar(32) = APPLOCK_MODE('public', 'job', 'Session')
EXEC sp_releaseapplock @Resource = 'job', @LockOwner = 'Session'
SELECT @after1, APPLOCK_MODE('public', 'job', 'Session')
----
Update	NoLock

statement error 1223
EXEC sp_releaseapplock @Resource = 'job', @LockOwner = 'Session'
----
error 1223: Cannot release the application lock (Database Principal: 'public', Resource: 'job') because it is not currently held.

# Release of a transaction lock outside a transaction: 3918.
statement error 3918
EXEC sp_releaseapplock @Resource = 'job'
----
error 3918: The statement or function must be executed in the context of a user transaction.

# APPLOCK_TEST asks without taking; the session's own locks never stand in its way.
query III
EXEC sp_getapplock @Resource = 'res', @LockMode = 'Exclusive', @LockOwner = 'Session'
SELECT APPLOCK_TEST('public', 'res', 'Exclusive', 'Session'), APPLOCK_TEST('public', 'other', 'Shared', 'Session'),
  (SELECT COUNT(*) FROM sys.dm_tran_locks WHERE resource_type = 'APPLICATION' AND request_owner_type = 'SESSION')
EXEC sp_releaseapplock @Resource = 'res', @LockOwner = 'Session'
----
1	1	1

# Bad modes and owners: 15625 (informational) and -999 from the procedures, errors from the functions.
query III
DECLARE @a int, @b int, @c int
EXEC @a = sp_getapplock @Resource = 'x', @LockMode = 'Exclusiv', @LockOwner = 'Session'
EXEC @b = sp_getapplock @Resource = 'x', @LockMode = 'exclusive  ', @LockOwner = 'Sessions'
EXEC @c = sp_releaseapplock @Resource = 'x', @LockOwner = NULL
SELECT @a, @b, @c
----
! Option 'Exclusiv' not recognized for '@LockMode' parameter.
! Option 'Sessions' not recognized for '@LockOwner' parameter.
! Option '(null)' not recognized for '@LockOwner' parameter.
-999	-999	-999

statement error 1225
SELECT APPLOCK_TEST('public', 'x', 'Biggest', 'Session')
----
error 1225: An invalid application lock mode was passed to applock_test.

statement error 1226
SELECT APPLOCK_MODE('public', 'x', 'Connection')
----
error 1226: An invalid application lock owner was passed to applock_mode.

statement error 3918
SELECT APPLOCK_MODE('public', 'x', NULL)
----
error 3918: The statement or function must be executed in the context of a user transaction.

statement error 3918
SELECT APPLOCK_TEST('public', 'x', 'Shared', 'Transaction')
----
error 3918: The statement or function must be executed in the context of a user transaction.

statement error 1224
EXEC sp_getapplock @Resource = NULL, @LockMode = 'Shared', @LockOwner = 'Session'
----
error 1224: An invalid application lock resource was passed to xp_userlock.

statement error 1230
EXEC sp_getapplock @Resource = 'x', @LockMode = 'Shared', @LockOwner = 'Session', @DbPrincipal = NULL
----
error 1230: An invalid database principal was passed to xp_userlock.

statement error 1202
EXEC sp_getapplock @Resource = 'x', @LockMode = 'Shared', @LockOwner = 'Session', @DbPrincipal = 'nobody_here'
----
error 1202: The database-principal 'nobody_here' does not exist or user is not a member.

statement error 1227
EXEC sp_getapplock @Resource = 'x', @LockMode = 'Shared', @LockOwner = 'Session', @LockTimeout = -2
----
error 1227: An invalid application lock time-out was passed to xp_userlock.

statement error 201
EXEC sp_getapplock @Resource = 'x'
----
error 201: Procedure or function 'sp_getapplock' expects parameter '@LockMode', which was not supplied.

statement error 8145
EXEC sp_getapplock @Resource = 'x', @Mode = 'Shared'
----
error 8145: @Mode is not a parameter for procedure sp_getapplock.

# Resource names longer than 255 characters are cut to 255: both names are one resource.
query T
EXEC sp_getapplock @Resource = @@SERVERNAME, @LockMode = 'Shared', @LockOwner = 'Session'
DECLARE @long nvarchar(300) = REPLICATE(N'a', 255)
EXEC sp_getapplock @Resource = @long, @LockMode = 'Shared', @LockOwner = 'Session'
DECLARE @longer nvarchar(300) = @long + N'bcd'
SELECT APPLOCK_MODE('public', @longer, 'Session')
EXEC sp_releaseapplock @Resource = @longer, @LockOwner = 'Session'
EXEC sp_releaseapplock @Resource = @@SERVERNAME, @LockOwner = 'Session'
----
Shared

# sp_lock lists an application lock as APP.
query TT
EXEC sp_getapplock @Resource = 'shown', @LockMode = 'Shared', @LockOwner = 'Session'
CREATE TABLE #l (spid smallint, dbid smallint, ObjId int, IndId smallint, Type nchar(4), Resource nchar(32), Mode nvarchar(8), Status nvarchar(5))
INSERT #l EXEC sp_lock @@SPID
SELECT RTRIM(Type), Mode FROM #l WHERE Resource LIKE '%shown%'
EXEC sp_releaseapplock @Resource = 'shown', @LockOwner = 'Session'
DROP TABLE #l
----
APP	S
