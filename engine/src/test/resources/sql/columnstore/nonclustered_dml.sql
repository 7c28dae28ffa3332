# A table with a nonclustered columnstore stays writable (SQL Server 2016 on): UPDATE, DELETE and
# MERGE keep its entries, and reads that scan it see every change.
statement ok
CREATE TABLE nd (id int NOT NULL PRIMARY KEY, grp int, amt int)
CREATE NONCLUSTERED COLUMNSTORE INDEX ncci_nd ON nd (grp, amt)
INSERT INTO nd VALUES (1, 1, 10), (2, 1, 20), (3, 2, 30)

statement ok
UPDATE nd SET amt = amt + 1 WHERE grp = 1
DELETE FROM nd WHERE amt = 30

query II
SELECT grp, SUM(amt) FROM nd GROUP BY grp ORDER BY grp
----
1	32

statement ok
MERGE nd AS t USING (SELECT 4 AS id, 2 AS grp, 5 AS amt) AS s ON t.id = s.id
WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.grp, s.amt);

query II
SELECT grp, SUM(amt) FROM nd GROUP BY grp ORDER BY grp
----
1	32
2	5

query I
SELECT total_rows FROM sys.column_store_row_groups WHERE object_id = OBJECT_ID('nd')
----
3

# DROP COLUMN of a column the columnstore holds is refused, as for any index (5074).
statement error 5074
ALTER TABLE nd DROP COLUMN amt
----
error 5074: The index 'ncci_nd' is dependent on column 'amt'.
error 4922: ALTER TABLE DROP COLUMN amt failed because one or more objects access this column.
