# JSON_MODIFY: replace, insert, delete, append, strict and lax, JSON values and escaping.

query T
SELECT JSON_MODIFY(N'{"name":"John","skills":["C#","SQL"]}', '$.name', 'Mike')
----
{"name":"Mike","skills":["C#","SQL"]}

query T
SELECT JSON_MODIFY(N'{"name":"Mike","skills":["C#","SQL"]}', '$.surname', 'Smith')
----
{"name":"Mike","skills":["C#","SQL"],"surname":"Smith"}

query T
SELECT JSON_MODIFY(N'{"name":"Mike","skills":["C#","SQL"],"surname":"Smith"}', '$.name', NULL)
----
{"skills":["C#","SQL"],"surname":"Smith"}

query TT
SELECT JSON_MODIFY(N'{"a":1,"b":2}', '$.b', NULL), JSON_MODIFY(N'{"a":1}', '$.a', NULL)
----
{"a":1}	{}

query T
SELECT JSON_MODIFY(N'{"skills":["C#","SQL"]}', 'append $.skills', 'Azure')
----
{"skills":["C#","SQL","Azure"]}

query TT
SELECT JSON_MODIFY(N'{"a":1}', 'append $.arr', 3), JSON_MODIFY(N'{"arr":[]}', 'append lax $.arr', 3)
----
{"a":1,"arr":[3]}	{"arr":[3]}

query T
SELECT JSON_MODIFY(N'{"a":1}', 'append $.a', 3)
----
{"a":1}

query TT
SELECT JSON_MODIFY(N'{"a":1}', 'strict $.a', NULL), JSON_MODIFY(N'{"a":1}', 'strict $.a', 'x')
----
{"a":null}	{"a":"x"}

query TTT
SELECT JSON_MODIFY(N'{"arr":[1,2,3]}', '$.arr[1]', NULL), JSON_MODIFY(N'{"arr":[1,2,3]}', '$.arr[5]', 9), JSON_MODIFY(N'["a",2]', '$[0]', 'x')
----
{"arr":[1,null,3]}	{"arr":[1,2,3]}	["x",2]

query T
SELECT JSON_MODIFY(N'{ "a" : 1 ,  "b" : [ 1 ] }', '$.a', 2)
----
{ "a" : 2 ,  "b" : [ 1 ] }

query TT
SELECT JSON_MODIFY(N'{"a":{"b":1}}', '$.a.b', 5), JSON_MODIFY(N'{"a":1}', '$.x.y', 5)
----
{"a":{"b":5}}	{"a":1}

query TT
SELECT JSON_MODIFY(N'{"a":3,"a":2}', '$.a', 4), JSON_MODIFY(N'{"a":3,"a":2}', '$.a', NULL)
----
{"a":4,"a":2}	{"a":2}

# A quoted key may hold an escaped quote.
query TT
SELECT JSON_MODIFY(N'{}', '$."a\"b"', 2), JSON_VALUE(N'{"a\"b":5, "c d":6}', '$."a\"b"')
----
{"a\"b":2}	5

# Values keep their JSON type: numbers bare, bit as true/false, float in SQL Server's form.
query TTTT
SELECT JSON_MODIFY(N'{}', '$.n', 42), JSON_MODIFY(N'{}', '$.b', CAST(1 AS bit)), JSON_MODIFY(N'{}', '$.d', CAST(-12.340 AS decimal(6,3))), JSON_MODIFY(N'{}', '$.f', CAST(0.1 AS float))
----
{"n":42}	{"b":true}	{"d":-12.340}	{"f":1.000000000000000e-001}

# A string is escaped, even one that looks like JSON; JSON_QUERY and JSON_MODIFY results go in as JSON.
query T
SELECT JSON_MODIFY(N'{}', '$.s', N'a"b\c/d' + CHAR(10) + CHAR(1))
----
{"s":"a\"b\\c\/d\n\u0001"}

query TT
SELECT JSON_MODIFY(N'[]', 'append $', N'{"id":3}'), JSON_MODIFY(N'[]', 'append $', JSON_QUERY(N'{"id":3}'))
----
["{\"id\":3}"]	[{"id":3}]

query T
SELECT JSON_MODIFY(N'{"a":1}', '$.b', JSON_MODIFY(N'{"x":1}', '$.y', 2))
----
{"a":1,"b":{"x":1,"y":2}}

statement ok
DECLARE @j nvarchar(max) = N'{"list":[]}', @v nvarchar(max) = N'{"k":"v"}'; SELECT JSON_MODIFY(@j, 'append $.list', JSON_QUERY(@v)) AS r

query T
SELECT JSON_MODIFY(CAST(NULL AS nvarchar(max)), '$.a', 1)
----
NULL

statement ok
CREATE TABLE jm (id int PRIMARY KEY, doc nvarchar(max))

statement ok
INSERT jm VALUES (1, N'{"list":[]}'), (2, N'{"list":[0]}'), (3, NULL)

statement ok
UPDATE jm SET doc = JSON_MODIFY(doc, 'append $.list', id)

query IT
SELECT id, doc FROM jm ORDER BY id
----
1	{"list":[1]}
2	{"list":[0,2]}
3	NULL

statement error 13608
SELECT JSON_MODIFY(N'{"a":1}', 'strict $.b', 2)
----
error 13608: Property cannot be found on the specified JSON path.

statement error 13608
SELECT JSON_MODIFY(N'{"a":1}', 'append strict $.b', 2)
----
error 13608: Property cannot be found on the specified JSON path.

statement error 13621
SELECT JSON_MODIFY(N'{"a":1}', 'append strict $.a', 2)
----
error 13621: Array cannot be found in the specified JSON path.

statement error 13619
SELECT JSON_MODIFY(N'{"a":1}', 'strict $', 2)
----
error 13619: Unsupported JSON path found in argument 2 of JSON_MODIFY.

statement error 13609
SELECT JSON_MODIFY(N'not json', '$.a', 2)
----
error 13609: JSON text is not properly formatted. Unexpected character 'n' is found at position 0.

statement error 8116
SELECT JSON_MODIFY(N'{}', '$.a', CAST('2024-01-02' AS date))
----
error 8116: Argument data type date is invalid for argument 3 of json_modify function.

statement error 8116
DECLARE @p nvarchar(10) = NULL; SELECT JSON_MODIFY(N'{}', @p, 1)
----
error 8116: Argument data type NULL is invalid for argument 2 of JSON_MODIFY function.

statement error 174
SELECT JSON_MODIFY(N'{}', '$.a')
----
error 174: The json_modify function requires 3 argument(s).
