# Extended properties: sp_addextendedproperty / sp_updateextendedproperty / sp_dropextendedproperty
# (EF Core's HasComment, Liquibase remarks, SSMS scripts), sys.extended_properties and
# fn_listextendedproperty at each level.
statement ok
CREATE TABLE t (id int CONSTRAINT pk_t PRIMARY KEY, c nvarchar(20), d int CONSTRAINT ck_d CHECK (d > 0))

statement ok
CREATE INDEX ix_c ON t (c)

statement ok
CREATE VIEW v AS SELECT id, c FROM t

statement ok
CREATE PROCEDURE p @a int, @b nvarchar(10) AS SELECT @a, @b

statement ok
CREATE SEQUENCE s START WITH 1

statement ok
CREATE TRIGGER tr_t ON t AFTER INSERT AS SELECT 1

# The EF Core form: positional, the column of a table.
statement ok
EXEC sp_addextendedproperty 'MS_Description', N'comment', 'SCHEMA', N'dbo', 'TABLE', N't', 'COLUMN', N'c'

statement ok
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'the table', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N't'

statement ok
EXEC sp_addextendedproperty N'Version', 3

statement ok
EXEC sp_addextendedproperty N'Owner', N'data team', N'SCHEMA', N'dbo'

statement ok
EXEC sp_addextendedproperty N'Doc', N'index', N'SCHEMA', N'dbo', N'TABLE', N't', N'INDEX', N'ix_c'

statement ok
EXEC sp_addextendedproperty N'Doc', N'check', N'SCHEMA', N'dbo', N'TABLE', N't', N'CONSTRAINT', N'ck_d'

statement ok
EXEC sp_addextendedproperty N'Doc', N'trigger', N'SCHEMA', N'dbo', N'TABLE', N't', N'TRIGGER', N'tr_t'

statement ok
EXEC sp_addextendedproperty N'Doc', N'view', N'SCHEMA', N'dbo', N'VIEW', N'v'

statement ok
EXEC sp_addextendedproperty N'Doc', N'procedure', N'SCHEMA', N'dbo', N'PROCEDURE', N'p'

statement ok
EXEC sp_addextendedproperty N'Doc', N'second parameter', N'SCHEMA', N'dbo', N'PROCEDURE', N'p', N'PARAMETER', N'@b'

statement ok
EXEC sp_addextendedproperty N'Doc', N'sequence', N'SCHEMA', N'dbo', N'SEQUENCE', N's'

query ITTT rowsort
SELECT ep.class, ep.class_desc, CASE WHEN ep.class IN (1, 2, 7) THEN OBJECT_NAME(ep.major_id) ELSE CAST(ep.major_id AS varchar(10)) END + '/' + CAST(ep.minor_id AS varchar(10)), ep.name + '=' + CAST(ep.value AS nvarchar(100))
FROM sys.extended_properties ep
----
0	DATABASE	0/0	Version=3
1	OBJECT_OR_COLUMN	ck_d/0	Doc=check
1	OBJECT_OR_COLUMN	p/0	Doc=procedure
1	OBJECT_OR_COLUMN	s/0	Doc=sequence
1	OBJECT_OR_COLUMN	t/0	MS_Description=the table
1	OBJECT_OR_COLUMN	t/2	MS_Description=comment
1	OBJECT_OR_COLUMN	tr_t/0	Doc=trigger
1	OBJECT_OR_COLUMN	v/0	Doc=view
2	PARAMETER	p/2	Doc=second parameter
3	SCHEMA	1/0	Owner=data team
7	INDEX	t/2	Doc=index

query TT
SELECT CAST(SQL_VARIANT_PROPERTY(value, 'BaseType') AS sysname), CAST(value AS nvarchar(20)) FROM sys.extended_properties WHERE name = 'Version'
----
int	3

query IT
SELECT c.column_id, c.name FROM sys.extended_properties ep JOIN sys.columns c ON c.object_id = ep.major_id AND c.column_id = ep.minor_id WHERE ep.class = 1 AND ep.minor_id > 0
----
2	c

describe
SELECT * FROM sys.extended_properties
----
class	tinyint	NOT NULL
class_desc	nvarchar(60)	NULL
major_id	int	NOT NULL
minor_id	int	NOT NULL
name	nvarchar(128)	NOT NULL
value	sql_variant	NULL

# fn_listextendedproperty: NULL at a level means every item there.
query TTTT
SELECT objtype, objname, name, CAST(value AS nvarchar(100)) FROM fn_listextendedproperty(NULL, NULL, NULL, NULL, NULL, NULL, NULL)
----
NULL	NULL	Version	3

