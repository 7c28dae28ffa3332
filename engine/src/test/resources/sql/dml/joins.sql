# INNER, LEFT, RIGHT, FULL and CROSS joins over tables.
statement ok
CREATE TABLE dept (id int PRIMARY KEY, name varchar(10))
CREATE TABLE staff (id int PRIMARY KEY, name varchar(10), dept_id int NULL)
INSERT INTO dept VALUES (1, 'eng'), (2, 'ops'), (3, 'hr')
INSERT INTO staff VALUES (10, 'ann', 1), (11, 'bob', 1), (12, 'cy', 2), (13, 'dee', NULL)

query TT
SELECT s.name, d.name FROM staff s JOIN dept d ON s.dept_id = d.id ORDER BY s.name
----
ann	eng
bob	eng
cy	ops

query TT
SELECT s.name, d.name FROM staff AS s LEFT OUTER JOIN dept AS d ON s.dept_id = d.id ORDER BY s.id
----
ann	eng
bob	eng
cy	ops
dee	NULL

query TT rowsort
SELECT s.name, d.name FROM staff s RIGHT JOIN dept d ON s.dept_id = d.id
----
NULL	hr
ann	eng
bob	eng
cy	ops

query I
SELECT COUNT(*) FROM staff s FULL JOIN dept d ON s.dept_id = d.id
----
5

query I
SELECT COUNT(*) FROM staff CROSS JOIN dept
----
12

query TI
SELECT d.name, COUNT(s.id) FROM dept d LEFT JOIN staff s ON s.dept_id = d.id GROUP BY d.name ORDER BY d.name
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
eng	2
hr	0
ops	1

query ITITI
SELECT * FROM dept d, staff s WHERE d.id = s.dept_id AND s.name = 'cy'
----
2	ops	12	cy	2

query T
SELECT staff.name FROM staff INNER JOIN dept ON staff.dept_id = dept.id WHERE dept.name = 'ops'
----
cy

statement error 209
SELECT name FROM staff JOIN dept ON staff.dept_id = dept.id
----
error 209: Ambiguous column name 'name'.

statement error 4104
SELECT x.name FROM staff JOIN dept ON staff.dept_id = dept.id
----
error 4104: The multi-part identifier "x.name" could not be bound.
