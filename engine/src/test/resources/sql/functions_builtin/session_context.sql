# sp_set_session_context, SESSION_CONTEXT and CONTEXT_INFO.

query T
SELECT SESSION_CONTEXT(N'user_id')
----
NULL

statement ok
EXEC sp_set_session_context @key = N'user_id', @value = 42

statement ok
EXEC sys.sp_set_session_context N'tenant', N'acme'

query ITT
SELECT CAST(SESSION_CONTEXT(N'user_id') AS int) + 1, SESSION_CONTEXT(N'TENANT'), SQL_VARIANT_PROPERTY(SESSION_CONTEXT(N'tenant'), 'BaseType')
----
43	acme	nvarchar

statement ok
EXEC sp_set_session_context N'user_id', 7

query I
SELECT CAST(SESSION_CONTEXT(N'user_id') AS int)
----
7

statement ok
EXEC sp_set_session_context N'user_id', NULL

query T
SELECT SESSION_CONTEXT(N'user_id')
----
NULL

statement ok
DECLARE @k sysname = N'locked', @v int = 1; EXEC sp_set_session_context @k, @v, @read_only = 1

statement error 15664
EXEC sp_set_session_context N'Locked', 2
----
error 15664: Cannot set key 'locked' in the session context. The key has been set as read_only for this session.

query I
SELECT CAST(SESSION_CONTEXT(N'locked') AS int)
----
1

statement error 8116
SELECT SESSION_CONTEXT('tenant')
----
error 8116: Argument data type varchar is invalid for argument 1 of session_context function.

statement error 225
EXEC sp_set_session_context NULL, 1
----
error 225: The parameters supplied for the procedure "sp_set_session_context" are not valid.

statement error 16903
EXEC sp_set_session_context N'k'
----
error 16903: The "sp_set_connection_context" procedure was called with an incorrect number of parameters.

statement error 15666
DECLARE @k nvarchar(200) = REPLICATE(N'k', 129); EXEC sp_set_session_context @k, 1
----
error 15666: Cannot set key 'kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk' in the session context. The size of the key cannot exceed 256 bytes.

query I
SELECT CASE WHEN CONTEXT_INFO() IS NULL THEN 1 ELSE 0 END
----
1

statement ok
SET CONTEXT_INFO 0x0102

query II
SELECT DATALENGTH(CONTEXT_INFO()), CASE WHEN SUBSTRING(CONTEXT_INFO(), 1, 3) = 0x010200 THEN 1 ELSE 0 END
----
128	1
