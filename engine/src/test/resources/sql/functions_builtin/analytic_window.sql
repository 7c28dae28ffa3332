# PERCENT_RANK, CUME_DIST, PERCENTILE_CONT and PERCENTILE_DISC: window functions only.

statement ok
CREATE TABLE an_t (g int, v int); INSERT an_t VALUES (1, NULL), (1, 10), (1, 20), (1, 20), (1, 40), (2, 5), (2, 15)

# NULLs take part in the ranking (first), peers share a value; a one-row partition is 0.
query IIRR
SELECT g, v, PERCENT_RANK() OVER (PARTITION BY g ORDER BY v), CUME_DIST() OVER (PARTITION BY g ORDER BY v) FROM an_t ORDER BY g, v
----
1	NULL	0	0.2
1	10	0.25	0.4
1	20	0.5	0.8
1	20	0.5	0.8
1	40	1	1
2	5	0	0.5
2	15	1	1

query IRR
SELECT v, PERCENT_RANK() OVER (ORDER BY v DESC), CUME_DIST() OVER (ORDER BY v DESC) FROM an_t WHERE g = 1 AND v = 20 OR v = 5 ORDER BY v
----
5	1	1
20	0	0.6666666666666666
20	0	0.6666666666666666

describe
SELECT PERCENT_RANK() OVER (ORDER BY v) AS pr, CUME_DIST() OVER (ORDER BY v) AS cd FROM an_t
----
pr	float	NULL
cd	float	NULL

# The percentiles ignore NULL keys: over {10, 20, 20, 40} and {5, 15}.
query IRRRII
SELECT DISTINCT g,
  PERCENTILE_CONT(0.25) WITHIN GROUP (ORDER BY v) OVER (PARTITION BY g),
  PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY v) OVER (PARTITION BY g),
  PERCENTILE_CONT(0.75) WITHIN GROUP (ORDER BY v) OVER (PARTITION BY g),
  PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY v) OVER (PARTITION BY g),
  PERCENTILE_DISC(0.75) WITHIN GROUP (ORDER BY v) OVER (PARTITION BY g)
FROM an_t ORDER BY g
----
1	17.5	20	25	20	20
2	7.5	10	12.5	5	15

query RRIII
SELECT TOP (1) PERCENTILE_CONT(0.25) WITHIN GROUP (ORDER BY v DESC) OVER (), PERCENTILE_CONT(1) WITHIN GROUP (ORDER BY v) OVER (),
  PERCENTILE_DISC(0) WITHIN GROUP (ORDER BY v) OVER (), PERCENTILE_DISC(1.0) WITHIN GROUP (ORDER BY v) OVER (),
  PERCENTILE_DISC(0.25) WITHIN GROUP (ORDER BY v DESC) OVER ()
FROM an_t
----
20	40	5	40	20

# Interpolation in double, as SQL Server computes it.
query RR
SELECT TOP (1) PERCENTILE_CONT(0.3) WITHIN GROUP (ORDER BY x) OVER (), PERCENTILE_CONT(0.3) WITHIN GROUP (ORDER BY y) OVER ()
FROM (VALUES (1.5, 0.5), (2.5, 7), (NULL, 9)) AS v(x, y)
----
1.7999999999999998	4.400000000000001

# PERCENTILE_DISC keeps the key's type; a variable fraction; all-NULL keys give NULL.
query RTR
DECLARE @p float = 0.5
SELECT TOP (1) PERCENTILE_DISC(@p) WITHIN GROUP (ORDER BY CAST(v AS decimal(10, 2))) OVER (),
  PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY CAST(NULL AS varchar(5))) OVER (),
  PERCENTILE_CONT(@p) WITHIN GROUP (ORDER BY CAST(NULL AS int)) OVER ()
FROM an_t WHERE g = 1
----
20.00	NULL	NULL

describe
SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY v) OVER () AS c, PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY CAST(v AS decimal(10, 2))) OVER () AS d FROM an_t
----
c	float	NULL
d	decimal(10,2)	NULL

statement error 8727
SELECT PERCENTILE_CONT(1.5) WITHIN GROUP (ORDER BY v) OVER () FROM an_t
----
error 8727: Input parameter of percentile function is outside of range [0, 1].

statement error 8727
DECLARE @p float = NULL; SELECT PERCENTILE_DISC(@p) WITHIN GROUP (ORDER BY v) OVER () FROM an_t
----
error 8727: Input parameter of percentile function is outside of range [0, 1].

statement error 10753
SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY v) FROM an_t
----
error 10753: The function 'percentile_cont' must have an OVER clause.

statement error 10753
SELECT PERCENT_RANK() FROM an_t
----
error 10753: The function 'percent_rank' must have an OVER clause.

statement error 10754
SELECT PERCENTILE_DISC(0.5) OVER () FROM an_t
----
error 10754: The function 'percentile_disc' must have a WITHIN GROUP clause.

statement error 10758
SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY v) OVER (ORDER BY v) FROM an_t
----
error 10758: The function 'percentile_cont' may not have ORDER BY in OVER clause.

statement error 10751
SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY v, g) OVER () FROM an_t
----
error 10751: The ORDER BY in WITHIN GROUP clause of 'percentile_cont' function must have exactly one expression.

statement error 174
SELECT PERCENTILE_DISC(0.5, 1) WITHIN GROUP (ORDER BY v) OVER () FROM an_t
----
error 174: The percentile_disc function requires 1 argument(s).

statement error 402
SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY CAST(v AS varchar(10))) OVER () FROM an_t
----
error 402: The data types numeric and varchar are incompatible in the percentile_cont operator.

statement error 402
SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY GETDATE()) OVER () FROM an_t
----
error 402: The data types numeric and datetime are incompatible in the percentile_cont operator.

statement error 4112
SELECT CUME_DIST() OVER (PARTITION BY g) FROM an_t
----
error 4112: The function 'CUME_DIST' must have an OVER clause with ORDER BY.

statement error 10752
SELECT PERCENT_RANK() OVER (ORDER BY v ROWS UNBOUNDED PRECEDING) FROM an_t
----
error 10752: The function 'PERCENT_RANK' may not have a window frame.

statement error 10757
SELECT RANK() WITHIN GROUP (ORDER BY v) OVER (ORDER BY v) FROM an_t
----
error 10757: The function 'rank' may not have a WITHIN GROUP clause.

statement ok
DROP TABLE an_t
