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
