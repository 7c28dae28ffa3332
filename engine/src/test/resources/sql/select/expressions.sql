query TTT
SELECT CASE 2 WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END,
       CASE WHEN 1 > 2 THEN 'yes' ELSE 'no' END,
       CASE WHEN 1 = 0 THEN 'x' END
----
two	no	NULL

query TI
SELECT IIF(1 < 2, 'lt', 'ge'), IIF(NULL = NULL, 1, 0)
----
lt	0

query III
SELECT COALESCE(NULL, NULL, 3), NULLIF(4, 4), NULLIF(4, 5)
----
3	NULL	4

describe
SELECT COALESCE(NULL, 1), NULLIF(1, 2), CASE WHEN 1 = 1 THEN 'ab' ELSE 'abcd' END
----
	int	NULL
	int	NULL
	varchar(4)	NOT NULL

query I
SELECT CASE WHEN 'abc' LIKE 'a%' THEN 1 ELSE 0 END
----
1

query IIIII
SELECT IIF('abc' LIKE '_b_', 1, 0), IIF('abc' LIKE '[a-c]bc', 1, 0), IIF('ABC' LIKE 'abc', 1, 0),
       IIF('a%c' LIKE 'a!%c' ESCAPE '!', 1, 0), IIF('abc' NOT LIKE '%d%', 1, 0)
----
1	1	1	1	1

query III
SELECT IIF(NULL IS NULL, 1, 0), IIF(1 IS NOT NULL, 1, 0), IIF(NOT (1 = 2), 1, 0)
----
1	1	1

query II
SELECT IIF(1 IN (2, NULL), 1, 0), IIF(1 NOT IN (2, NULL), 1, 0)
----
0	0

query III
SELECT IIF(1 = 1 OR NULL = 1, 1, 0), IIF(1 = 2 AND NULL = 1, 1, 0), IIF('a' = 'A', 1, 0)
----
1	0	1

query I
SELECT IIF('abc' = 'abc   ', 1, 0)
----
1
