# SQL Server 2025's json type: columns and variables, the canonical text it keeps (no whitespace,
# the first of duplicate names, strings re-escaped), validation on the way in (13609 state 9 at the
# UTF-8 byte position), and its conversions (character types only).

statement ok
CREATE TABLE jt_docs (id int PRIMARY KEY, doc json NULL, req json NOT NULL DEFAULT ('{}'))

statement ok
INSERT jt_docs (id, doc) VALUES (1, '{ "a" : 1, "b" : [true, false, null], "c" : "x" }'), (2, NULL), (3, N'[1, 2.50, -0, "\u00e9\/"]')

query IT rowsort
SELECT id, doc FROM jt_docs
----
1	{"a":1,"b":[true,false,null],"c":"x"}
2	NULL
3	[1,2.50,0,"é/"]

query T
SELECT req FROM jt_docs WHERE id = 1
----
{}

# A duplicate member name keeps the first member, also nested.
query T
SELECT CAST('{"a":1,"a":2,"b":{"x":1,"x":[2]}}' AS json)
----
{"a":1,"b":{"x":1}}

# Numbers with an exponent go through float to decimal(38,10).
query T
SELECT CAST('[1e2, 1.5E-1, 12345678901234567890123456789012345678]' AS json)
----
[100.0000000000,0.1500000000,12345678901234567890123456789012345678]

statement error 1007
SELECT CAST('[1e29]' AS json)

statement error 1007
SELECT CAST('[123456789012345678901234567890123456789]' AS json)

# Control characters come back escaped.
query T
SELECT CAST(N'["a\tb\u0001\/"]' AS json)
----
["a\tb\u0001/"]

# A raw control character inside a string is an error at the string's opening quote.
statement error 13609
SELECT CAST(N'["a' + CHAR(9) + N'b"]' AS json)
----
error 13609: JSON text is not properly formatted. Unexpected character '"' is found at position 1.

query T
DECLARE @j json = N'{"k": "v"}'; SELECT @j
----
{"k":"v"}

# Invalid text: 13609 state 9, the position counted in UTF-8 bytes.
statement error 13609
SELECT CAST('{"a":1,}' AS json)
----
error 13609: JSON text is not properly formatted. Unexpected character '}' is found at position 7.

statement error 13609
SELECT CAST(N'{"é":x}' AS json)
----
error 13609: JSON text is not properly formatted. Unexpected character 'x' is found at position 6.

# The root must be an object or an array.
statement error 13609
SELECT CAST('42' AS json)
----
error 13609: JSON text is not properly formatted. Unexpected character '4' is found at position 0.

statement error 13609
SELECT CAST('{"a":1' AS json)
----
error 13609: JSON text is not properly formatted. Unexpected character '.' is found at position 6.

statement error 13609
INSERT jt_docs (id, doc) VALUES (9, 'not json')

query I
SELECT COUNT(*) FROM jt_docs WHERE id = 9
----
0

# TRY_CAST gives NULL for text that is not JSON.
query T
SELECT TRY_CAST('nope' AS json)
----
NULL

# TRY_CAST still raises a number out of range.
statement error 1007
SELECT TRY_CAST('[1e29]' AS json)

# CONCAT converts implicitly, which json refuses.
statement error 257
DECLARE @j json = '[]'; SELECT CONCAT('a', @j)
----
error 257: Implicit conversion from data type json to varchar is not allowed. Use the CONVERT function to run this query.

statement error 13645
SELECT CAST(REPLICATE('[', 129) + REPLICATE(']', 129) AS json)

query I
SELECT LEN(CAST(CAST(REPLICATE('[', 128) + REPLICATE(']', 128) AS json) AS varchar(max)))
----
256

# json converts only to and from the character types.
query T
SELECT CAST(CAST('{"a":[1]}' AS json) AS nvarchar(20))
----
{"a":[1]}

query T
SELECT CONVERT(varchar(max), CAST('{"a":[1]}' AS json))
----
{"a":[1]}

statement error 13639
SELECT CAST(CAST('{"a":[1]}' AS json) AS varchar(5))

statement error 529
SELECT CAST(1 AS json)

statement error 529
SELECT CAST(CAST('[]' AS json) AS int)

statement error 529
SELECT CAST(CAST('[]' AS json) AS sql_variant)

statement error 206
DECLARE @j json = 5

statement error 257
DECLARE @j json = '[]'; DECLARE @s nvarchar(max) = @j

# json has the highest precedence: with character data CASE and COALESCE give json; with int 206.
describe
SELECT CASE WHEN 1 = 1 THEN CAST('[]' AS json) ELSE N'[1]' END AS c, COALESCE(NULL, CAST('[]' AS json), '{}') AS k
----
c	json	NOT NULL
k	json	NULL

statement error 206
SELECT CASE WHEN 1 = 1 THEN CAST('[]' AS json) ELSE 1 END

statement error 8117
DECLARE @j json = '[]'; SELECT @j + @j

statement error 402
DECLARE @j json = '[]'; SELECT @j + 'x'

# IS NULL works.
query I
SELECT id FROM jt_docs WHERE doc IS NULL
----
2

# Not comparable, sortable or groupable.
statement error 13636
SELECT id FROM jt_docs WHERE doc = doc

statement error 13636
SELECT id FROM jt_docs WHERE doc = '{}'

statement error 13636
SELECT id FROM jt_docs WHERE doc = NULL

statement error 402
SELECT id FROM jt_docs WHERE doc = 1
----
error 402: The data types json and int are incompatible in the equal to operator.

statement error 13636
SELECT id FROM jt_docs ORDER BY doc

statement error 13636
SELECT doc, COUNT(*) FROM jt_docs GROUP BY doc

statement error 421
SELECT DISTINCT doc FROM jt_docs
----
error 421: The json data type cannot be selected as DISTINCT because it is not comparable.

statement error 5335
SELECT doc FROM jt_docs UNION SELECT doc FROM jt_docs

query I
SELECT COUNT(*) FROM (SELECT doc FROM jt_docs UNION ALL SELECT doc FROM jt_docs) u
----
6

# No index or key on json.
statement error 1978
CREATE INDEX ix_doc ON jt_docs (doc)
----
error 1978: Column 'doc' in table 'jt_docs' is of a type that is invalid for use as a key column in an index or statistics.

statement error 1919
CREATE TABLE jt_pk (doc json PRIMARY KEY)

statement ok
CREATE INDEX ix_inc ON jt_docs (id) INCLUDE (doc)

# json takes no width.
statement error 2716
DECLARE @j json(100)
----
error 2716: Column, parameter, or variable #1: Cannot specify a column width on data type json.

statement error 291
SELECT CAST('[]' AS json(10))

statement ok
DROP TABLE jt_docs
