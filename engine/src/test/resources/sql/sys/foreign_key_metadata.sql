# How clients read foreign keys back. sys.foreign_keys.key_index_id names the referenced table's unique index the key matches:
# Liquibase's snapshot joins sys.indexes on it to read foreign keys.
statement ok
CREATE TABLE fk_parent (id int NOT NULL CONSTRAINT pk_fk_parent PRIMARY KEY, code char(3) NOT NULL CONSTRAINT uq_fk_parent_code UNIQUE)

statement ok
CREATE TABLE fk_child (id int PRIMARY KEY, parent_id int CONSTRAINT fk_child_parent REFERENCES fk_parent (id), parent_code char(3) CONSTRAINT fk_child_code REFERENCES fk_parent (code))

query TTI
SELECT f.name, i.name, f.is_system_named FROM sys.foreign_keys f JOIN sys.indexes i ON i.object_id = f.referenced_object_id AND i.index_id = f.key_index_id ORDER BY f.name
----
fk_child_code	uq_fk_parent_code	0
fk_child_parent	pk_fk_parent	0

# The join Liquibase sends for a table's foreign keys.
query TTTTI
select convert(sysname,o1.name) AS PKTABLE_NAME, convert(sysname,c1.name) AS PKCOLUMN_NAME, convert(sysname,o2.name) AS FKTABLE_NAME,
  convert(sysname,i.name) AS PK_NAME, convert(smallint, case ObjectProperty(f.object_id, 'CnstIsDeleteCascade') when 1 then 0 else 1 end) AS DELETE_RULE
from sys.objects o1, sys.objects o2, sys.columns c1, sys.columns c2, sys.foreign_keys f
inner join sys.foreign_key_columns k on (k.constraint_object_id = f.object_id)
inner join sys.indexes i on (f.referenced_object_id = i.object_id and f.key_index_id = i.index_id)
where o1.object_id = f.referenced_object_id and o2.object_id = f.parent_object_id and c1.object_id = f.referenced_object_id
  and c2.object_id = f.parent_object_id and c1.column_id = k.referenced_column_id and c2.column_id = k.parent_column_id
  and o2.name = 'fk_child' order by PK_NAME
----
fk_parent	id	fk_child	pk_fk_parent	1
fk_parent	code	fk_child	uq_fk_parent_code	1

# OBJECTPROPERTY on a constraint's id: Liquibase reads the delete and update rules from CnstIs….
statement ok
CREATE TABLE fk_cascade (id int PRIMARY KEY, parent_id int, CONSTRAINT fk_cascade_parent FOREIGN KEY (parent_id) REFERENCES fk_parent (id) ON DELETE CASCADE, CONSTRAINT ck_cascade_id CHECK (id > 0))

statement ok
ALTER TABLE fk_cascade NOCHECK CONSTRAINT ck_cascade_id

query TIIIIIII
SELECT name, OBJECTPROPERTY(object_id, 'CnstIsDeleteCascade'), OBJECTPROPERTY(object_id, 'CnstIsUpdateCascade'),
  OBJECTPROPERTY(object_id, 'IsConstraint'), OBJECTPROPERTY(object_id, 'IsForeignKey'), OBJECTPROPERTY(object_id, 'IsCheckCnst'),
  OBJECTPROPERTY(object_id, 'CnstIsDisabled'), OBJECTPROPERTY(object_id, 'IsUserTable')
FROM sys.objects WHERE parent_object_id = OBJECT_ID('fk_cascade') AND type IN ('F', 'C') ORDER BY name
----
ck_cascade_id	0	0	1	0	1	1	0
fk_cascade_parent	1	0	1	1	0	0	0

query IIII
SELECT OBJECTPROPERTY(OBJECT_ID('pk_fk_parent'), 'IsPrimaryKey'), OBJECTPROPERTY(OBJECT_ID('uq_fk_parent_code'), 'IsUniqueCnst'),
  OBJECTPROPERTY(OBJECT_ID('fk_parent'), 'IsConstraint'), OBJECTPROPERTY(OBJECT_ID('fk_parent'), 'CnstIsDeleteCascade')
----
1	1	0	NULL

statement ok
DROP TABLE fk_cascade

statement ok
DROP TABLE fk_child

statement ok
DROP TABLE fk_parent
