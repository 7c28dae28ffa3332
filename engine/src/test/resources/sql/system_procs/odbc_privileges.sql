# sp_table_privileges and sp_column_privileges (SQLTablePrivileges / SQLColumnPrivileges, JDBC
# getTablePrivileges / getColumnPrivileges): the owner's implicit privileges and the GRANTs.
statement ok
CREATE TABLE tp_orders (id int NOT NULL, amount money NULL, note varchar(20) NULL)

statement ok
CREATE TABLE tp_items (id int NOT NULL)

statement ok
CREATE VIEW tp_view AS SELECT id FROM tp_orders

statement ok
CREATE LOGIN tp_clerk WITH PASSWORD = 'Clerk#Passw0rd'

statement ok
CREATE USER tp_clerk FOR LOGIN tp_clerk

statement ok
CREATE ROLE tp_readers

statement ok
GRANT SELECT, INSERT ON tp_orders TO tp_clerk

statement ok
GRANT UPDATE ON tp_orders TO tp_readers WITH GRANT OPTION

statement ok
GRANT UPDATE (note) ON tp_orders TO tp_clerk

statement ok
DENY DELETE ON tp_orders TO tp_clerk

statement ok
GRANT SELECT ON tp_view TO public

query TTTTTTT
EXEC sp_table_privileges 'tp[_]o%'
----
master	dbo	tp_orders	dbo	dbo	DELETE	YES
master	dbo	tp_orders	dbo	dbo	INSERT	YES
master	dbo	tp_orders	dbo	tp_clerk	INSERT	NO
master	dbo	tp_orders	dbo	dbo	REFERENCES	YES
master	dbo	tp_orders	dbo	dbo	SELECT	YES
master	dbo	tp_orders	dbo	tp_clerk	SELECT	NO
master	dbo	tp_orders	dbo	dbo	UPDATE	YES
master	dbo	tp_orders	dbo	tp_readers	UPDATE	YES

query TTTTTTT
EXEC sp_table_privileges @table_name = 'tp_view', @table_owner = 'dbo', @table_qualifier = 'master'
----
master	dbo	tp_view	dbo	dbo	DELETE	YES
master	dbo	tp_view	dbo	dbo	INSERT	YES
master	dbo	tp_view	dbo	dbo	REFERENCES	YES
master	dbo	tp_view	dbo	dbo	SELECT	YES
master	dbo	tp_view	dbo	public	SELECT	NO
master	dbo	tp_view	dbo	dbo	UPDATE	YES

# Patterns off: the underscore is a character.
query TTTTTTT
EXEC sp_table_privileges 'tp_item_', @fUsePattern = 0
----


describe
EXEC sp_table_privileges 'tp_items'
----
TABLE_QUALIFIER	nvarchar(128)	NULL
TABLE_OWNER	nvarchar(128)	NULL
TABLE_NAME	nvarchar(128)	NULL
GRANTOR	nvarchar(128)	NULL
GRANTEE	nvarchar(128)	NULL
PRIVILEGE	varchar(32)	NULL
IS_GRANTABLE	varchar(3)	NULL

statement error 15250
EXEC sp_table_privileges 'tp_items', NULL, 'msdb'
----
error 15250: The database name component of the object qualifier must be the name of the current database.

statement error 201
EXEC sp_table_privileges
----
error 201: Procedure or function 'sp_table_privileges' expects parameter '@table_name', which was not supplied.

# Column privileges: the table-wide grants reach every column; UPDATE (note) only that column.
query TTTTTTTT
EXEC sp_column_privileges 'tp_orders', @column_name = 'n%'
----
master	dbo	tp_orders	note	dbo	dbo	INSERT	YES
master	dbo	tp_orders	note	dbo	tp_clerk	INSERT	NO
master	dbo	tp_orders	note	dbo	dbo	REFERENCES	YES
master	dbo	tp_orders	note	dbo	dbo	SELECT	YES
master	dbo	tp_orders	note	dbo	tp_clerk	SELECT	NO
master	dbo	tp_orders	note	dbo	dbo	UPDATE	YES
master	dbo	tp_orders	note	dbo	tp_clerk	UPDATE	NO
master	dbo	tp_orders	note	dbo	tp_readers	UPDATE	YES

query TTTTTTTT
EXEC sp_column_privileges @table_name = 'tp_orders', @table_owner = 'dbo', @table_qualifier = 'master',
  @column_name = 'amount'
----
master	dbo	tp_orders	amount	dbo	dbo	INSERT	YES
master	dbo	tp_orders	amount	dbo	tp_clerk	INSERT	NO
master	dbo	tp_orders	amount	dbo	dbo	REFERENCES	YES
master	dbo	tp_orders	amount	dbo	dbo	SELECT	YES
master	dbo	tp_orders	amount	dbo	tp_clerk	SELECT	NO
master	dbo	tp_orders	amount	dbo	dbo	UPDATE	YES
master	dbo	tp_orders	amount	dbo	tp_readers	UPDATE	YES

query TTTTTTTT
EXEC sp_column_privileges 'tp_items'
----
master	dbo	tp_items	id	dbo	dbo	INSERT	YES
master	dbo	tp_items	id	dbo	dbo	REFERENCES	YES
master	dbo	tp_items	id	dbo	dbo	SELECT	YES
master	dbo	tp_items	id	dbo	dbo	UPDATE	YES

# An unknown table, or a pattern for the table name: no rows.
query TTTTTTTT
EXEC sp_column_privileges 'tp_nothing'
----

query TTTTTTTT
EXEC sp_column_privileges 'tp_item%'
----

describe
EXEC sp_column_privileges 'tp_items'
----
TABLE_QUALIFIER	nvarchar(128)	NULL
TABLE_OWNER	nvarchar(128)	NULL
TABLE_NAME	nvarchar(128)	NULL
COLUMN_NAME	nvarchar(128)	NULL
GRANTOR	nvarchar(128)	NULL
GRANTEE	nvarchar(128)	NULL
PRIVILEGE	varchar(32)	NULL
IS_GRANTABLE	varchar(3)	NULL

statement error 8145
EXEC sp_column_privileges 'tp_items', @column = 'id'
----
error 8145: @column is not a parameter for procedure sp_column_privileges.