# DEFAULT as an argument is NULL (SQLAlchemy's probe writes it so).
query TTTT
SELECT objtype, objname, name, CAST(value AS nvarchar(100)) FROM ::fn_listextendedproperty(default, default, default, default, default, default, default)
----
NULL	NULL	Version	3

query TTTT
SELECT objtype, objname, name, CAST(value AS nvarchar(100)) FROM fn_listextendedproperty(NULL, 'schema', 'dbo', NULL, NULL, NULL, NULL)
----
SCHEMA	dbo	Owner	data team

query TTTT rowsort
SELECT objtype, objname, name, CAST(value AS nvarchar(100)) FROM sys.fn_listextendedproperty(NULL, 'SCHEMA', 'dbo', 'TABLE', NULL, NULL, NULL)
----
TABLE	t	MS_Description	the table

query TTTT rowsort
SELECT objtype, objname, name, CAST(value AS nvarchar(100)) FROM fn_listextendedproperty(N'MS_Description', 'SCHEMA', 'dbo', 'TABLE', 't', 'COLUMN', NULL)
----
COLUMN	c	MS_Description	comment

query TTTT rowsort
SELECT objtype, objname, name, CAST(value AS nvarchar(100)) FROM fn_listextendedproperty('Doc', 'SCHEMA', 'dbo', 'TABLE', 't', 'INDEX', NULL)
----
INDEX	ix_c	Doc	index

query TTTT rowsort
SELECT objtype, objname, name, CAST(value AS nvarchar(100)) FROM fn_listextendedproperty('Doc', 'SCHEMA', 'dbo', 'PROCEDURE', 'p', 'PARAMETER', NULL)
----
PARAMETER	@b	Doc	second parameter

query I
SELECT COUNT(*) FROM fn_listextendedproperty(NULL, 'SCHEMA', 'dbo', 'TABLE', 'nope', NULL, NULL)
----
0

describe
SELECT * FROM fn_listextendedproperty(NULL, NULL, NULL, NULL, NULL, NULL, NULL)
----
objtype	nvarchar(128)	NULL
objname	nvarchar(128)	NULL
name	nvarchar(128)	NULL
value	sql_variant	NULL

# Update and drop, by name (case-insensitive) and by position.
statement ok
EXEC sp_updateextendedproperty @name = N'ms_description', @value = N'new comment', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N't', @level2type = N'COLUMN', @level2name = N'c'

query TT
SELECT name, CAST(value AS nvarchar(100)) FROM fn_listextendedproperty(NULL, 'SCHEMA', 'dbo', 'TABLE', 't', 'COLUMN', 'c')
----
MS_Description	new comment

statement ok
EXEC sp_dropextendedproperty N'Version'

statement ok
EXEC sp_dropextendedproperty @name = N'Doc', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'SEQUENCE', @level1name = N's'

query I
SELECT COUNT(*) FROM sys.extended_properties WHERE name IN ('Version') OR CAST(value AS nvarchar(100)) = N'sequence'
----
0

# A rolled-back add leaves nothing.
statement ok
BEGIN TRANSACTION;
EXEC sp_addextendedproperty N'Temp', N'x', N'SCHEMA', N'dbo', N'TABLE', N't';
ROLLBACK

query I
SELECT COUNT(*) FROM sys.extended_properties WHERE name = 'Temp'
----
0

# Errors.
statement error 15233
EXEC sp_addextendedproperty 'MS_Description', N'again', 'SCHEMA', N'dbo', 'TABLE', N't', 'COLUMN', N'c'
----
error 15233: Property cannot be added. Property 'MS_Description' already exists for 'dbo.t.c'.

statement error 15233
EXEC sp_addextendedproperty N'Owner', N'again', N'SCHEMA', N'dbo'
----
error 15233: Property cannot be added. Property 'Owner' already exists for 'dbo'.

statement error 15217
EXEC sp_updateextendedproperty N'Nope', N'x', N'SCHEMA', N'dbo', N'TABLE', N't'
----
error 15217: Property cannot be updated or deleted. Property 'Nope' does not exist for 'dbo.t'.

statement error 15217
EXEC sp_dropextendedproperty N'Nope'
----
error 15217: Property cannot be updated or deleted. Property 'Nope' does not exist for 'object specified'.

statement error 15135
EXEC sp_addextendedproperty N'Doc', N'x', N'SCHEMA', N'dbo', N'TABLE', N'missing'
----
error 15135: Object is invalid. Extended properties are not permitted on 'dbo.missing', or the object does not exist.

statement error 15135
EXEC sp_addextendedproperty N'Doc', N'x', N'SCHEMA', N'dbo', N'TABLE', N't', N'COLUMN', N'missing'
----
error 15135: Object is invalid. Extended properties are not permitted on 'dbo.t.missing', or the object does not exist.

