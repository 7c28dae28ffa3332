# STRING_AGG(value, separator) [WITHIN GROUP (ORDER BY …)].

statement ok
CREATE TABLE sa (id int PRIMARY KEY, grp varchar(5), name nvarchar(10))

statement ok
INSERT sa VALUES (1, 'x', N'cat'), (2, 'x', N'ant'), (3, 'y', N'bee'), (4, 'x', NULL), (5, 'z', NULL)

query TT
SELECT grp, STRING_AGG(name, N', ') WITHIN GROUP (ORDER BY name) FROM sa GROUP BY grp ORDER BY grp
----
x	ant, cat
y	bee
z	NULL

query T
SELECT STRING_AGG(name, '|') WITHIN GROUP (ORDER BY id DESC) FROM sa
----
bee|ant|cat

query T
SELECT STRING_AGG(id, ',') WITHIN GROUP (ORDER BY id) FROM sa WHERE id < 4
----
1,2,3

query T
SELECT STRING_AGG(grp, '') FROM sa WHERE id = 3
----
y

statement error 10757
SELECT SUM(id) WITHIN GROUP (ORDER BY id) FROM sa
----
error 10757: The function 'SUM' may not have a WITHIN GROUP clause.

statement error 9829
SELECT STRING_AGG(CAST(REPLICATE(N'a', 3000) AS nvarchar(4000)), N',') FROM sa
----
error 9829: STRING_AGG aggregation result exceeded the limit of 8000 bytes. Use LOB types to avoid result truncation.

query I
SELECT LEN(STRING_AGG(CAST(REPLICATE(N'a', 3000) AS nvarchar(max)), N',')) FROM sa
----
15004
