# Correlated subqueries: a subquery may read the columns of the query it sits in (and of queries
# further out); it runs again for each row it is evaluated on.

statement ok
CREATE TABLE cs_dept (id int PRIMARY KEY, name nvarchar(10))

statement ok
CREATE TABLE cs_emp (id int PRIMARY KEY, dept int, salary int)

statement ok
CREATE INDEX ix_cs_emp_dept ON cs_emp (dept)

statement ok
INSERT cs_dept VALUES (1, N'eng'), (2, N'ops'), (3, N'empty')

statement ok
INSERT cs_emp VALUES (10, 1, 100), (11, 1, 150), (12, 2, 90), (13, NULL, 50)

query T
SELECT d.name FROM cs_dept AS d WHERE EXISTS (SELECT 1 FROM cs_emp AS e WHERE e.dept = d.id) ORDER BY d.name
----
eng
ops

query T
SELECT name FROM cs_dept WHERE NOT EXISTS (SELECT 1 FROM cs_emp WHERE cs_emp.dept = cs_dept.id)
----
empty

query TI
SELECT d.name, (SELECT COUNT(*) FROM cs_emp e WHERE e.dept = d.id) AS n FROM cs_dept d ORDER BY d.id
----
eng	2
ops	1
empty	0

# An unqualified name the subquery's own FROM lacks is the enclosing query's; one it has is its own.
query TI
SELECT name, (SELECT MAX(salary) FROM cs_emp WHERE dept = cs_dept.id AND id > 0) FROM cs_dept ORDER BY id
----
eng	150
ops	90
empty	NULL

query II
SELECT e.id, e.salary FROM cs_emp e WHERE e.salary > (SELECT AVG(x.salary) FROM cs_emp x WHERE x.dept = e.dept) ORDER BY e.id
----
11	150

# ALL over no rows is true: employee 13 (no department) matches no x.
query I
SELECT id FROM cs_emp e WHERE salary >= ALL (SELECT salary FROM cs_emp x WHERE x.dept = e.dept) ORDER BY id
----
11
12
13

query I
SELECT id FROM cs_emp e WHERE e.id IN (SELECT x.id FROM cs_emp x WHERE x.salary = e.salary AND x.dept = 1) ORDER BY id
----
10
11

# Two levels: the innermost reads the outermost.
query T
SELECT d.name FROM cs_dept d WHERE EXISTS (SELECT 1 FROM cs_emp e WHERE e.dept = d.id AND EXISTS (SELECT 1 FROM cs_emp f WHERE f.salary > e.salary AND f.dept = d.id)) ORDER BY d.name
----
eng

# In UPDATE and DELETE.
statement ok
UPDATE cs_emp SET salary = (SELECT COUNT(*) FROM cs_emp x WHERE x.dept = cs_emp.dept) WHERE dept IS NOT NULL

query II
SELECT id, salary FROM cs_emp ORDER BY id
----
10	2
11	2
12	1
13	50

statement ok
DELETE cs_dept WHERE NOT EXISTS (SELECT 1 FROM cs_emp e WHERE e.dept = cs_dept.id)

query I
SELECT COUNT(*) FROM cs_dept
----
2

# A column neither the subquery nor any enclosing query has is still 207 / 4104.
statement error 207
SELECT id FROM cs_dept d WHERE EXISTS (SELECT 1 FROM cs_emp e WHERE e.dept = nothing)
----
error 207: Invalid column name 'nothing'.

statement error 4104
SELECT id FROM cs_dept d WHERE EXISTS (SELECT 1 FROM cs_emp e WHERE e.dept = z.id)
----
error 4104: The multi-part identifier "z.id" could not be bound.

# APPLY with a derived table reading the left row (a lateral join): the top earner per department.
query TII
SELECT d.name, top1.id, top1.salary FROM cs_dept d CROSS APPLY (SELECT TOP (1) e.id, e.salary FROM cs_emp e WHERE e.dept = d.id ORDER BY e.salary DESC, e.id) AS top1 ORDER BY d.name
----
eng	10	2
ops	12	1

# SELECT * over an APPLY whose derived table reads the left row: the derived table's columns are
# named by binding it as APPLY does, inside the left side's scope.
query ITII
SELECT * FROM cs_dept d CROSS APPLY (SELECT TOP (1) e.id AS emp, e.salary FROM cs_emp e WHERE e.dept = d.id ORDER BY e.salary DESC, e.id) AS top1 ORDER BY d.id
----
1	eng	10	2
2	ops	12	1

query II
SELECT top1.* FROM cs_dept d CROSS APPLY (SELECT TOP (1) e.id AS emp, e.salary FROM cs_emp e WHERE e.dept = d.id ORDER BY e.salary DESC, e.id) AS top1 ORDER BY d.id
----
10	2
12	1

query ITI
SELECT * FROM cs_dept AS d OUTER APPLY (SELECT COUNT(*) AS n FROM cs_emp AS e WHERE e.dept = d.id HAVING COUNT(*) > 1) AS c ORDER BY d.id
----
1	eng	2
2	ops	NULL

# Two APPLYs, the second reading the first's columns.
query ITII
SELECT * FROM cs_dept d CROSS APPLY (SELECT MAX(e.salary) AS top_salary FROM cs_emp e WHERE e.dept = d.id) AS m CROSS APPLY (SELECT COUNT(*) AS below FROM cs_emp e WHERE e.dept = d.id AND e.salary < m.top_salary) AS b ORDER BY d.id
----
1	eng	2	0
2	ops	1	0

statement ok
INSERT cs_dept VALUES (4, N'new')

query TI
SELECT d.name, c.n FROM cs_dept d OUTER APPLY (SELECT COUNT(*) AS n FROM cs_emp e WHERE e.dept = d.id HAVING COUNT(*) > 0) AS c ORDER BY d.id
----
eng	2
ops	1
new	NULL
