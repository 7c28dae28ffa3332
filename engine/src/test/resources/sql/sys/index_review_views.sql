# What index-review procedures (sp_BlitzIndex and its kin) read from the catalog: sys.columns'
# replication, sparse and default columns, sys.foreign_keys.is_not_for_replication,
# sys.check_constraints.uses_database_collation, sys.databases.create_date and COLUMNPROPERTY
# over a system view's columns.
statement ok
CREATE TABLE irv_parent (id int IDENTITY PRIMARY KEY, name nvarchar(50) NOT NULL CONSTRAINT df_irv_name DEFAULT (N'?'), code char(4) NULL, raw varbinary(8) NULL)
CREATE TABLE irv_child (id int PRIMARY KEY, parent_id int NOT NULL CONSTRAINT fk_irv_child REFERENCES irv_parent (id),
  status tinyint CONSTRAINT ck_irv_status CHECK (status < 10), tag varchar(5) CONSTRAINT ck_irv_tag CHECK (tag <> 'bad'),
  kind varchar(5) CONSTRAINT ck_irv_kind CHECK (kind IN ('a', 'b')))

query TIIIIIIII
SELECT c.name, c.is_ansi_padded, c.is_rowguidcol, c.is_filestream, c.is_replicated, c.is_sparse, c.is_column_set,
  CASE WHEN c.default_object_id = OBJECT_ID('df_irv_name') THEN 1 ELSE c.default_object_id END, c.rule_object_id
FROM sys.columns AS c WHERE c.object_id = OBJECT_ID('irv_parent') ORDER BY c.column_id
----
id	0	0	0	0	0	0	0	0
name	1	0	0	0	0	0	1	0
code	1	0	0	0	0	0	0	0
raw	1	0	0	0	0	0	0	0

query TIII
SELECT name, is_disabled, is_not_for_replication, is_not_trusted FROM sys.foreign_keys WHERE parent_object_id = OBJECT_ID('irv_child')
----
fk_irv_child	0	0	0

# A definition over numbers alone does not depend on the database's collation; one over
# character data does.
query TTI
SELECT name, definition, uses_database_collation FROM sys.check_constraints WHERE parent_object_id = OBJECT_ID('irv_child') ORDER BY name
----
ck_irv_kind	([kind]='a' OR [kind]='b')	1
ck_irv_status	([status]<(10))	0
ck_irv_tag	([tag]<>'bad')	1

query II
SELECT COLUMNPROPERTY(OBJECT_ID('sys.dm_os_sys_info'), 'sqlserver_start_time', 'ColumnID') - COLUMNPROPERTY(OBJECT_ID('sys.dm_os_sys_info'), 'cpu_ticks', 'ColumnID'),
  CASE WHEN COLUMNPROPERTY(OBJECT_ID('sys.dm_os_sys_info'), 'no_such_column', 'ColumnID') IS NULL THEN 1 ELSE 0 END
----
12	1

query I
SELECT COLUMNPROPERTY(OBJECT_ID('sys.indexes'), 'name', 'ColumnID')
----
2

# tempdb is made anew at each start; master when the store was first started; a new database
# when it is created.
query II
SELECT CASE WHEN d.create_date >= DATEADD(SECOND, -5, i.sqlserver_start_time) THEN 1 ELSE 0 END,
  CASE WHEN d.create_date <= GETDATE() THEN 1 ELSE 0 END
FROM sys.databases AS d CROSS JOIN sys.dm_os_sys_info AS i WHERE d.name = 'tempdb'
----
1	1

query I
SELECT CASE WHEN m.create_date <= t.create_date THEN 1 ELSE 0 END
FROM sys.databases AS m, sys.databases AS t WHERE m.name = 'master' AND t.name = 'tempdb'
----
1

statement ok
CREATE DATABASE irv_db

query I
SELECT CASE WHEN DATEDIFF(MINUTE, create_date, GETDATE()) BETWEEN 0 AND 5 THEN 1 ELSE 0 END FROM sys.databases WHERE name = 'irv_db'
----
1

statement ok
DROP DATABASE irv_db

# No database takes part in replication.
query I
SELECT COUNT(*) FROM sys.databases WHERE is_distributor = 1 OR is_published = 1 OR is_subscribed = 1 OR is_merge_published = 1 OR is_sync_with_backup = 1
----
0
