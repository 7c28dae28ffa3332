# SET STATISTICS IO: message 3615 per table a statement read (scan count, logical reads: key-value
# reads); STATISTICS TIME: 3613 after compiling, 3612 after each statement (times vary, so the
# golden checks them by running with both and only IO shown here; see StatisticsOutputTest).
statement ok
CREATE TABLE sio (id int PRIMARY KEY, name varchar(10))

statement ok
CREATE INDEX ix_sio_name ON sio (name)

statement ok
INSERT INTO sio VALUES (1, 'a'), (2, 'b'), (3, 'c')

statement ok
SET STATISTICS IO ON

query IT rowsort
SELECT id, name FROM sio
----
1	a
2	b
3	c
! Table 'sio'. Scan count 1, logical reads 3, physical reads 0, page server reads 0, read-ahead reads 0, page server read-ahead reads 0, lob logical reads 0, lob physical reads 0, lob page server reads 0, lob read-ahead reads 0, lob page server read-ahead reads 0.

query IT
SELECT id, name FROM sio WHERE id = 2
----
2	b
! Table 'sio'. Scan count 1, logical reads 1, physical reads 0, page server reads 0, read-ahead reads 0, page server read-ahead reads 0, lob logical reads 0, lob physical reads 0, lob page server reads 0, lob read-ahead reads 0, lob page server read-ahead reads 0.

query IT
SELECT id, name FROM sio WHERE id = 7
----
! Table 'sio'. Scan count 1, logical reads 1, physical reads 0, page server reads 0, read-ahead reads 0, page server read-ahead reads 0, lob logical reads 0, lob physical reads 0, lob page server reads 0, lob read-ahead reads 0, lob page server read-ahead reads 0.

query I
SELECT COUNT(*) FROM sio a JOIN sio b ON a.id = b.id
----
3
! Table 'sio'. Scan count 2, logical reads 6, physical reads 0, page server reads 0, read-ahead reads 0, page server read-ahead reads 0, lob logical reads 0, lob physical reads 0, lob page server reads 0, lob read-ahead reads 0, lob page server read-ahead reads 0.

statement ok
UPDATE sio SET name = 'z' WHERE id = 3
----
! Table 'sio'. Scan count 1, logical reads 1, physical reads 0, page server reads 0, read-ahead reads 0, page server read-ahead reads 0, lob logical reads 0, lob physical reads 0, lob page server reads 0, lob read-ahead reads 0, lob page server read-ahead reads 0.

statement ok
SET STATISTICS IO OFF

query IT
SELECT id, name FROM sio WHERE id = 2
----
2	b
