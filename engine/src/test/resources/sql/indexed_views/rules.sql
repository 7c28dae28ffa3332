# no-restart: SET options span blocks
# What SQL Server checks before it builds a view's first index, by error number.
statement ok
CREATE TABLE dbo.ivr_t (id int PRIMARY KEY, g int NOT NULL, v int NULL, w int NOT NULL, f float NOT NULL)

statement ok
CREATE TABLE dbo.ivr_u (id int PRIMARY KEY, t_id int NOT NULL)

statement ok
INSERT dbo.ivr_t VALUES (1, 1, 1, 1, 1.5), (2, 1, NULL, 2, 2.5), (3, 2, 3, 3, 3.5)

statement ok
CREATE VIEW dbo.ivr_plain AS SELECT id, g FROM dbo.ivr_t

statement error 1939
CREATE UNIQUE CLUSTERED INDEX ix ON dbo.ivr_plain (id)
----
error 1939: Cannot create index on view 'ivr_plain' because the view is not schema bound.

statement ok
CREATE VIEW dbo.ivr_bound WITH SCHEMABINDING AS SELECT id, g, w FROM dbo.ivr_t

statement error 1941
CREATE CLUSTERED INDEX ix ON dbo.ivr_bound (id)
----
error 1941: Cannot create nonunique clustered index on view 'dbo.ivr_bound' because only unique clustered indexes are allowed. Consider creating unique clustered index instead.

statement error 1940
CREATE NONCLUSTERED INDEX ix ON dbo.ivr_bound (g)
----
error 1940: Cannot create index on view 'dbo.ivr_bound'. It does not have a unique clustered index.

statement error 1505
CREATE UNIQUE CLUSTERED INDEX ix ON dbo.ivr_bound (g)
----
error 1505: The CREATE UNIQUE INDEX statement terminated because a duplicate key was found for the object name 'dbo.ivr_bound' and the index name 'ix'. The duplicate key value is (1).

# A failed CREATE INDEX leaves no stored rows behind.
statement error 1940
CREATE NONCLUSTERED INDEX ix2 ON dbo.ivr_bound (g)

statement ok
CREATE UNIQUE CLUSTERED INDEX ix ON dbo.ivr_bound (id)

query II
SELECT OBJECTPROPERTY(OBJECT_ID('dbo.ivr_bound'), 'IsIndexed'), OBJECTPROPERTY(OBJECT_ID('dbo.ivr_plain'), 'IsIndexed')
----
1	0

statement ok
CREATE VIEW dbo.ivr_distinct WITH SCHEMABINDING AS SELECT DISTINCT g FROM dbo.ivr_t

statement error 10100
CREATE UNIQUE CLUSTERED INDEX ix ON dbo.ivr_distinct (g)
----
error 10100: Cannot create index on view "master.dbo.ivr_distinct" because it contains the DISTINCT keyword. Consider removing DISTINCT from the view or not indexing the view. Alternatively, consider replacing DISTINCT with GROUP BY or COUNT_BIG(*) to simulate DISTINCT on grouping columns.

statement ok
CREATE VIEW dbo.ivr_top WITH SCHEMABINDING AS SELECT TOP (2) id FROM dbo.ivr_t

statement error 10101
CREATE UNIQUE CLUSTERED INDEX ix ON dbo.ivr_top (id)

statement ok
CREATE VIEW dbo.ivr_outer WITH SCHEMABINDING AS SELECT t.id, u.id AS uid FROM dbo.ivr_t AS t LEFT JOIN dbo.ivr_u AS u ON u.t_id = t.id

statement error 10113
CREATE UNIQUE CLUSTERED INDEX ix ON dbo.ivr_outer (id)
----
error 10113: Cannot create index on view "master.dbo.ivr_outer" because it uses a LEFT, RIGHT, or FULL OUTER join, and no OUTER joins are allowed in indexed views. Consider using an INNER join instead.

statement ok
CREATE VIEW dbo.ivr_union WITH SCHEMABINDING AS SELECT id FROM dbo.ivr_t UNION ALL SELECT id FROM dbo.ivr_u

statement error 10116
CREATE UNIQUE CLUSTERED INDEX ix ON dbo.ivr_union (id)
----
error 10116: Cannot create index on view 'master.dbo.ivr_union' because it contains one or more UNION, INTERSECT, or EXCEPT operators. Consider creating a separate indexed view for each query that is an input to the UNION, INTERSECT, or EXCEPT operators of the original view.

statement ok
CREATE VIEW dbo.ivr_sub WITH SCHEMABINDING AS SELECT id FROM dbo.ivr_t WHERE id IN (SELECT t_id FROM dbo.ivr_u)

statement error 10127
CREATE UNIQUE CLUSTERED INDEX ix ON dbo.ivr_sub (id)
----
error 10127: Cannot create index on view "master.dbo.ivr_sub" because it contains one or more subqueries. Consider changing the view to use only joins instead of subqueries. Alternatively, consider not indexing this view.

statement ok
CREATE VIEW dbo.ivr_now WITH SCHEMABINDING AS SELECT id, GETDATE() AS at FROM dbo.ivr_t

