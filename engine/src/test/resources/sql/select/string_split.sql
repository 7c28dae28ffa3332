# STRING_SPLIT(string, separator[, enable_ordinal]).

query T
SELECT value FROM STRING_SPLIT(N'a,b,,c', ',')
----
a
b
(empty)
c

query TI
SELECT value, ordinal FROM STRING_SPLIT('x y z', ' ', 1) ORDER BY ordinal DESC
----
z	3
y	2
x	1

query I
SELECT COUNT(*) FROM STRING_SPLIT(NULL, ',')
----
0

statement ok
CREATE TABLE ss (id int PRIMARY KEY, tags nvarchar(50))

statement ok
INSERT ss VALUES (1, N'red,blue'), (2, N'green')

query IT
SELECT s.id, t.value FROM ss AS s CROSS APPLY STRING_SPLIT(s.tags, ',') AS t ORDER BY s.id, t.value
----
1	blue
1	red
2	green

query I
SELECT id FROM ss WHERE N'blue' IN (SELECT value FROM STRING_SPLIT(tags, ','))
----
1

statement error 214
SELECT value FROM STRING_SPLIT(N'a--b', '--')
----
error 214: Procedure expects parameter 'separator' of type 'nchar(1)/nvarchar(1)'.
