# MERGE … OUTPUT: $action, the inserted and deleted rows, the source's columns, and INTO.
statement ok
CREATE TABLE acct (id int PRIMARY KEY, bal int NOT NULL, seen datetime2 NULL)
INSERT INTO acct (id, bal) VALUES (1, 100), (2, 200), (3, 300)

query TIIII rowsort
MERGE acct AS t USING (VALUES (1, 150), (4, 400)) s (id, bal) ON t.id = s.id
WHEN MATCHED THEN UPDATE SET bal = s.bal
WHEN NOT MATCHED THEN INSERT (id, bal) VALUES (s.id, s.bal)
WHEN NOT MATCHED BY SOURCE AND t.id = 3 THEN DELETE
OUTPUT $action, deleted.id, deleted.bal, inserted.id, inserted.bal;
----
DELETE	3	300	NULL	NULL
INSERT	NULL	NULL	4	400
UPDATE	1	100	1	150

# $action is nvarchar(10); inserted.* and deleted.* are the target's columns.
describe
MERGE acct AS t USING (VALUES (2, 250)) s (id, bal) ON t.id = s.id
WHEN MATCHED THEN UPDATE SET bal = s.bal
OUTPUT $action, inserted.*, deleted.bal AS was;
----
$action	nvarchar(10)	NOT NULL
id	int	NOT NULL
bal	int	NOT NULL
seen	datetime2(7)	NULL
was	int	NOT NULL

# The source's columns, by alias, and an expression over both rows.
query ITI rowsort
MERGE acct AS t USING (VALUES (1, 'a', 10), (9, 'b', 90)) s (id, tag, amount) ON t.id = s.id
WHEN MATCHED THEN UPDATE SET bal = t.bal + s.amount
WHEN NOT MATCHED THEN INSERT (id, bal) VALUES (s.id, s.amount)
OUTPUT s.id, s.tag + ':' + $action, inserted.bal - ISNULL(deleted.bal, 0) AS delta;
----
1	a:UPDATE	10
9	b:INSERT	90

# OUTPUT … INTO a table variable and a table; the statement's count stays its own.
query TII
DECLARE @log TABLE (act nvarchar(10), id int, bal int)
MERGE acct AS t USING (VALUES (9)) s (id) ON t.id = s.id
WHEN MATCHED THEN DELETE
OUTPUT $action, deleted.id, deleted.bal INTO @log;
SELECT act, id, @@ROWCOUNT FROM @log
----
DELETE	9	1

statement ok
CREATE TABLE audit (act nvarchar(10) NOT NULL, id int NULL)

query TII
MERGE acct AS t USING (VALUES (1), (2), (5)) s (id) ON t.id = s.id
WHEN MATCHED THEN UPDATE SET seen = '2026-01-01'
WHEN NOT MATCHED THEN INSERT (id, bal) VALUES (s.id, 0)
OUTPUT $action, inserted.id INTO audit (act, id);
SELECT act, id, @@ROWCOUNT FROM audit ORDER BY id
----
UPDATE	1	3
UPDATE	2	3
INSERT	5	3

query I
SELECT COUNT(*) FROM acct WHERE seen IS NOT NULL
----
2

# With inserts the deleted columns may be NULL, with deletes the inserted ones (and the source's
# with WHEN NOT MATCHED BY SOURCE).
describe
MERGE acct AS t USING (VALUES (2, 250)) s (id, bal) ON t.id = s.id
WHEN MATCHED AND s.bal < 0 THEN DELETE
WHEN NOT MATCHED THEN INSERT (id, bal) VALUES (s.id, s.bal)
OUTPUT inserted.id, deleted.id, s.bal;
----
id	int	NULL
id	int	NULL
bal	int	NOT NULL

describe
MERGE acct AS t USING (VALUES (2, 250)) s (id, bal) ON t.id = s.id
WHEN MATCHED THEN UPDATE SET bal = s.bal
WHEN NOT MATCHED BY SOURCE AND t.id < 0 THEN DELETE
OUTPUT s.bal, deleted.bal;
----
bal	int	NULL
bal	int	NOT NULL

# An action with no rows still sends the result's columns.
query TI
MERGE acct USING (VALUES (7)) s (id) ON acct.id = s.id WHEN MATCHED THEN DELETE OUTPUT $action, deleted.id;
----

# The side a row lacks is NULL; naming an unknown column or source is an error.
statement error 207
MERGE acct USING (VALUES (1)) s (id) ON acct.id = s.id WHEN MATCHED THEN DELETE OUTPUT inserted.nope;
----
error 207: Invalid column name 'nope'.

statement error 4104
MERGE acct USING (VALUES (1)) s (id) ON acct.id = s.id WHEN MATCHED THEN DELETE OUTPUT x.id;
----
error 4104: The multi-part identifier "x.id" could not be bound.

statement error 207
INSERT INTO acct (id, bal) OUTPUT $action VALUES (20, 0)
----
error 207: Invalid column name '$action'.
