# rowversion (and its synonym timestamp): every insert and update of a row stamps it with the
# database's next value; @@DBTS is the last value handed out (0x7D0 in a new database).
query T
SELECT @@DBTS
----
0x00000000000007D0

statement ok
CREATE TABLE rv_items (id int PRIMARY KEY, v int, rv rowversion)

statement ok
INSERT rv_items (id, v) VALUES (1, 10), (2, 20)

# Without a column list the rowversion column takes DEFAULT or NULL.
statement ok
INSERT rv_items VALUES (3, 30, DEFAULT), (4, 40, NULL)

query IIT
SELECT id, v, rv FROM rv_items ORDER BY id
----
1	10	0x00000000000007D1
2	20	0x00000000000007D2
3	30	0x00000000000007D3
4	40	0x00000000000007D4

query T
SELECT @@DBTS
----
0x00000000000007D4

# Any update moves the row's rowversion, even one that changes nothing.
statement ok
UPDATE rv_items SET v = v WHERE id = 2

query IT
SELECT id, rv FROM rv_items WHERE rv > 0x00000000000007D3 ORDER BY id
----
2	0x00000000000007D5
4	0x00000000000007D4

# The optimistic-concurrency pattern: an update guarded by the rowversion read before.
statement ok
DECLARE @seen binary(8) = (SELECT rv FROM rv_items WHERE id = 1);
UPDATE rv_items SET v = 11 WHERE id = 1 AND rv = @seen;
UPDATE rv_items SET v = 12 WHERE id = 1 AND rv = @seen

query II
SELECT id, v FROM rv_items WHERE id = 1
----
1	11

# A bare TIMESTAMP column definition is a column named timestamp.
statement ok
CREATE TABLE rv_stamps (id int, TIMESTAMP)

statement ok
INSERT rv_stamps (id) VALUES (1)

query IT
SELECT id, [timestamp] FROM rv_stamps
----
1	0x00000000000007D7

# The counter is the database's and a rollback does not give values back.
statement ok
BEGIN TRAN; INSERT rv_stamps (id) VALUES (2); ROLLBACK

statement ok
INSERT rv_stamps (id) VALUES (3)

query IT
SELECT id, [timestamp] FROM rv_stamps ORDER BY id
----
1	0x00000000000007D7
3	0x00000000000007D9

# OUTPUT shows the stamped value.
query T
UPDATE rv_stamps SET id = 4 OUTPUT inserted.[timestamp] WHERE id = 3
----
0x00000000000007DA

# Catalog views call the type timestamp (189); the column is binary(8) NOT NULL unless declared NULL.
query TIIIT
SELECT c.name, c.system_type_id, c.max_length, c.is_nullable, TYPE_NAME(c.system_type_id) FROM sys.columns AS c WHERE c.object_id = OBJECT_ID('rv_items') ORDER BY c.column_id
----
id	56	4	0	int
v	56	4	1	int
rv	189	8	0	timestamp

query TT
SELECT COLUMN_NAME, DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'rv_items' ORDER BY ORDINAL_POSITION
----
id	int
v	int
rv	timestamp

# Adding one to a table with rows stamps each row.
statement ok
CREATE TABLE rv_later (id int PRIMARY KEY)

statement ok
INSERT rv_later VALUES (1), (2)

statement ok
ALTER TABLE rv_later ADD ver rowversion

query IT
SELECT id, ver FROM rv_later ORDER BY id
----
1	0x00000000000007DB
2	0x00000000000007DC

# A variable or a CAST of rowversion is binary(8).
query T
DECLARE @v rowversion = 0x01; SELECT @v
----
0x0100000000000000

statement error 273
INSERT rv_items (id, v, rv) VALUES (5, 50, 0x01)
----
error 273: Cannot insert an explicit value into a timestamp column. Use INSERT with a column list to exclude the timestamp column, or insert a DEFAULT into the timestamp column.

statement error 213
INSERT rv_items VALUES (5, 50)
----
error 213: Column name or number of supplied values does not match table definition.

statement error 272
UPDATE rv_items SET rv = DEFAULT
----
error 272: Cannot update a timestamp column.

statement error 272
UPDATE rv_items SET rv = @@DBTS WHERE id = 1
----
error 272: Cannot update a timestamp column.

statement error 2738
CREATE TABLE rv_two (a rowversion, b timestamp)
----
error 2738: A table can only have one timestamp column. Because table 'rv_two' already has one, the column 'b' cannot be added.

statement error 2738
ALTER TABLE rv_items ADD rv2 rowversion
----
error 2738: A table can only have one timestamp column. Because table 'rv_items' already has one, the column 'rv2' cannot be added.

statement error 1755
CREATE TABLE rv_defaulted (rv rowversion DEFAULT 0x01)
----
error 1755: Defaults cannot be created on columns of data type timestamp. Table 'rv_defaulted', column 'rv'.


# The catalog procedures drivers call name the type as SQL Server's do.
query TTTTITIIIIITTIIIITI
EXEC sp_columns @table_name = 'rv_items', @column_name = 'rv', @ODBCVer = 3
----
master	dbo	rv_items	rv	-2	timestamp	8	8	NULL	NULL	0	NULL	NULL	-2	NULL	8	3	NO	45

# MIN_ACTIVE_ROWVERSION() is @@DBTS + 1 while no open transaction holds a rowversion, else the
# lowest one an open transaction drew (binary(8)): rows below it are all committed.
query TT
SELECT CASE WHEN MIN_ACTIVE_ROWVERSION() = CAST(CAST(@@DBTS AS bigint) + 1 AS binary(8)) THEN 'dbts + 1' ELSE 'other' END,
       SQL_VARIANT_PROPERTY(MIN_ACTIVE_ROWVERSION(), 'BaseType')
----
dbts + 1	binary

query TTT
BEGIN TRAN;
UPDATE rv_items SET v = v WHERE id = 1;
UPDATE rv_items SET v = v WHERE id = 2;
SELECT CASE WHEN MIN_ACTIVE_ROWVERSION() = (SELECT rv FROM rv_items WHERE id = 1) THEN 'first held' ELSE 'other' END,
       CASE WHEN MIN_ACTIVE_ROWVERSION() < @@DBTS THEN 'below dbts' ELSE 'other' END,
       CASE WHEN (SELECT rv FROM rv_items WHERE id = 2) = @@DBTS THEN 'second is dbts' ELSE 'other' END;
COMMIT
----
first held	below dbts	second is dbts

query T
SELECT CASE WHEN MIN_ACTIVE_ROWVERSION() = CAST(CAST(@@DBTS AS bigint) + 1 AS binary(8)) THEN 'dbts + 1' ELSE 'other' END
----
dbts + 1

# A rolled back transaction's values are no longer active either.
query T
BEGIN TRAN;
UPDATE rv_items SET v = v WHERE id = 1;
ROLLBACK;
SELECT CASE WHEN MIN_ACTIVE_ROWVERSION() = CAST(CAST(@@DBTS AS bigint) + 1 AS binary(8)) THEN 'dbts + 1' ELSE 'other' END
----
dbts + 1
