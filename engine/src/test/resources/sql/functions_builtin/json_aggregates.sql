# SQL Server 2025's JSON_ARRAYAGG and JSON_OBJECTAGG (the documented examples).
query T
SELECT JSON_ARRAYAGG(NULL)
----
[]

query T
SELECT JSON_ARRAYAGG(c1 ORDER BY c1) FROM (VALUES ('c'), ('b'), ('a')) AS t(c1)
----
["a","b","c"]

query T
SELECT JSON_ARRAYAGG(c1 ORDER BY c1 DESC NULL ON NULL) FROM (VALUES ('c'), (NULL), ('a')) AS t(c1)
----
["c","a",null]

query T
SELECT JSON_ARRAYAGG(1 RETURNING JSON)
----
[1]

query T
SELECT JSON_OBJECTAGG('key':NULL)
----
{"key":null}

query T
SELECT JSON_OBJECTAGG(c1:c2) FROM (VALUES ('key1', 'c'), ('key2', 'b'), ('key3', 'a')) AS t(c1, c2)
----
{"key1":"c","key2":"b","key3":"a"}

query T
SELECT JSON_OBJECTAGG(c1:c2 ABSENT ON NULL) FROM (VALUES ('key1', 'c'), ('key2', NULL)) AS t(c1, c2)
----
{"key1":"c"}

query T
SELECT JSON_OBJECTAGG('a':1 RETURNING JSON)
----
{"a":1}

# Grouped, with GROUPING SETS beside SUM; numbers, bits and nested JSON keep their JSON form.
query TTIT rowsort
WITH T AS (SELECT * FROM (VALUES (1, 'k1', 'a', 2), (1, 'k2', 'b', 3), (1, 'k3', 'b', 4), (2, 'j1', 'd', 7), (2, 'j2', 'd', 9)) AS b(id, name, type, amount))
SELECT id, type, SUM(amount), JSON_OBJECTAGG(name:amount) FROM T GROUP BY GROUPING SETS ((id, type), ())
----
1	a	2	{"k1":2}
1	b	7	{"k2":3,"k3":4}
2	d	16	{"j1":7,"j2":9}
NULL	NULL	25	{"k1":2,"k2":3,"k3":4,"j1":7,"j2":9}

query T
SELECT JSON_ARRAYAGG(JSON_OBJECT('n':n, 'odd':CAST(n % 2 AS bit)) ORDER BY n) FROM (VALUES (2), (1)) AS t(n)
----
[{"n":1,"odd":true},{"n":2,"odd":false}]

query T
SELECT JSON_OBJECT('items':JSON_ARRAYAGG(n ORDER BY n)) FROM (VALUES (2), (1)) AS t(n)
----
{"items":[1,2]}

# No rows: NULL, as other aggregates over nothing.
query T
SELECT JSON_ARRAYAGG(n) FROM (VALUES (1)) AS t(n) WHERE n = 0
----
NULL

statement error 13638
SELECT JSON_OBJECTAGG(k:v) FROM (VALUES (NULL, 1)) AS t(k, v)

statement error 147
SELECT 1 WHERE JSON_ARRAYAGG(1) = '[1]'
