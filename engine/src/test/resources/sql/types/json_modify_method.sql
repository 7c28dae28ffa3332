# The json type's modify method (SQL Server 2025): UPDATE … SET col.modify(path, value) and
# SET @j.modify(path, value) replace the value at the path as JSON_MODIFY does; json stays json.

statement ok
CREATE TABLE jm_docs (id int PRIMARY KEY, d json)

statement ok
INSERT jm_docs VALUES (1, '{"a":1, "b":"abc", "c":true}'), (2, '{"a":2}'), (3, NULL)

statement ok
UPDATE jm_docs SET d.modify('$.a', 14859) WHERE id = 1

statement ok
UPDATE jm_docs SET d.modify('$.b', 'def') WHERE id = 1

query IT rowsort
SELECT id, d FROM jm_docs
----
1	{"a":14859,"b":"def","c":true}
2	{"a":2}
3	NULL

# A new member, a json value as JSON, append to an array.
statement ok
UPDATE jm_docs SET d.modify('$.n', CAST('{"x": [1]}' AS json)) WHERE id = 2

statement ok
UPDATE jm_docs SET d.modify('append $.n.x', 2) WHERE id = 2

query T
SELECT d FROM jm_docs WHERE id = 2
----
{"a":2,"n":{"x":[1,2]}}

query T
DECLARE @j json = '{"k": [1, 2]}'; SET @j.modify('$.k[0]', 'first'); SELECT @j
----
{"k":["first",2]}

# modify is a mutator only; json has no other method.
statement error 8137
SELECT d.modify('$.a', 1) FROM jm_docs

statement error 258
SELECT d.value('$.a', 'int') FROM jm_docs

statement error 13607
UPDATE jm_docs SET d.modify('a', 1)

statement ok
DROP TABLE jm_docs
