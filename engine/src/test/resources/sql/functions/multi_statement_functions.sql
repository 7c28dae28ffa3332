# Multi-statement table-valued functions: RETURNS @t TABLE (columns) AS BEGIN … RETURN END; the
# body fills its table (and may read others), the caller reads the rows in FROM or APPLY.

statement ok
CREATE TABLE mtf_scores (player varchar(10), score int)

statement ok
INSERT mtf_scores VALUES ('ann', 5), ('ann', 9), ('bob', 7), ('cy', 2)

statement ok
CREATE FUNCTION dbo.mtf_series (@from int, @to int, @step int = 1)
RETURNS @out TABLE (n int NOT NULL, square bigint)
AS
BEGIN
  DECLARE @i int = @from;
  WHILE @i <= @to
  BEGIN
    INSERT @out (n, square) VALUES (@i, CAST(@i AS bigint) * @i);
    SET @i += @step;
  END
  RETURN;
END

query II
SELECT n, square FROM dbo.mtf_series(1, 4, DEFAULT) ORDER BY n
----
1	1
2	4
3	9
4	16

query II
SELECT * FROM dbo.mtf_series(0, 10, 5) AS s
----
0	0
5	25
10	100

describe
SELECT * FROM dbo.mtf_series(1, 1, 1)
----
n	int	NOT NULL
square	bigint	NULL

# Each call has its own table: a second call does not see the first one's rows.
query II
SELECT COUNT(*), SUM(n) FROM dbo.mtf_series(1, 3, 1)
----
3	6

statement ok
CREATE FUNCTION dbo.mtf_best (@player varchar(10))
RETURNS @best TABLE (player varchar(10), top_score int, games int)
AS
BEGIN
  IF @player IS NULL
    RETURN;
  INSERT @best SELECT player, MAX(score), COUNT(*) FROM mtf_scores WHERE player = @player GROUP BY player;
  RETURN;
END

query TII
SELECT p.name, b.top_score, b.games
FROM (VALUES ('ann'), ('bob'), ('dee')) AS p (name)
CROSS APPLY dbo.mtf_best(p.name) AS b
ORDER BY p.name
----
ann	9	2
bob	7	1

query TI
SELECT p.name, b.games
FROM (VALUES ('cy'), ('dee')) AS p (name)
OUTER APPLY dbo.mtf_best(p.name) AS b
ORDER BY p.name
----
cy	1
dee	NULL

query I
SELECT COUNT(*) FROM dbo.mtf_best(NULL)
----
0

query TI
SELECT s.n, b.top_score FROM dbo.mtf_series(1, 2, 1) s JOIN dbo.mtf_best('ann') b ON b.games = s.n
----
2	9

# Errors in the body end the calling statement.
statement ok
CREATE FUNCTION dbo.mtf_fail (@d int) RETURNS @t TABLE (v int) AS
BEGIN
  INSERT @t VALUES (10 / @d);
  RETURN;
END

statement error 8134
SELECT * FROM dbo.mtf_fail(0)
----
error 8134: Divide by zero error encountered.

query I
SELECT v FROM dbo.mtf_fail(5)
----
2

statement error 313
SELECT * FROM dbo.mtf_series(1)
----
error 313: An insufficient number of arguments were supplied for the procedure or function dbo.mtf_series.

statement error 455
CREATE FUNCTION dbo.mtf_bad () RETURNS @t TABLE (v int) AS BEGIN INSERT @t VALUES (1) END
----
error 455: The last statement included within a function must be a return statement.

statement error 178
CREATE FUNCTION dbo.mtf_bad () RETURNS @t TABLE (v int) AS BEGIN RETURN 1 END
----
error 178: A RETURN statement with a return value cannot be used in this context.

statement error 444
CREATE FUNCTION dbo.mtf_bad () RETURNS @t TABLE (v int) AS BEGIN SELECT 1; RETURN END
----
error 444: Select statements included within a function cannot return data to a client.

statement error 443
CREATE FUNCTION dbo.mtf_bad () RETURNS @t TABLE (v int) AS BEGIN DELETE mtf_scores; RETURN END
----
error 443: Invalid use of a side-effecting operator 'DELETE' within a function.

statement error 4121
SELECT dbo.mtf_series(1, 2, 3)
----
error 4121: Cannot find either column "dbo" or the user-defined function or aggregate "dbo.mtf_series", or the name is ambiguous.

# Inside a transaction: the function's table variables go with the call.
query I
BEGIN TRAN; SELECT COUNT(*) FROM dbo.mtf_series(1, 5, 1); COMMIT
----
5
