# FOR JSON PATH and AUTO: a query's rows as one JSON text (in rows of 2033 characters to a client:
# ForJsonTest), NULLs left out unless INCLUDE_NULL_VALUES, dotted aliases as nested objects, FOR
# JSON subqueries and JSON_QUERY nested as JSON; the errors SQL Server gives for what it refuses.

statement ok
CREATE TABLE fj (id int PRIMARY KEY, name nvarchar(20), price decimal(6, 2), qty float, active bit, born date, note nvarchar(20), data varbinary(4))

statement ok
INSERT fj VALUES (1, N'a"b/c', 12.50, 2.5, 1, '2020-01-31', NULL, 0x0102), (2, N'x', NULL, 4, 0, NULL, N'n', NULL)

query T
SELECT id, name, price, qty, active, born, note, data FROM fj ORDER BY id FOR JSON PATH
----
[{"id":1,"name":"a\"b\/c","price":12.50,"qty":2.5,"active":true,"born":"2020-01-31","data":"AQI="},{"id":2,"name":"x","qty":4,"active":false,"note":"n"}]

# Dotted aliases nest objects; an object whose properties are all NULL is left out.
query T
SELECT id AS 'item.id', name AS 'item.name', note AS 'extra.note' FROM fj ORDER BY id FOR JSON PATH
----
[{"item":{"id":1,"name":"a\"b\/c"}},{"item":{"id":2,"name":"x"},"extra":{"note":"n"}}]

query T
SELECT id, note AS [x.note] FROM fj ORDER BY id FOR JSON PATH, ROOT('rows'), INCLUDE_NULL_VALUES
----
{"rows":[{"id":1,"x":{"note":null}},{"id":2,"x":{"note":"n"}}]}

query T
SELECT id, name FROM fj WHERE id = 2 FOR JSON PATH, WITHOUT_ARRAY_WRAPPER
----
{"id":2,"name":"x"}

query T
SELECT id, name AS [n.m] FROM fj ORDER BY id DESC FOR JSON AUTO, ROOT
----
{"root":[{"id":2,"n.m":"x"},{"id":1,"n.m":"a\"b\/c"}]}

query T
SELECT 1 AS a, N'b' AS [c.d], CAST(12.5 AS money) AS m, CAST('2020-01-02T03:04:05.123' AS datetime) AS dt, CAST('10:11:12' AS time(0)) AS t, CAST('6F9619FF-8B86-D011-B42D-00C04FC964FF' AS uniqueidentifier) AS g, CAST(1e20 AS float) AS f, N'tab	new
line' AS s FOR JSON PATH
----
[{"a":1,"c":{"d":"b"},"m":12.5000,"dt":"2020-01-02T03:04:05.123","t":"10:11:12","g":"6F9619FF-8B86-D011-B42D-00C04FC964FF","f":1.0E20,"s":"tab\tnew\nline"}]

# FOR JSON subqueries and JSON_QUERY go in as JSON, not as strings.
query T
SELECT id, (SELECT name FROM fj AS i WHERE i.id = o.id FOR JSON PATH) AS names, JSON_QUERY(N'{"a":1}') AS obj FROM fj AS o WHERE id = 1 FOR JSON PATH
----
[{"id":1,"names":[{"name":"a\"b\/c"}],"obj":{"a":1}}]

query T
DECLARE @j nvarchar(max) = (SELECT id FROM fj ORDER BY id FOR JSON PATH); SELECT @j
----
[{"id":1},{"id":2}]

# No row: no result row at the top, NULL as a subquery's value.
query T
SELECT id FROM fj WHERE id > 5 FOR JSON PATH
----

query T
SELECT ISNULL((SELECT id FROM fj WHERE id > 5 FOR JSON PATH), N'none')
----
none

statement error 13605
SELECT id, id + 1 FROM fj FOR JSON PATH
----
error 13605: Column expressions and data sources without names or aliases cannot be formatted as JSON text using FOR JSON clause. Add alias to the unnamed column or table.

statement error 13603
SELECT id AS [a..b] FROM fj FOR JSON PATH
----
error 13603: Property 'a..b' cannot be generated in JSON output due to invalid character in the column name or alias. Column name or alias that contains '..', starts or ends with '.' is not allowed in query that has FOR JSON clause.

statement error 13601
SELECT 1 AS [a.x], 2 AS b, 3 AS [a.y] FOR JSON PATH
----
error 13601: Property 'a.y' cannot be generated in JSON output due to a conflict with another column name or alias. FOR JSON PATH requires that the column expressions are ordered based on the JSON document paths specified in the column aliases.

statement error 13601
SELECT 1 AS a, 2 AS [a.b] FOR JSON PATH
----
error 13601: Property 'a.b' cannot be generated in JSON output due to a conflict with another column name or alias. FOR JSON PATH requires that the column expressions are ordered based on the JSON document paths specified in the column aliases.

statement error 13601
SELECT id, name AS id FROM fj FOR JSON PATH
----
error 13601: Property 'id' cannot be generated in JSON output due to a conflict with another column name or alias. FOR JSON PATH requires that the column expressions are ordered based on the JSON document paths specified in the column aliases.

statement error 13600
SELECT 1 AS a FOR JSON AUTO
----
error 13600: FOR JSON AUTO requires at least one table for generating JSON objects. Use FOR JSON PATH or add a FROM clause with a table name.

statement error 13620
SELECT id FROM fj FOR JSON PATH, ROOT('r'), WITHOUT_ARRAY_WRAPPER
----
error 13620: ROOT option and WITHOUT_ARRAY_WRAPPER option cannot be used together in FOR JSON. Remove one of these options.

statement error 13602
SELECT id INTO #fjx FROM fj FOR JSON PATH
----
error 13602: The FOR JSON clause is not allowed in a SELECT INTO statement.

statement error 40517
SELECT a.id FROM fj AS a JOIN fj AS b ON a.id = b.id FOR JSON AUTO
----
error 40517: Keyword or statement option 'FOR JSON AUTO over joined tables' is not supported in this version of SQL Server.

# SQL Server gives FOR XML's message (state 3) for FOR JSON in a SELECT that assigns variables.
statement error 6819
DECLARE @v int; SELECT @v = id FROM fj FOR JSON PATH
----
error 6819: The FOR XML clause is not allowed in a ASSIGNMENT statement.
