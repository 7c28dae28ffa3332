# A clustered columnstore table under OUTPUT, triggers and cursors (WHERE CURRENT OF): its rows
# behave as any table's.
statement ok
CREATE TABLE ct (id int NOT NULL, qty int, INDEX cci_ct CLUSTERED COLUMNSTORE)
CREATE TABLE ct_log (what varchar(10), id int)

query I
INSERT INTO ct OUTPUT inserted.id VALUES (1, 10), (2, 20), (3, 30)
----
1
2
3

query II
UPDATE ct SET qty = qty + 1 OUTPUT deleted.qty, inserted.qty WHERE id = 3
----
30	31

statement ok
CREATE TRIGGER trg_ct ON ct AFTER INSERT, DELETE AS
INSERT INTO ct_log SELECT 'ins', id FROM inserted UNION ALL SELECT 'del', id FROM deleted

statement ok
DELETE FROM ct WHERE id = 2
INSERT INTO ct VALUES (4, 40)

query TI
SELECT what, id FROM ct_log ORDER BY what, id
----
del	2
ins	4

statement ok
DECLARE c CURSOR FOR SELECT id FROM ct WHERE id = 1 FOR UPDATE;
OPEN c;
FETCH NEXT FROM c;
UPDATE ct SET qty = 99 WHERE CURRENT OF c;
CLOSE c;
DEALLOCATE c

query II
SELECT id, qty FROM ct ORDER BY id
----
1	99
3	31
4	40

query I
SELECT total_rows FROM sys.column_store_row_groups WHERE object_id = OBJECT_ID('ct')
----
3
