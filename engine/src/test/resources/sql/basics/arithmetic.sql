query IIIII
SELECT 1 + 2 * 3, (1 + 2) * 3, 7 / 2, 7 % 3, -7 / 2
----
7	9	3	1	-3

query III
SELECT 5 & 3, 5 | 3, 5 ^ 3
----
1	7	6

query I
SELECT ~0
----
-1

statement error 8134
SELECT 1 / 0
----
error 8134: Divide by zero error encountered.

query I
SELECT 2 - -1
----
3

query T
SELECT 'a' + NULL
----
NULL
