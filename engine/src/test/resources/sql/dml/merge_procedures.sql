# MERGE with parameters: through sp_executesql, in a stored procedure, and in dynamic SQL.
statement ok
CREATE TABLE kv (k varchar(10) PRIMARY KEY, v int NOT NULL, hits int NOT NULL DEFAULT 0)

query TII
EXEC sp_executesql N'MERGE kv USING (SELECT @k AS k, @v AS v) s ON kv.k = s.k
  WHEN MATCHED THEN UPDATE SET v = s.v, hits = kv.hits + 1
  WHEN NOT MATCHED THEN INSERT (k, v) VALUES (s.k, s.v);', N'@k varchar(10), @v int', @k = 'a', @v = 1
EXEC sp_executesql N'MERGE kv USING (SELECT @k AS k, @v AS v) s ON kv.k = s.k
  WHEN MATCHED THEN UPDATE SET v = s.v, hits = kv.hits + 1
  WHEN NOT MATCHED THEN INSERT (k, v) VALUES (s.k, s.v);', N'@k varchar(10), @v int', @k = 'a', @v = 2
SELECT k, v, hits FROM kv
----
a	2	1

statement ok
CREATE PROCEDURE put_kv @k varchar(10), @v int, @action nvarchar(10) OUTPUT
AS
BEGIN
  DECLARE @out TABLE (act nvarchar(10))
  MERGE kv WITH (HOLDLOCK) AS t
  USING (VALUES (@k, @v)) AS s (k, v) ON t.k = s.k
  WHEN MATCHED AND s.v IS NULL THEN DELETE
  WHEN MATCHED THEN UPDATE SET v = s.v, hits = t.hits + 1
  WHEN NOT MATCHED AND s.v IS NOT NULL THEN INSERT (k, v) VALUES (s.k, s.v)
  OUTPUT $action INTO @out;
  SELECT @action = act FROM @out
  RETURN @@ROWCOUNT
END

query TII
DECLARE @a nvarchar(10), @r int
EXEC @r = put_kv 'b', 5, @a OUTPUT
SELECT @a, @r, (SELECT v FROM kv WHERE k = 'b')
----
INSERT	1	5

query TI
DECLARE @a nvarchar(10)
EXEC put_kv 'b', 6, @a OUTPUT
SELECT @a, (SELECT hits FROM kv WHERE k = 'b')
----
UPDATE	1

query TI
DECLARE @a nvarchar(10)
EXEC put_kv 'b', NULL, @a OUTPUT
SELECT @a, (SELECT COUNT(*) FROM kv WHERE k = 'b')
----
DELETE	0

# Nothing matches a clause: no action, no row.
query TI
DECLARE @a nvarchar(10) = N'none'
EXEC put_kv 'zz', NULL, @a OUTPUT
SELECT @a, (SELECT COUNT(*) FROM kv)
----
none	1

# A procedure body's MERGE needs its semicolon too; it is found when the procedure is created.
statement error 10713
CREATE PROCEDURE bad_merge AS
MERGE kv USING (VALUES ('x')) s (k) ON kv.k = s.k WHEN MATCHED THEN DELETE
----
error 10713: A MERGE statement must be terminated by a semi-colon (;).

# Dynamic SQL.
query I
EXEC (N'MERGE kv USING (VALUES (''c'', 3)) s (k, v) ON kv.k = s.k WHEN NOT MATCHED THEN INSERT (k, v) VALUES (s.k, s.v);')
SELECT v FROM kv WHERE k = 'c'
----
3

# A procedure's MERGE is bound again when its tables change between calls.
query TI
ALTER TABLE kv ADD note varchar(10) NULL DEFAULT 'fresh'
DECLARE @a nvarchar(10)
EXEC put_kv 'd', 4, @a OUTPUT
SELECT note, v FROM kv WHERE k = 'd'
----
fresh	4
