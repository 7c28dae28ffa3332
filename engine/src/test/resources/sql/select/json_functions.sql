# ISJSON, JSON_VALUE and JSON_QUERY.

query IIII
SELECT ISJSON(N'{"a":1}'), ISJSON(N'[1,2]'), ISJSON(N'"x"'), ISJSON(N'{a:1}')
----
1	1	0	0

query TTTTT
SELECT JSON_VALUE(N'{"a":{"b":[10,"x y",true,null]}}', '$.a.b[0]'), JSON_VALUE(N'{"a":{"b":[10,"x y",true]}}', '$.a.b[1]'), JSON_VALUE(N'{"a":{"b":[10,"x y",true]}}', 'lax $.a.b[2]'), JSON_VALUE(N'{"a":{"b":[10]}}', '$.a.b'), JSON_VALUE(N'{"k y":"v\u00e9"}', '$."k y"')
----
10	x y	true	NULL	vé

query TT
SELECT JSON_QUERY(N'{"a": {"b": [1, 2]}, "c": 3}', '$.a'), JSON_QUERY(N'{"a":1}', '$.a')
----
{"b": [1, 2]}	NULL

statement ok
CREATE TABLE js (id int PRIMARY KEY, doc nvarchar(max))

statement ok
INSERT js VALUES (1, N'{"name":"ann","tags":["a","b"]}'), (2, N'{"name":"bob"}'), (3, N'not json')

query IT
SELECT id, JSON_VALUE(doc, '$.name') FROM js WHERE ISJSON(doc) = 1 ORDER BY id
----
1	ann
2	bob

statement error 13608
SELECT JSON_VALUE(N'{"a":1}', 'strict $.b')
----
error 13608: Property cannot be found on the specified JSON path.

statement error 13623
SELECT JSON_VALUE(N'{"a":[1]}', 'strict $.a')
----
error 13623: Scalar value cannot be found in the specified JSON path.

statement error 13624
SELECT JSON_QUERY(N'{"a":1}', 'strict $.a')
----
error 13624: Object or array cannot be found in the specified JSON path.

statement error 13609
SELECT JSON_VALUE(N'{"a":1', '$.a')
----
error 13609: JSON text is not properly formatted. Unexpected character '' is found at position 6.

statement error 13607
SELECT JSON_VALUE(N'{"a":1}', 'a')
----
error 13607: JSON path is not properly formatted. Unexpected character 'a' is found at position 1.

# ISJSON's type constraint (SQL Server 2022): VALUE, ARRAY, OBJECT, SCALAR.
query IIIIII
SELECT ISJSON('{"a":1}', OBJECT), ISJSON('[1]', OBJECT), ISJSON('[1]', ARRAY), ISJSON('1', SCALAR), ISJSON('"s"', VALUE), ISJSON('{bad', VALUE)
----
1	0	1	1	1	0

query II
SELECT ISJSON('1'), ISJSON('{}')
----
0	1
