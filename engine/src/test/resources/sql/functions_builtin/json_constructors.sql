# JSON_OBJECT and JSON_ARRAY (SQL Server 2022).

query TTT
SELECT JSON_OBJECT(), JSON_ARRAY(), JSON_OBJECT('a':1, 'b':'x')
----
{}	[]	{"a":1,"b":"x"}

# NULL values: objects keep them by default, arrays drop them.
query TTTT
SELECT JSON_OBJECT('a':NULL), JSON_OBJECT('a':NULL, 'b':2 ABSENT ON NULL), JSON_ARRAY(1, NULL, 2), JSON_ARRAY(1, NULL, 2 NULL ON NULL)
----
{"a":null}	{"b":2}	[1,2]	[1,null,2]

query TT
SELECT JSON_OBJECT('a':NULL ABSENT ON NULL), JSON_OBJECT('a':1, 'a':2)
----
{}	{"a":1,"a":2}

# Nested constructors and JSON_QUERY go in as JSON; JSON-looking text is a string.
query TTT
SELECT JSON_OBJECT('q':JSON_OBJECT('x':1)), JSON_ARRAY(JSON_ARRAY(1, 2), JSON_QUERY(N'{"a":1}'), JSON_ARRAY()), JSON_OBJECT('q':N'{"x":1}')
----
{"q":{"x":1}}	[[1,2],{"a":1},[]]	{"q":"{\"x\":1}"}

query T
SELECT JSON_ARRAY(CAST(1 AS bit), CAST(-12.340 AS decimal(6,3)), CAST(0.1 AS float), CAST(12.3456 AS money), N'a"/b')
----
[true,-12.340,1.000000000000000e-001,12.3456,"a\"\/b"]

query T
SELECT JSON_ARRAY(CAST('2024-01-02' AS date), CAST('2024-01-02 03:04:05.123' AS datetime), 0x0102, CAST(1 AS sql_variant))
----
["2024-01-02","2024-01-02T03:04:05.123","AQI=",1]

query T
SELECT JSON_OBJECT(1:'one', 'k' + 'ey':JSON_MODIFY(N'{}', '$.a', 1))
----
{"1":"one","key":{"a":1}}

statement ok
CREATE TABLE jc (id int PRIMARY KEY, name nvarchar(20), score int)

statement ok
INSERT jc VALUES (1, N'ann', 10), (2, N'bob', NULL)

query T
SELECT JSON_OBJECT('id':id, 'name':name, 'score':score ABSENT ON NULL) FROM jc ORDER BY id
----
{"id":1,"name":"ann","score":10}
{"id":2,"name":"bob"}

query T
SELECT JSON_ARRAY(COUNT(*), SUM(score)) FROM jc
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
[2,10]

statement error 13638
SELECT JSON_OBJECT(CAST(NULL AS varchar(5)):1)
----
error 13638: User error : Name parameter value in 'json_object' cannot be null

statement error 102
SELECT JSON_OBJECT('a', 1)
----
error 102: Incorrect syntax near ','.
