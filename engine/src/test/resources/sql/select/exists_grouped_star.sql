# EXISTS (SELECT * … GROUP BY … HAVING …): EXISTS does not expand its star, so the grouped query
# is no 8120 for the columns the star would name; a listed ungrouped column still is.
query II
DECLARE @d TABLE (id int, path nvarchar(20));
INSERT INTO @d VALUES (1, N'/a'), (2, N'/a'), (3, N'/b');
SELECT CASE WHEN EXISTS (SELECT * FROM @d GROUP BY path HAVING COUNT(*) > 1) THEN 1 ELSE 0 END,
  CASE WHEN EXISTS (SELECT * FROM @d GROUP BY path HAVING COUNT(*) > 2) THEN 1 ELSE 0 END
----
1	0

query T
DECLARE @d TABLE (id int, path nvarchar(20));
INSERT INTO @d VALUES (1, N'/a'), (2, N'/a');
IF EXISTS (SELECT * FROM @d GROUP BY path HAVING COUNT(*) <> 1) SELECT N'duplicate' ELSE SELECT N'unique'
----
duplicate

statement error 8120
DECLARE @d TABLE (id int, path nvarchar(20));
SELECT CASE WHEN EXISTS (SELECT id FROM @d GROUP BY path) THEN 1 ELSE 0 END
----
error 8120: Column '@d.id' is invalid in the select list because it is not contained in either an aggregate function or the GROUP BY clause.
