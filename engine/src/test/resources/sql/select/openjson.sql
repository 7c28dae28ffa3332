# OPENJSON: an object's or array's members as (key, value, type), or with WITH one row per element
# and a typed column per path; CROSS APPLY over a column; lax and strict paths.

query TTI
SELECT [key], value, type FROM OPENJSON(N'{"a":1,"b":"x\/y","c":null,"d":true,"e":[1,2],"f":{"g":3}}')
----
a	1	2
b	x/y	1
c	NULL	0
d	true	3
e	[1,2]	4
f	{"g":3}	5

query TTI
SELECT * FROM OPENJSON(N'{"items":["p","q"]}', N'$.items') ORDER BY [key] DESC
----
1	q	1
0	p	1

statement ok
DECLARE @j nvarchar(max) = N'[{"id":1,"name":"ann","tags":["a","b"],"ok":true,"at":"2024-05-01T10:00:00"},{"id":2,"name":"bob","price":12.5,"ok":false}]'; SELECT * INTO people FROM OPENJSON(@j) WITH (id int, name nvarchar(20) N'$.name', price decimal(6, 2), ok bit, at datetime2(0), tags nvarchar(max) AS JSON)

query ITRITT
SELECT id, name, price, ok, at, tags FROM people ORDER BY id
----
1	ann	NULL	1	2024-05-01 10:00:00	["a","b"]
2	bob	12.50	0	NULL	NULL

# A list of ids passed as JSON text, the way applications send arrays to SQL Server.
query I
SELECT SUM(CAST(value AS int)) FROM OPENJSON(N'[3, 4, 5]')
----
12

query IT
SELECT p.id, t.value FROM people AS p CROSS APPLY OPENJSON(p.tags) AS t ORDER BY p.id, t.value
----
1	a
1	b

query II
SELECT p.id, COUNT(t.value) FROM people AS p OUTER APPLY OPENJSON(p.tags) AS t GROUP BY p.id ORDER BY p.id
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
1	2
2	0

query I
SELECT v FROM OPENJSON(N'[10, 20]') WITH (v int N'$')
----
10
20

# Lax paths that find nothing open nothing; strict ones fail.
query I
SELECT COUNT(*) FROM OPENJSON(N'{"a":1}', N'$.missing')
----
0

statement error 13608
SELECT * FROM OPENJSON(N'{"a":1}', N'strict $.missing')
----
error 13608: Property cannot be found on the specified JSON path.

statement error 13611
SELECT * FROM OPENJSON(N'{"a":1}', N'strict $.a')
----
error 13611: Value referenced by JSON path is not an array or object and cannot be opened with OPENJSON.

statement error 13618
SELECT * FROM OPENJSON(N'{"a":{}}') WITH (a nvarchar(20) AS JSON)
----
error 13618: AS JSON option can be specified only for column of nvarchar(max) type in WITH clause.

statement error 245
SELECT * FROM OPENJSON(N'[{"id":"x"}]') WITH (id int)
----
error 245: Conversion failed when converting the nvarchar value 'x' to data type int.
