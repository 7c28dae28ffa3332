# sp_indexoption: ALLOW_ROW_LOCKS / ALLOW_PAGE_LOCKS of one index or of all a table's.
statement ok
CREATE TABLE io_t (id int NOT NULL CONSTRAINT pk_io_t PRIMARY KEY, v int NULL)

statement ok
CREATE INDEX ix_io_t_v ON io_t (v)

statement ok
EXEC sp_indexoption 'io_t.ix_io_t_v', 'DisAllowRowLocks', TRUE

query TII
SELECT name, CAST(allow_row_locks AS int), CAST(allow_page_locks AS int) FROM sys.indexes
WHERE object_id = OBJECT_ID('io_t') ORDER BY index_id
----
pk_io_t	1	1
ix_io_t_v	0	1

statement ok
EXEC sp_indexoption @IndexNamePattern = N'dbo.io_t', @OptionName = 'AllowPageLocks', @OptionValue = 'off'

query TII
SELECT name, CAST(allow_row_locks AS int), CAST(allow_page_locks AS int) FROM sys.indexes
WHERE object_id = OBJECT_ID('io_t') ORDER BY index_id
----
pk_io_t	1	0
ix_io_t_v	0	0

statement ok
EXEC sp_indexoption 'io_t', 'AllowRowLocks', 'ON'

query TII
SELECT name, CAST(allow_row_locks AS int), CAST(allow_page_locks AS int) FROM sys.indexes
WHERE object_id = OBJECT_ID('io_t') ORDER BY index_id
----
pk_io_t	1	0
ix_io_t_v	1	0

statement error 15388
EXEC sp_indexoption 'io_nothing', 'AllowRowLocks', 'ON'
----
error 15388: There is no user table matching the input name 'io_nothing' in the current database or you do not have permission to access the table.

statement error 15323
EXEC sp_indexoption 'io_t.ix_nothing', 'AllowRowLocks', 'ON'
----
error 15323: The selected index does not exist on table 'io_t'.

statement error 15231
EXEC sp_indexoption 'io_t', 'AllowRowLocks', 'maybe'
----
error 15231: The argument specified for the '@OptionValue' parameter of stored procedure 'sp_indexoption' is not valid. Valid arguments are 'ON', 'OFF', 'TRUE' and 'FALSE'.

statement error 15600
EXEC sp_indexoption 'io_t', 'FillFactor', 'ON'
----
error 15600: An invalid parameter or option was specified for procedure 'sp_indexoption'.
