# The JSON functions over SQL Server 2025's json type: json arguments are read as their text,
# JSON_QUERY and JSON_MODIFY of a json document return json, the constructors embed a json value
# as JSON (not as a string) and return json under RETURNING JSON; the catalog shows the type.

statement ok
CREATE TABLE jf_docs (id int PRIMARY KEY, doc json)

statement ok
INSERT jf_docs VALUES (1, '{"a":1,"b":{"c":[1,2]},"s":"x y"}'), (2, NULL)

query ITTII rowsort
SELECT id, JSON_VALUE(doc, '$.s'), JSON_QUERY(doc, '$.b'), ISJSON(doc), JSON_PATH_EXISTS(doc, '$.b.c')
FROM jf_docs
----
1	x y	{"c":[1,2]}	1	1
2	NULL	NULL	NULL	NULL

query TT
SELECT [key], [value] FROM jf_docs CROSS APPLY OPENJSON(doc) WHERE id = 1 ORDER BY [key]
----
a	1
b	{"c":[1,2]}
s	x y

query T
SELECT JSON_MODIFY(doc, '$.a', 5) FROM jf_docs WHERE id = 1
----
{"a":5,"b":{"c":[1,2]},"s":"x y"}

# A json value inside JSON_OBJECT / JSON_ARRAY is embedded as JSON.
query T
SELECT JSON_OBJECT('d': doc) FROM jf_docs WHERE id = 1
----
{"d":{"a":1,"b":{"c":[1,2]},"s":"x y"}}

query T
DECLARE @j json = '[1, 2]'; SELECT JSON_ARRAY(@j, 'x')
----
[[1,2],"x"]

# The result types: JSON_QUERY and JSON_MODIFY of json are json.
describe
SELECT JSON_QUERY(doc, '$.b') AS q, JSON_VALUE(doc, '$.a') AS v, JSON_MODIFY(doc, '$.a', 2) AS m FROM jf_docs
----
q	json	NULL
v	nvarchar(4000)	NULL
m	json	NULL

# JSON_MODIFY of json keeps the text canonical; a json new value goes in as JSON.
query T
DECLARE @j json = '{"a" : [1]}', @v json = '{"x" : 1}'; SELECT JSON_MODIFY(@j, '$.b', @v)
----
{"a":[1],"b":{"x":1}}

# RETURNING JSON makes the constructors and the aggregates json (the built text read as a
# document: the first of duplicate keys, floats as decimal(38,10)); a json argument does too.
describe
SELECT JSON_OBJECT('a': 1 RETURNING JSON) AS o, JSON_ARRAY(1 RETURNING JSON) AS a, JSON_OBJECT('d': doc) AS d, JSON_ARRAY(1) AS t FROM jf_docs
----
o	json	NULL
a	json	NULL
d	json	NULL
t	nvarchar(max)	NULL

query TT
SELECT JSON_OBJECT('a': 1, 'a': 2 RETURNING JSON), JSON_ARRAY(CAST(1.5 AS float), 'x' RETURNING JSON)
----
{"a":1}	[1.5000000000,"x"]

describe
SELECT JSON_ARRAYAGG(id RETURNING JSON) AS a, JSON_OBJECTAGG(CAST(id AS varchar(5)) : id RETURNING json) AS o, JSON_ARRAYAGG(id) AS t FROM jf_docs
----
a	json	NULL
o	json	NULL
t	nvarchar(max)	NULL

query TT
SELECT JSON_ARRAYAGG(id ORDER BY id DESC RETURNING JSON), JSON_OBJECTAGG(CAST(id AS varchar(5)) : doc RETURNING JSON) FROM jf_docs
----
[2,1]	{"1":{"a":1,"b":{"c":[1,2]},"s":"x y"},"2":null}

# String functions and LIKE refuse json (8116), MIN and MAX too (8117); DATALENGTH counts the
# UTF-8 text Quern keeps (SQL Server's count is its binary format's) and COUNT takes json.
statement error 8116
SELECT LEN(doc) FROM jf_docs
----
error 8116: Argument data type json is invalid for argument 1 of len function.

statement error 8116
SELECT REPLACE(N'x', N'y', doc) FROM jf_docs
----
error 8116: Argument data type json is invalid for argument 3 of replace function.

statement error 8116
SELECT TRIM(doc) FROM jf_docs
----
error 8116: Argument data type json is invalid for argument 1 of Trim function.

statement error 8116
SELECT id FROM jf_docs WHERE doc LIKE '%a%'
----
error 8116: Argument data type json is invalid for argument 1 of like function.

statement error 8117
SELECT MAX(doc) FROM jf_docs
----
error 8117: Operand data type json is invalid for max operator.

statement error 13636
SELECT ROW_NUMBER() OVER (PARTITION BY doc ORDER BY id) FROM jf_docs

query I
DECLARE @j json = N'{"é":1}'; SELECT DATALENGTH(@j)
----
8

query I
SELECT COUNT(doc) FROM jf_docs
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
1

# The catalog: system_type_id 244, max_length -1, no collation.
query TIIIT
SELECT name, system_type_id, user_type_id, max_length, collation_name FROM sys.types WHERE name = 'json'
----
json	244	244	-1	NULL

query TIIT
SELECT c.name, c.system_type_id, c.max_length, TYPE_NAME(c.user_type_id) FROM sys.columns c WHERE c.object_id = OBJECT_ID('jf_docs') AND c.name = 'doc'
----
doc	244	-1	json

query TTI
SELECT COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'jf_docs' AND COLUMN_NAME = 'doc'
----
doc	json	-1

query I
SELECT TYPE_ID('json')
----
244

# SELECT … INTO keeps the type.
statement ok
SELECT doc INTO jf_copy FROM jf_docs

query T
SELECT TYPE_NAME(system_type_id) FROM sys.columns WHERE object_id = OBJECT_ID('jf_copy')
----
json

# ALTER COLUMN from nvarchar(max) to json validates the rows.
statement ok
CREATE TABLE jf_text (t nvarchar(max))

statement ok
INSERT jf_text VALUES (N'{ "z" : [ 1 ] }')

statement ok
ALTER TABLE jf_text ALTER COLUMN t json

query T
SELECT t FROM jf_text
----
{"z":[1]}

statement ok
DROP TABLE jf_docs, jf_copy, jf_text
