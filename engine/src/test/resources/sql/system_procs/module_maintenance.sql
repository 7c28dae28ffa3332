# sp_recompile, sp_refreshview and sp_refreshsqlmodule.
statement ok
CREATE TABLE mm_t (id int NOT NULL PRIMARY KEY, v varchar(10) NULL)

statement ok
CREATE VIEW mm_v AS SELECT id, v FROM mm_t

statement ok
CREATE PROCEDURE mm_p AS SELECT COUNT(*) FROM mm_t

statement ok
EXEC mm_p

query I
SELECT COUNT(*) FROM sys.dm_exec_cached_plans p CROSS APPLY sys.dm_exec_sql_text(p.plan_handle) t
WHERE t.objectid = OBJECT_ID('mm_p')
----
1

# A procedure's plan leaves the cache; its next call compiles it again.
statement ok
EXEC sp_recompile 'mm_p'
----
! Object 'mm_p' was successfully marked for recompilation.

query I
SELECT COUNT(*) FROM sys.dm_exec_cached_plans p CROSS APPLY sys.dm_exec_sql_text(p.plan_handle) t
WHERE t.objectid = OBJECT_ID('mm_p')
----
0

statement ok
EXEC mm_p

# A table: the modules that reference it go too.
statement ok
EXEC sp_recompile @objname = N'dbo.mm_t'
----
! Object 'dbo.mm_t' was successfully marked for recompilation.

query I
SELECT COUNT(*) FROM sys.dm_exec_cached_plans p CROSS APPLY sys.dm_exec_sql_text(p.plan_handle) t
WHERE t.objectid = OBJECT_ID('mm_p')
----
0

query I
DECLARE @r int
EXEC @r = sp_recompile 'mm_v'
SELECT @r
----
! Object 'mm_v' was successfully marked for recompilation.
0

statement error 15009
EXEC sp_recompile 'mm_nothing'
----
error 15009: The object 'mm_nothing' does not exist in database 'master' or is invalid for this operation.

statement error 15250
EXEC sp_recompile 'msdb.dbo.mm_p'
----
error 15250: The database name component of the object qualifier must be the name of the current database.

statement error 201
EXEC sp_recompile
----
error 201: Procedure or function 'sp_recompile' expects parameter '@objname', which was not supplied.

# sp_refreshview binds the view again: fine while its table has its columns.
query I
DECLARE @r int
EXEC @r = sp_refreshview 'mm_v'
SELECT @r
----
0

statement ok
EXEC sp_refreshsqlmodule @name = 'dbo.mm_p'

statement ok
EXEC sp_refreshsqlmodule 'mm_v', 'OBJECT'

statement error 15165
EXEC sp_refreshview 'mm_t'
----
error 15165: Could not find object 'mm_t' or you do not have permission.

statement error 15165
EXEC sp_refreshsqlmodule 'mm_nothing'
----
error 15165: Could not find object 'mm_nothing' or you do not have permission.

statement error 15251
EXEC sp_refreshsqlmodule 'mm_p', 'SCHEMA'
----
error 15251: Invalid '@namespace' specified. It must be 'OBJECT', 'DATABASE_DDL_TRIGGER' or 'SERVER_DDL_TRIGGER'.

statement error 201
EXEC sp_refreshview
----
error 201: Procedure or function 'sp_refreshview' expects parameter '@viewname', which was not supplied.

# A column the view reads is gone: refreshing raises the binding error.
statement ok
ALTER TABLE mm_t DROP COLUMN v

statement error 207
EXEC sp_refreshview 'mm_v'
----
error 207: Invalid column name 'v'.

statement ok
DROP TABLE mm_t

statement error 208
EXEC sp_refreshsqlmodule 'mm_v'
----
error 208: Invalid object name 'mm_t'.