statement error 15135
EXEC sp_addextendedproperty N'Doc', N'x', N'SCHEMA', N'nosuch'
----
error 15135: Object is invalid. Extended properties are not permitted on 'nosuch', or the object does not exist.

statement error 15135
EXEC sp_addextendedproperty N'Doc', N'x', N'SCHEMA', N'dbo', N'VIEW', N't'
----
error 15135: Object is invalid. Extended properties are not permitted on 'dbo.t', or the object does not exist.

statement error 15600
EXEC sp_addextendedproperty NULL, N'x', N'SCHEMA', N'dbo'
----
error 15600: An invalid parameter or option was specified for procedure 'sp_addextendedproperty'.

statement error 15600
EXEC sp_addextendedproperty N'Doc', N'x', N'SCHEMA', N'dbo', N'WIDGET', N't'
----
error 15600: An invalid parameter or option was specified for procedure 'sp_addextendedproperty'.

statement error 15600
EXEC sp_addextendedproperty N'Doc', N'x', N'SCHEMA', NULL
----
error 15600: An invalid parameter or option was specified for procedure 'sp_addextendedproperty'.

statement error 15097
DECLARE @big nvarchar(4000) = REPLICATE(N'x', 3751);
EXEC sp_addextendedproperty N'Big', @big
----
error 15097: The size associated with an extended property cannot be more than 7,500 bytes.

statement error 8145
EXEC sp_addextendedproperty @name = N'Doc', @valu = N'x'
----
error 8145: @valu is not a parameter for procedure sp_addextendedproperty.

# Properties of a dropped object, column or index are gone.
statement ok
DROP INDEX ix_c ON t

statement ok
ALTER TABLE t DROP COLUMN c

query I
SELECT COUNT(*) FROM sys.extended_properties WHERE minor_id > 0 AND class IN (1, 7)
----
0

query I
SELECT COUNT(*) FROM fn_listextendedproperty(NULL, 'SCHEMA', 'dbo', 'TABLE', 't', 'COLUMN', NULL)
----
0

# Column and index ids are reused (highest + 1): a new column or index does not inherit the
# properties of a dropped one with its id, nor a dropped constraint's.
statement ok
EXEC sp_addextendedproperty N'Doc', N'column d', N'SCHEMA', N'dbo', N'TABLE', N't', N'COLUMN', N'd'

statement ok
ALTER TABLE t DROP CONSTRAINT ck_d

statement ok
ALTER TABLE t DROP COLUMN d

statement ok
ALTER TABLE t ADD e int

statement ok
CREATE INDEX ix_new ON t (e)

query TI
SELECT c.name, c.column_id FROM sys.columns c WHERE c.object_id = OBJECT_ID('t') AND c.name = 'e'
UNION ALL SELECT i.name, i.index_id FROM sys.indexes i WHERE i.object_id = OBJECT_ID('t') AND i.name = 'ix_new'
----
e	2
ix_new	2

query I
SELECT COUNT(*) FROM sys.extended_properties WHERE (class = 1 AND minor_id > 0) OR class = 7 OR CAST(value AS nvarchar(100)) = N'check'
----
0

statement ok
DROP VIEW v

query I
SELECT COUNT(*) FROM sys.extended_properties WHERE CAST(value AS nvarchar(100)) = N'view'
----
0

statement ok
CREATE VIEW v AS SELECT id FROM t

query I
SELECT COUNT(*) FROM fn_listextendedproperty(NULL, 'SCHEMA', 'dbo', 'VIEW', 'v', NULL, NULL)
----
0

# Changing a property needs ALTER on the item: 15247 without it.
statement ok
CREATE LOGIN ep_clerk WITH PASSWORD = 'P@ssw0rd-1';
CREATE USER ep_clerk FOR LOGIN ep_clerk;
GRANT SELECT ON t TO ep_clerk;
EXECUTE AS USER = 'ep_clerk'

statement error 15247
EXEC sp_addextendedproperty N'Doc', N'x', N'SCHEMA', N'dbo', N'TABLE', N't'
----
error 15247: User does not have permission to perform this action.

query I
SELECT COUNT(*) FROM sys.extended_properties WHERE name = 'MS_Description'
----
1

statement ok
REVERT;
GRANT ALTER ON t TO ep_clerk;
EXECUTE AS USER = 'ep_clerk'

statement ok
EXEC sp_addextendedproperty N'Doc', N'granted', N'SCHEMA', N'dbo', N'TABLE', N't'

statement error 15247
EXEC sp_addextendedproperty N'Doc', N'x', N'SCHEMA', N'dbo'

statement ok
REVERT
