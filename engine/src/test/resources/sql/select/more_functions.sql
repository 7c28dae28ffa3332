# CHOOSE, TRANSLATE, and the statistical aggregates VAR, VARP, STDEV, STDEVP.

query TTT
SELECT CHOOSE(2, 'a', 'b', 'c'), CHOOSE(4, 'a', 'b', 'c'), CHOOSE(1, 10, 2.5)
----
b	NULL	10.0

query T
SELECT TRANSLATE('2*[3+4]/{7-2}', '[]{}', '()()')
----
2*(3+4)/(7-2)

statement error 9828
SELECT TRANSLATE('abc', 'ab', 'x')
----
error 9828: The second and third arguments of the TRANSLATE built-in function must contain an equal number of characters.

query RRRR
SELECT VAR(x), VARP(x), STDEV(x), STDEVP(x) FROM (VALUES (2), (4), (4), (4), (5), (5), (7), (9)) AS v (x)
----
4.571428571428571	4	2.138089935299395	2

query RR
SELECT VAR(x), STDEVP(x) FROM (VALUES (1)) AS v (x)
----
NULL	0

query IR
SELECT g, STDEV(x) OVER (PARTITION BY g) FROM (VALUES (1, 1.0), (1, 3.0), (2, 5.0)) AS v (g, x) ORDER BY g
----
1	1.4142135623730951
1	1.4142135623730951
2	NULL

# COL_NAME, COL_LENGTH, OBJECTPROPERTY.
statement ok
CREATE TABLE mf (id int IDENTITY PRIMARY KEY, name nvarchar(50), code varchar(10), amount decimal(12, 2), note nvarchar(max))

statement ok
CREATE VIEW mf_v AS SELECT id FROM mf

query TT
SELECT COL_NAME(OBJECT_ID('mf'), 1), COL_NAME(OBJECT_ID('mf'), 2)
----
id	name

query IIIII
SELECT COL_LENGTH('mf', 'id'), COL_LENGTH('dbo.mf', 'name'), COL_LENGTH('mf', 'code'), COL_LENGTH('mf', 'amount'), COL_LENGTH('mf', 'note')
----
4	100	10	9	-1

query III
SELECT COL_LENGTH('mf', 'nope'), COL_LENGTH('nope', 'id'), COL_NAME(OBJECT_ID('mf'), 99)
----
NULL	NULL	NULL

query IIIII
SELECT OBJECTPROPERTY(OBJECT_ID('mf'), 'IsUserTable'), OBJECTPROPERTY(OBJECT_ID('mf_v'), 'IsView'), OBJECTPROPERTY(OBJECT_ID('mf'), 'TableHasPrimaryKey'), OBJECTPROPERTY(OBJECT_ID('mf'), 'TableHasIdentity'), OBJECTPROPERTY(OBJECT_ID('mf_v'), 'IsUserTable')
----
1	1	1	1	0

query I
SELECT OBJECTPROPERTY(OBJECT_ID('mf'), 'NoSuchProperty')
----
NULL
