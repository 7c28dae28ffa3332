# MERGE through a view or a common table expression over one table: the target is the rows it
# shows, under the names it gives them.
statement ok
CREATE TABLE items (id int PRIMARY KEY, grp char(1) NOT NULL, label varchar(10) NOT NULL, qty int NOT NULL DEFAULT 0, made datetime2 NULL)
INSERT INTO items (id, grp, label, qty) VALUES (1, 'a', 'one', 1), (2, 'a', 'two', 2), (3, 'b', 'three', 3), (4, 'b', 'four', 4)

# Syncing one group: NOT MATCHED BY SOURCE deletes only the rows the CTE shows.
query ITTI
WITH a_items AS (SELECT id, grp, label, qty FROM items WHERE grp = 'a')
MERGE a_items AS t
USING (VALUES (2, 'TWO'), (5, 'five')) s (id, label) ON t.id = s.id
WHEN MATCHED THEN UPDATE SET label = s.label
WHEN NOT MATCHED THEN INSERT (id, grp, label) VALUES (s.id, 'a', s.label)
WHEN NOT MATCHED BY SOURCE THEN DELETE;
SELECT id, grp, label, qty FROM items ORDER BY id
----
2	a	TWO	2
3	b	three	3
4	b	four	4
5	a	five	0

# A view that renames columns: SET, INSERT's column list (or none: the view's columns), ON and
# OUTPUT use its names; inserted.* lists its columns.
statement ok
CREATE VIEW b_items (item, name, amount) AS SELECT id, label, qty FROM items WHERE grp = 'b'

statement error 515
MERGE b_items USING (VALUES (9, 'nine')) s (item, name) ON b_items.item = s.item
WHEN NOT MATCHED THEN INSERT VALUES (s.item, s.name, 9);
----
error 515: Cannot insert the value NULL into column 'grp', table 'master.dbo.items'; column does not allow nulls. MERGE fails.
! The statement has been terminated.

query TITI rowsort
MERGE b_items AS v USING (VALUES (3, 30), (2, 20)) s (item, amount) ON v.item = s.item
WHEN MATCHED THEN UPDATE SET amount = s.amount
OUTPUT $action, inserted.*;
----
UPDATE	3	three	30

statement error 156
MERGE b_items AS v USING (VALUES (3, 30)) s (item, amount) ON v.item = s.item
WHEN NOT MATCHED THEN DELETE;
----
error 156: Incorrect syntax near the keyword 'DELETE'.

query TIII
MERGE b_items AS v USING (VALUES (4, 40), (2, 20)) s (item, amount) ON v.item = s.item
WHEN MATCHED THEN UPDATE SET amount = s.amount
OUTPUT $action, deleted.item, deleted.amount, inserted.amount;
----
UPDATE	4	4	40

# Row 2 is not in the view: it matched nothing, so it was neither updated nor (above) inserted.
query ITI
SELECT id, label, qty FROM items ORDER BY id
----
2	TWO	2
3	three	30
4	four	40
5	five	0

# The table's own names are not the view's.
statement error 207
MERGE b_items AS v USING (VALUES (3)) s (item) ON v.item = s.item WHEN MATCHED THEN UPDATE SET qty = 0;
----
error 207: Invalid column name 'qty'.

statement error 207
MERGE b_items AS v USING (VALUES (3)) s (item) ON v.id = s.item WHEN MATCHED THEN DELETE;
----
error 207: Invalid column name 'id'.

# A CTE with SELECT *, and the identity of INSERT's defaults through it.
query ITTI
WITH all_items AS (SELECT * FROM items)
MERGE all_items USING (VALUES (6, 'c', 'six')) s (id, grp, label) ON all_items.id = s.id
WHEN NOT MATCHED THEN INSERT (id, grp, label) VALUES (s.id, s.grp, s.label);
SELECT id, grp, label, qty FROM items WHERE id = 6
----
6	c	six	0

# Definitions that do not lead to one table's columns cannot be changed.
statement ok
CREATE TABLE tags (id int, tag varchar(10))
CREATE VIEW joined AS SELECT i.id, t.tag FROM items i JOIN tags t ON t.id = i.id

statement ok
CREATE VIEW distinct_groups AS SELECT DISTINCT grp FROM items

statement ok
CREATE VIEW labelled AS SELECT id, UPPER(label) AS shout FROM items

statement error 4405
MERGE joined USING (VALUES (1)) s (id) ON joined.id = s.id WHEN MATCHED THEN DELETE;
----
error 4405: View or function 'joined' is not updatable because the modification affects multiple base tables.

statement error 4403
MERGE distinct_groups USING (VALUES ('a')) s (grp) ON distinct_groups.grp = s.grp WHEN MATCHED THEN DELETE;
----
error 4403: Cannot update the view or function 'distinct_groups' because it contains aggregates, or a DISTINCT or GROUP BY clause, or PIVOT or UNPIVOT operator.

statement error 4406
MERGE labelled USING (VALUES (1)) s (id) ON labelled.id = s.id WHEN MATCHED THEN DELETE;
----
error 4406: Update or insert of view or function 'labelled' failed because it contains a derived or constant field.

statement error 4406
WITH u AS (SELECT id FROM items UNION ALL SELECT id FROM tags)
MERGE u USING (VALUES (1)) s (id) ON u.id = s.id WHEN MATCHED THEN DELETE;
----
error 4406: Update or insert of view or function 'u' failed because it contains a derived or constant field.

statement error 40517
WITH r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3)
MERGE r USING (VALUES (1)) s (n) ON r.n = s.n WHEN MATCHED THEN DELETE;
----
error 40517: Keyword or statement option 'recursive common table expression as the target' is not supported in this version of SQL Server.

# OUTPUT inserted.* through a view: the view's columns, by its names.
describe
MERGE b_items AS v USING (VALUES (3, 31)) s (item, amount) ON v.item = s.item
WHEN MATCHED THEN UPDATE SET amount = s.amount
OUTPUT inserted.*;
----
item	int	NOT NULL
name	varchar(10)	NOT NULL
amount	int	NOT NULL
