# FOR SYSTEM_TIME over a system-versioned temporal table: each form's rows, with an alias, in joins,
# through a view, and the empty periods a transaction's repeated changes leave. Times come from the
# clock, so the script notes the moments it compares with in a table (marks) as it goes.
statement ok
CREATE TABLE acct (id int PRIMARY KEY, bal int NOT NULL, VF datetime2 GENERATED ALWAYS AS ROW START HIDDEN, VT datetime2 GENERATED ALWAYS AS ROW END HIDDEN, PERIOD FOR SYSTEM_TIME (VF, VT)) WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.acct_history))
CREATE TABLE marks (name varchar(10) PRIMARY KEY, t datetime2 NOT NULL)

# t0 < insert (ta) < t1 < update of 1 (tb) < t2 < delete of 2 (tc) < t3
statement ok
INSERT INTO marks VALUES ('t0', SYSUTCDATETIME())
WAITFOR DELAY '00:00:00.010'
INSERT INTO acct VALUES (1, 100), (2, 200)
WAITFOR DELAY '00:00:00.010'
INSERT INTO marks VALUES ('t1', SYSUTCDATETIME())
WAITFOR DELAY '00:00:00.010'
UPDATE acct SET bal = 150 WHERE id = 1
WAITFOR DELAY '00:00:00.010'
INSERT INTO marks VALUES ('t2', SYSUTCDATETIME())
WAITFOR DELAY '00:00:00.010'
DELETE FROM acct WHERE id = 2
WAITFOR DELAY '00:00:00.010'
INSERT INTO marks VALUES ('t3', SYSUTCDATETIME())

# Hidden period columns stay out of SELECT *, with FOR SYSTEM_TIME too.
query II
SELECT * FROM acct
----
1	150

query II rowsort
SELECT * FROM acct FOR SYSTEM_TIME ALL
----
1	100
1	150
2	200

query I
DECLARE @t0 datetime2 = (SELECT t FROM marks WHERE name = 't0')
SELECT COUNT(*) FROM acct FOR SYSTEM_TIME AS OF @t0
----
0

query II rowsort
DECLARE @t1 datetime2 = (SELECT t FROM marks WHERE name = 't1')
SELECT * FROM acct FOR SYSTEM_TIME AS OF @t1
----
1	100
2	200

query II rowsort
DECLARE @t2 datetime2 = (SELECT t FROM marks WHERE name = 't2')
SELECT id, bal FROM acct FOR SYSTEM_TIME AS OF @t2
----
1	150
2	200

query II rowsort
DECLARE @t3 datetime2 = (SELECT t FROM marks WHERE name = 't3')
SELECT id, bal FROM acct FOR SYSTEM_TIME AS OF @t3
----
1	150

# The period columns can be named; the history row of 1 ends where its new version starts.
query I
SELECT COUNT(*) FROM acct AS c JOIN acct FOR SYSTEM_TIME ALL AS h ON h.id = c.id AND h.VT = c.VF
----
1

# FROM a TO b: started before b and ended after a (a version starting at b is not in).
query II rowsort
DECLARE @t1 datetime2 = (SELECT t FROM marks WHERE name = 't1')
DECLARE @t2 datetime2 = (SELECT t FROM marks WHERE name = 't2')
SELECT id, bal FROM acct FOR SYSTEM_TIME FROM @t1 TO @t2
----
1	100
1	150
2	200

query II rowsort
DECLARE @t0 datetime2 = (SELECT t FROM marks WHERE name = 't0')
DECLARE @tb datetime2 = (SELECT VF FROM acct WHERE id = 1)
SELECT id, bal FROM acct FOR SYSTEM_TIME FROM @t0 TO @tb
----
1	100
2	200

# BETWEEN a AND b: as FROM … TO, but a version starting at b is in.
query II rowsort
DECLARE @t0 datetime2 = (SELECT t FROM marks WHERE name = 't0')
DECLARE @tb datetime2 = (SELECT VF FROM acct WHERE id = 1)
SELECT id, bal FROM acct FOR SYSTEM_TIME BETWEEN @t0 AND @tb
----
1	100
1	150
2	200