statement error 1949
CREATE UNIQUE CLUSTERED INDEX ix ON dbo.ivr_now (id)
----
error 1949: Cannot create index on view 'master.dbo.ivr_now'. The function 'getdate' yields nondeterministic results. Use a deterministic system function, or modify the user-defined function to return deterministic results.

statement ok
CREATE VIEW dbo.ivr_count WITH SCHEMABINDING AS SELECT g, COUNT(*) AS n FROM dbo.ivr_t GROUP BY g

statement error 10136
CREATE UNIQUE CLUSTERED INDEX ix ON dbo.ivr_count (g)
----
error 10136: Cannot create index on view "master.dbo.ivr_count" because it uses the aggregate COUNT. Use COUNT_BIG instead.

statement ok
CREATE VIEW dbo.ivr_avg WITH SCHEMABINDING AS SELECT g, AVG(w) AS a, COUNT_BIG(*) AS n FROM dbo.ivr_t GROUP BY g

statement error 10125
CREATE UNIQUE CLUSTERED INDEX ix ON dbo.ivr_avg (g)
----
error 10125: Cannot create index on view "master.dbo.ivr_avg" because it uses aggregate "AVG". Consider eliminating the aggregate, not indexing the view, or using alternate aggregates. For example, for AVG substitute SUM and COUNT_BIG, or for COUNT, substitute COUNT_BIG.

statement ok
CREATE VIEW dbo.ivr_nocount WITH SCHEMABINDING AS SELECT g, SUM(w) AS s FROM dbo.ivr_t GROUP BY g

statement error 10138
CREATE UNIQUE CLUSTERED INDEX ix ON dbo.ivr_nocount (g)
----
error 10138: Cannot create index on view 'master.dbo.ivr_nocount' because its select list does not include a proper use of COUNT_BIG. Consider adding COUNT_BIG(*) to select list.

statement ok
CREATE VIEW dbo.ivr_nullsum WITH SCHEMABINDING AS SELECT g, SUM(v) AS s, COUNT_BIG(*) AS n FROM dbo.ivr_t GROUP BY g

statement error 8662
CREATE UNIQUE CLUSTERED INDEX ix ON dbo.ivr_nullsum (g)
----
error 8662: Cannot create the clustered index "ix" on view "dbo.ivr_nullsum" because the view references an unknown value (SUM aggregate of nullable expression). Consider referencing only non-nullable values in SUM. ISNULL() may be useful for this.

statement ok
CREATE VIEW dbo.ivr_isnullsum WITH SCHEMABINDING AS SELECT g, SUM(ISNULL(v, 0)) AS s, COUNT_BIG(*) AS n FROM dbo.ivr_t GROUP BY g

statement ok
CREATE UNIQUE CLUSTERED INDEX ix ON dbo.ivr_isnullsum (g)

statement ok
CREATE VIEW dbo.ivr_expr WITH SCHEMABINDING AS SELECT g, SUM(w) * 2 AS s, COUNT_BIG(*) AS n FROM dbo.ivr_t GROUP BY g

statement error 8668
CREATE UNIQUE CLUSTERED INDEX ix ON dbo.ivr_expr (g)
----
error 8668: Cannot create the clustered index 'ix' on view 'dbo.ivr_expr' because the select list of the view contains an expression on result of aggregate function or grouping column. Consider removing expression on result of aggregate function or grouping column from select list.

statement ok
CREATE VIEW dbo.ivr_hidden_group WITH SCHEMABINDING AS SELECT SUM(w) AS s, COUNT_BIG(*) AS n FROM dbo.ivr_t GROUP BY g

statement error 8660
CREATE UNIQUE CLUSTERED INDEX ix ON dbo.ivr_hidden_group (n)

statement ok
CREATE VIEW dbo.ivr_grouped WITH SCHEMABINDING AS SELECT g, SUM(w) AS s, COUNT_BIG(*) AS n FROM dbo.ivr_t GROUP BY g

statement error 8661
CREATE UNIQUE CLUSTERED INDEX ix ON dbo.ivr_grouped (g, s)
----
error 8661: Cannot create the clustered index "ix" on view "dbo.ivr_grouped" because the index key includes columns that are not in the GROUP BY clause. Consider eliminating columns that are not in the GROUP BY clause from the index key.

statement ok
CREATE VIEW dbo.ivr_having WITH SCHEMABINDING AS SELECT g, SUM(w) AS s, COUNT_BIG(*) AS n FROM dbo.ivr_t GROUP BY g HAVING SUM(w) > 1

statement error 10121
CREATE UNIQUE CLUSTERED INDEX ix ON dbo.ivr_having (g)

statement ok
CREATE VIEW dbo.ivr_self WITH SCHEMABINDING AS SELECT a.id, b.id AS other FROM dbo.ivr_t AS a INNER JOIN dbo.ivr_t AS b ON a.g = b.g

statement error 1947
CREATE UNIQUE CLUSTERED INDEX ix ON dbo.ivr_self (id, other)
----
error 1947: Cannot create index on view "master.dbo.ivr_self". The view contains a self join on "master.dbo.ivr_t".

