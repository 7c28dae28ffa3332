# APPROX_PERCENTILE_CONT / APPROX_PERCENTILE_DISC (SQL Server 2022): aggregates with WITHIN GROUP.
# SQL Server answers within a 1.33% rank error from a sketch; Quern answers exactly.
statement ok
CREATE TABLE #emp (EmplId int IDENTITY PRIMARY KEY, DeptId int, Salary int)

statement ok
INSERT #emp VALUES (1, 31), (1, 33), (1, 18), (2, 25), (2, 35), (2, 10), (2, 10), (3, 1), (3, NULL), (4, NULL), (4, NULL)

query IRR rowsort
SELECT DeptId, APPROX_PERCENTILE_CONT(0.10) WITHIN GROUP (ORDER BY Salary) AS P10,
       APPROX_PERCENTILE_CONT(0.90) WITHIN GROUP (ORDER BY Salary) AS P90
FROM #emp GROUP BY DeptId
----
1	20.599999999999998	32.6
2	10	32
3	1	1
4	NULL	NULL
! Warning: Null value is eliminated by an aggregate or other SET operation.

query IIII rowsort
SELECT DeptId, APPROX_PERCENTILE_DISC(0.10) WITHIN GROUP (ORDER BY Salary),
       APPROX_PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY Salary),
       APPROX_PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY Salary DESC)
FROM #emp GROUP BY DeptId
----
1	18	31	31
2	10	10	25
3	1	1	1
4	NULL	NULL	NULL
! Warning: Null value is eliminated by an aggregate or other SET operation.

# Without GROUP BY: one row; CONT is float, DISC keeps the key's type.
query RTT
SELECT APPROX_PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY Salary),
       SQL_VARIANT_PROPERTY(APPROX_PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY Salary), 'BaseType'),
       SQL_VARIANT_PROPERTY(APPROX_PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY CAST(Salary AS smallint)), 'BaseType')
FROM #emp
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
21.5	float	smallint

query R
SELECT APPROX_PERCENTILE_CONT(0.25) WITHIN GROUP (ORDER BY Salary DESC) FROM #emp WHERE Salary IS NOT NULL
----
31.5

query R
SELECT APPROX_PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY Salary) FROM #emp WHERE 1 = 0
----
NULL

statement error 8727
SELECT APPROX_PERCENTILE_CONT(1.5) WITHIN GROUP (ORDER BY Salary) FROM #emp

statement error 10754
SELECT APPROX_PERCENTILE_CONT(0.5) FROM #emp

statement error 10751
SELECT APPROX_PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY Salary, DeptId) FROM #emp

statement error 174
SELECT APPROX_PERCENTILE_DISC(0.5, 1) WITHIN GROUP (ORDER BY Salary) FROM #emp

statement error 402
SELECT APPROX_PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY N'x') FROM #emp
----
error 402: The data types numeric and nvarchar are incompatible in the approx_percentile_disc operator.

statement error 10757
SELECT UPPER(N'a') WITHIN GROUP (ORDER BY Salary) FROM #emp
