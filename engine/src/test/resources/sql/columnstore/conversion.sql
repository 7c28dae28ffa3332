# CREATE CLUSTERED COLUMNSTORE INDEX … WITH (DROP_EXISTING = ON) turns the rowstore clustered index
# of that name into a clustered columnstore, and CREATE CLUSTERED INDEX … DROP_EXISTING turns it
# back; the rows and the other indexes stay.
statement ok
CREATE TABLE conv (id int NOT NULL, grp int, val varchar(10))
CREATE CLUSTERED INDEX cx_conv ON conv (id)
CREATE INDEX ix_grp ON conv (grp)
INSERT INTO conv VALUES (3, 1, 'c'), (1, 1, 'a'), (2, 2, 'b')

statement ok
CREATE CLUSTERED COLUMNSTORE INDEX cx_conv ON conv WITH (DROP_EXISTING = ON)

query ITT
SELECT index_id, name, type_desc FROM sys.indexes WHERE object_id = OBJECT_ID('conv') ORDER BY index_id
----
1	cx_conv	CLUSTERED COLUMNSTORE
2	ix_grp	NONCLUSTERED

query IT
SELECT id, val FROM conv WHERE grp = 1 ORDER BY id
----
1	a
3	c

# A rowstore clustered index beside the clustered columnstore needs DROP_EXISTING too.
statement error 35372
CREATE CLUSTERED INDEX cx_other ON conv (id)
----
error 35372: You cannot create more than one clustered index on table 'dbo.conv'. Consider creating a new clustered index using 'with (drop_existing = on)' option.

# A nonclustered columnstore beside the clustered one: one columnstore per table.
statement error 35339
CREATE NONCLUSTERED COLUMNSTORE INDEX ncci ON conv (grp)
----
error 35339: Multiple columnstore indexes are not supported.

statement ok
CREATE CLUSTERED INDEX cx_conv ON conv (id) WITH (DROP_EXISTING = ON)

query ITT
SELECT index_id, name, type_desc FROM sys.indexes WHERE object_id = OBJECT_ID('conv') ORDER BY index_id
----
1	cx_conv	CLUSTERED
2	ix_grp	NONCLUSTERED

query I
SELECT COUNT(*) FROM conv
----
3

# DISABLE keeps the rows of a clustered columnstore but nothing reads them until a REBUILD.
statement ok
CREATE CLUSTERED COLUMNSTORE INDEX cx_conv ON conv WITH (DROP_EXISTING = ON)
ALTER INDEX cx_conv ON conv DISABLE

query IT
SELECT index_id, name FROM sys.indexes WHERE object_id = OBJECT_ID('conv') AND is_disabled = 1 ORDER BY index_id
----
1	cx_conv
2	ix_grp

statement ok
ALTER INDEX ALL ON conv REBUILD

query I
SELECT COUNT(*) FROM conv WHERE grp = 1
----
2
