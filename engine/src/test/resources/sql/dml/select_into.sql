# SELECT … INTO creates a table shaped like the query's result and fills it.
statement ok
CREATE TABLE src (id int IDENTITY(10, 5) PRIMARY KEY, name varchar(20) NOT NULL, qty int NULL)
INSERT INTO src (name, qty) VALUES ('apple', 3), ('pear', NULL), ('fig', 7)

query I
SELECT id, name, qty INTO dst FROM src WHERE id > 10
SELECT @@ROWCOUNT
----
2

query ITI
SELECT id, name, qty FROM dst ORDER BY id
----
15	pear	NULL
20	fig	7

# Column names, types and nullability come from the result; the identity property carries over.
query TIIIT
SELECT c.name, c.is_nullable, c.is_identity, c.max_length, TYPE_NAME(c.system_type_id)
FROM sys.columns c WHERE c.object_id = OBJECT_ID('dst') ORDER BY c.column_id
----
id	0	1	4	int
name	0	0	20	varchar
qty	1	0	4	int

# The identity continues after the highest copied value.
query II
INSERT INTO dst (name) VALUES ('plum')
SELECT id, IDENT_CURRENT('dst') FROM dst WHERE name = 'plum'
----
25	25

# An expression column is named by its alias; a computed result is nullable unless proven not.
query T
SELECT name + '!' AS shout, qty * 2 AS twice INTO #shouts FROM src
SELECT shout FROM #shouts ORDER BY shout
----
apple!
fig!
pear!

# An identity selected through an expression is not carried over.
query I
SELECT id + 0 AS id INTO plain FROM src
SELECT COUNT(*) FROM sys.columns WHERE object_id = OBJECT_ID('plain') AND is_identity = 1
----
0

# No row still creates the table.
query I
SELECT id, name INTO empty_copy FROM src WHERE 1 = 0
SELECT COUNT(*) FROM empty_copy
----
0

statement error 2714
SELECT id INTO dst FROM src
----
error 2714: There is already an object named 'dst' in the database.

statement error 1038
SELECT id, qty * 2 INTO unnamed FROM src
----
error 1038: An object or column name is missing or empty. For SELECT INTO statements, verify each column has a name. For other statements, look for empty alias names. Aliases defined as "" or [] are not allowed. Change the alias to a valid name.

statement error 2705
SELECT id, name AS id INTO twice FROM src
----
error 2705: Column names in each table must be unique. Column name 'id' in table 'twice' is specified more than once.

statement error 208
SELECT a INTO nowhere FROM missing_table
----
error 208: Invalid object name 'missing_table'.

statement error 207
SELECT nope INTO nowhere FROM src
----
error 207: Invalid column name 'nope'.

# A failed SELECT INTO leaves no table behind.
query I
SELECT COUNT(*) FROM sys.tables WHERE name IN ('unnamed', 'twice', 'nowhere')
----
0

# Inside a transaction, a rollback removes the new table.
query I
BEGIN TRAN
SELECT name INTO rolled FROM src
ROLLBACK
SELECT COUNT(*) FROM sys.tables WHERE name = 'rolled'
----
0

# From a table variable into a temporary table, with *.
query IT
DECLARE @v TABLE (k int NOT NULL, label varchar(5))
INSERT INTO @v VALUES (1, 'one'), (2, 'two')
SELECT * INTO #from_var FROM @v WHERE k > 1
SELECT k, label FROM #from_var
----
2	two
