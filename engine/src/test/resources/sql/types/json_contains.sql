# SQL Server 2025's JSON_CONTAINS: the documentation's examples, then NULLs, misses and LIKE mode.

query IIIII
DECLARE @j AS JSON = '{"a": 1, "b": 2, "c": {"d": 4, "ce":["dd"]}, "d": [1, 3, {"df": [89]}, false], "e":null, "f":true}';
SELECT json_contains(@j, 1, '$.a'), json_contains(@j, 'dd', '$.c.ce[*]'), json_contains(@j, CAST(0 AS BIT), '$.d[*]'),
  json_contains(@j, 89, '$.d[*].df[*]'), json_contains(@j, 5, '$.a')
----
1	1	1	1	0

query I
DECLARE @j AS JSON = '[{"a": 1}, {"b": 2}, {"c": 3}, {"a": 56}]'; SELECT json_contains(@j, 56, '$[*].a')
----
1

# Character data works as the document too; one level of array is unwrapped without [*].
query II
SELECT JSON_CONTAINS(N'{"t":["x","y"]}', 'y', '$.t'), JSON_CONTAINS(N'{"n":2.50}', 2.5, '$.n')
----
1	1

# NULL for a NULL argument or a path that finds nothing; LIKE semantics with search_mode 1.
query III
SELECT JSON_CONTAINS('{"a":1}', NULL, '$.a'), JSON_CONTAINS('{"a":1}', 1, '$.zz'), JSON_CONTAINS('{"s":"abcd"}', 'ab%', '$.s', 1)
----
NULL	NULL	1

query I
SELECT JSON_CONTAINS('{"s":"abcd"}', 'ab%', '$.s')
----
0

statement error 8116
DECLARE @j json = '[1]'; SELECT JSON_CONTAINS('[[1]]', @j, '$')

statement error 13607
SELECT JSON_CONTAINS('{"a":1}', 1, 'a')