# CONTAINED IN (a, b): started and ended within [a, b], bounds included; current rows never end.
query II rowsort
DECLARE @t0 datetime2 = (SELECT t FROM marks WHERE name = 't0')
DECLARE @t3 datetime2 = (SELECT t FROM marks WHERE name = 't3')
SELECT id, bal FROM acct FOR SYSTEM_TIME CONTAINED IN (@t0, @t3)
----
1	100
2	200

query II
DECLARE @ta datetime2 = (SELECT VF FROM acct_history WHERE id = 1)
DECLARE @tb datetime2 = (SELECT VF FROM acct WHERE id = 1)
SELECT id, bal FROM acct FOR SYSTEM_TIME CONTAINED IN (@ta, @tb)
----
1	100

# Literal times, in joins, comparing two moments, and with the condition of the query.
query III rowsort
DECLARE @t1 datetime2 = (SELECT t FROM marks WHERE name = 't1')
SELECT p.id, p.bal, c.bal FROM acct FOR SYSTEM_TIME AS OF @t1 AS p LEFT JOIN acct AS c ON c.id = p.id
----
1	100	150
2	200	NULL

query I
SELECT COUNT(*) FROM acct FOR SYSTEM_TIME AS OF '2000-01-01'
----
0

query II
SELECT id, bal FROM acct FOR SYSTEM_TIME ALL WHERE bal > 120 ORDER BY bal
----
1	150
2	200

# Through a view: the view's temporal tables are read as of the time asked.
statement ok
CREATE VIEW acct_view AS SELECT id, bal FROM acct

query II rowsort
DECLARE @t1 datetime2 = (SELECT t FROM marks WHERE name = 't1')
SELECT * FROM acct_view FOR SYSTEM_TIME AS OF @t1
----
1	100
2	200

# A table that is not system-versioned cannot be read FOR SYSTEM_TIME.
statement error 13544
SELECT * FROM marks FOR SYSTEM_TIME ALL
----
error 13544: Temporal FOR SYSTEM_TIME clause can only be used with system-versioned tables. 'marks' is not a system-versioned table.

# One transaction changing a row twice: every version it writes has its begin time, so the
# middle one's period is empty; it is kept in the history table but no FOR SYSTEM_TIME returns it.
statement ok
BEGIN TRANSACTION
UPDATE acct SET bal = 160 WHERE id = 1
UPDATE acct SET bal = 170 WHERE id = 1
COMMIT

query III rowsort
SELECT bal, CASE WHEN VF = VT THEN 1 ELSE 0 END, CASE WHEN VT = (SELECT VF FROM acct WHERE id = 1) THEN 1 ELSE 0 END FROM acct_history WHERE id = 1
----
100	0	0
150	0	1
160	1	1

query I rowsort
SELECT bal FROM acct FOR SYSTEM_TIME ALL WHERE id = 1
----
100
150
170

query I
DECLARE @tx datetime2 = (SELECT VF FROM acct WHERE id = 1)
SELECT bal FROM acct FOR SYSTEM_TIME AS OF @tx
----
170

query I
DECLARE @tx datetime2 = (SELECT VF FROM acct WHERE id = 1)
SELECT COUNT(*) FROM acct FOR SYSTEM_TIME CONTAINED IN (@tx, @tx)
----
0

# MERGE keeps history as the UPDATE, DELETE and INSERT it runs would.
query II rowsort
MERGE acct AS t USING (SELECT 1 AS id, 180 AS bal UNION ALL SELECT 4, 400) AS s ON t.id = s.id WHEN MATCHED THEN UPDATE SET bal = s.bal WHEN NOT MATCHED THEN INSERT (id, bal) VALUES (s.id, s.bal);
SELECT id, bal FROM acct_history WHERE bal = 170 OR id = 4
----
1	170