statement ok
CREATE VIEW dbo.ivr_nested WITH SCHEMABINDING AS SELECT id, g FROM dbo.ivr_bound

statement error 1937
CREATE UNIQUE CLUSTERED INDEX ix ON dbo.ivr_nested (id)
----
error 1937: Cannot create index on view 'master.dbo.ivr_nested' because it references another view 'dbo.ivr_bound'. Consider expanding referenced view's definition by hand in indexed view definition.

statement ok
CREATE VIEW dbo.ivr_window WITH SCHEMABINDING AS SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS rn FROM dbo.ivr_t

statement error 10143
CREATE UNIQUE CLUSTERED INDEX ix ON dbo.ivr_window (id)

statement ok
CREATE VIEW dbo.ivr_derived WITH SCHEMABINDING AS SELECT d.id FROM (SELECT id FROM dbo.ivr_t) AS d

statement error 10109
CREATE UNIQUE CLUSTERED INDEX ix ON dbo.ivr_derived (id)

statement ok
CREATE VIEW dbo.ivr_scalar WITH SCHEMABINDING AS SELECT SUM(w) AS s, COUNT_BIG(*) AS n FROM dbo.ivr_t

statement error 10138
CREATE UNIQUE CLUSTERED INDEX ix ON dbo.ivr_scalar (n)

# The SET options an indexed view needs (1934), at CREATE INDEX and at a change of its tables.
statement ok
SET QUOTED_IDENTIFIER OFF

statement error 1934
CREATE UNIQUE CLUSTERED INDEX ix ON dbo.ivr_grouped (g)
----
error 1934: CREATE INDEX failed because the following SET options have incorrect settings: 'QUOTED_IDENTIFIER'. Verify that SET options are correct for use with indexed views and/or indexes on computed columns and/or filtered indexes and/or query notifications and/or XML data type methods and/or spatial index operations.

statement error 1934
INSERT dbo.ivr_t VALUES (4, 4, 4, 4, 4.5)
----
error 1934: INSERT failed because the following SET options have incorrect settings: 'QUOTED_IDENTIFIER'. Verify that SET options are correct for use with indexed views and/or indexes on computed columns and/or filtered indexes and/or query notifications and/or XML data type methods and/or spatial index operations.

statement ok
SET QUOTED_IDENTIFIER ON

statement ok
SET ANSI_WARNINGS OFF

statement ok
SET ARITHABORT OFF

statement error 1934
UPDATE dbo.ivr_t SET w = w + 1
----
error 1934: UPDATE failed because the following SET options have incorrect settings: 'ANSI_WARNINGS, ARITHABORT'. Verify that SET options are correct for use with indexed views and/or indexes on computed columns and/or filtered indexes and/or query notifications and/or XML data type methods and/or spatial index operations.

statement ok
SET ANSI_WARNINGS ON

statement ok
UPDATE dbo.ivr_t SET w = w + 1

query III rowsort
SELECT id, g, w FROM dbo.ivr_bound WITH (NOEXPAND)
----
1	1	2
2	1	3
3	2	4

query II rowsort
SELECT g, s FROM dbo.ivr_isnullsum WITH (NOEXPAND)
----
1	1
2	3

# The view's indexes in the catalog: object_id is the view's.
statement ok
CREATE NONCLUSTERED INDEX ix_g ON dbo.ivr_bound (g, w)

query TITI rowsort
SELECT OBJECT_NAME(i.object_id), i.index_id, i.name, CAST(i.is_unique AS int) FROM sys.indexes AS i WHERE i.object_id = OBJECT_ID('dbo.ivr_bound')
----
ivr_bound	1	ix	1
ivr_bound	2	ix_g	0

query ITI rowsort
SELECT ic.index_id, c.name, ic.key_ordinal FROM sys.index_columns AS ic INNER JOIN sys.columns AS c ON c.object_id = ic.object_id AND c.column_id = ic.column_id WHERE ic.object_id = OBJECT_ID('dbo.ivr_bound')
----
1	id	1
2	g	1
2	w	2

query II
SELECT INDEXPROPERTY(OBJECT_ID('dbo.ivr_bound'), 'ix', 'IsClustered'), INDEXPROPERTY(OBJECT_ID('dbo.ivr_bound'), 'ix_g', 'IsUnique')
----
1	0

query TTT rowsort
EXEC sp_helpindex 'dbo.ivr_bound'
----
ix	clustered, unique located on PRIMARY	id
ix_g	nonclustered located on PRIMARY	g, w

statement error 10610
CREATE NONCLUSTERED INDEX ix_f ON dbo.ivr_bound (g) WHERE g > 1
----
error 10610: Filtered index 'ix_f' cannot be created on object 'dbo.ivr_bound' because it is not a user table. Filtered indexes are only supported on tables. If you are trying to create a filtered index on a view, consider creating an indexed view with the filter expression incorporated in the view definition.

statement ok
DROP INDEX ix_g ON dbo.ivr_bound

query I
SELECT COUNT(*) FROM sys.indexes WHERE object_id = OBJECT_ID('dbo.ivr_bound')
----
1
