# The REGEXP_* functions inside other objects: a persisted computed column and its index, a view,
# a CHECK constraint's stored definition, a procedure (its plan, and pattern cache, reused with new
# arguments), collation resolution (468), nested table functions and describe.

statement ok
CREATE TABLE rx_t (id int PRIMARY KEY, name varchar(30), n AS REGEXP_COUNT(name, '[aeiou]') PERSISTED)

statement ok
INSERT INTO rx_t (id, name) VALUES (1, 'banana'), (2, 'kiwi')

query II
SELECT id, n FROM rx_t ORDER BY id
----
1	3
2	2

statement ok
CREATE INDEX ix_n ON rx_t (n)

statement ok
CREATE VIEW rx_v AS SELECT id, REGEXP_REPLACE(name, 'a', 'A') AS r FROM rx_t WHERE REGEXP_LIKE(name, 'an')

query IT
SELECT * FROM rx_v
----
1	bAnAnA

query T
SELECT definition FROM sys.sql_modules WHERE object_id = OBJECT_ID('rx_v')
----
CREATE VIEW rx_v AS SELECT id, REGEXP_REPLACE(name, 'a', 'A') AS r FROM rx_t WHERE REGEXP_LIKE(name, 'an')

statement ok
CREATE TABLE rx_c (e varchar(20) CONSTRAINT ck_e CHECK (REGEXP_LIKE(e, '^\d+$', 'i')))

query T
SELECT definition FROM sys.check_constraints WHERE name = 'ck_e'
----
(regexp_like([e],'^\d+$','i'))

statement ok
CREATE PROCEDURE rx_p @s varchar(100), @pat varchar(20) AS SELECT REGEXP_COUNT(@s, @pat) AS c, REGEXP_SUBSTR(@s, @pat) AS s

query IT
EXEC rx_p 'a1b22c333', '\d+'
----
3	1

query IT
EXEC rx_p 'a1b22c333', '[a-z]'
----
3	a

statement error 468
SELECT REGEXP_COUNT('abc' COLLATE Latin1_General_CS_AS, 'a' COLLATE Latin1_General_CI_AS)
----
error 468: Cannot resolve the collation conflict between "Latin1_General_CS_AS" and "Latin1_General_CI_AS" in the regexp_count operation.

query T
SELECT REGEXP_REPLACE('abc' COLLATE Latin1_General_CS_AS, 'b', 'X')
----
aXc

query I
SELECT CASE WHEN REGEXP_LIKE('a', 'A', 'i') THEN 1 ELSE 0 END
----
1

query ITI
SELECT column_ordinal, name, is_nullable FROM sys.dm_exec_describe_first_result_set(N'SELECT * FROM REGEXP_SPLIT_TO_TABLE(N''abc'', ''b'')', NULL, 0)
----
1	value	0
2	ordinal	0

query TTI
SELECT x.value, y.match_value, y.match_id FROM REGEXP_SPLIT_TO_TABLE('a1,b22', ',') x CROSS APPLY REGEXP_MATCHES(x.value, '\d') y
----
a1	1	1
b22	2	1
b22	2	2

query I
SELECT COUNT(*) FROM rx_t WHERE REGEXP_LIKE(name, N'^b')
----
1

query T
SELECT REGEXP_SUBSTR(N'ÄÖÜ', '\w')
----
NULL

query II
SELECT REGEXP_COUNT('a b', '\bb'), REGEXP_COUNT(N'é b', N'\B')
----
1	2
