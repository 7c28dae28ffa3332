# NEXT VALUE FOR … OVER (ORDER BY …): values handed to the rows in that order, whatever order the
# rows come out in.
statement ok
CREATE SEQUENCE dbo.nvo START WITH 100 INCREMENT BY 5

statement ok
CREATE TABLE nvo_src (id int PRIMARY KEY, name varchar(10))

statement ok
INSERT nvo_src VALUES (1, 'c'), (2, 'a'), (3, 'b')

query IT
SELECT NEXT VALUE FOR dbo.nvo OVER (ORDER BY name) AS n, name FROM nvo_src ORDER BY id
----
110	c
100	a
105	b

# The same sequence twice with the same OVER gives a row one value.
query II
SELECT NEXT VALUE FOR dbo.nvo OVER (ORDER BY name DESC), NEXT VALUE FOR dbo.nvo OVER (ORDER BY name DESC) FROM nvo_src ORDER BY name
----
125	125
120	120
115	115

# The INSERT … SELECT idiom: numbered in the order given, the query's own ORDER BY allowed.
statement ok
CREATE TABLE nvo_dst (n int, name varchar(10))

statement ok
INSERT nvo_dst SELECT NEXT VALUE FOR dbo.nvo OVER (ORDER BY id DESC), name FROM nvo_src

query IT
SELECT n, name FROM nvo_dst ORDER BY n
----
130	b
135	a
140	c

query I
SELECT NEXT VALUE FOR dbo.nvo OVER w FROM nvo_src WINDOW w AS (ORDER BY id) ORDER BY 1
----
145
150
155

statement error 11716
SELECT NEXT VALUE FOR dbo.nvo OVER (PARTITION BY name ORDER BY id) FROM nvo_src
----
error 11716: NEXT VALUE FOR function does not support the PARTITION BY clause.

statement error 11718
SELECT NEXT VALUE FOR dbo.nvo OVER () FROM nvo_src
----
error 11718: NEXT VALUE FOR function does not support an empty OVER clause.

statement error 11737
SELECT NEXT VALUE FOR dbo.nvo OVER (ORDER BY id ROWS UNBOUNDED PRECEDING) FROM nvo_src
----
error 11737: NEXT VALUE FOR function does not support the ROWS and RANGE clauses.

# Without OVER the order of the values would be undefined: refused beside ORDER BY, TOP, DISTINCT
# and set operators.
statement error 11745
SELECT NEXT VALUE FOR dbo.nvo, name FROM nvo_src ORDER BY name
----
error 11745: NEXT VALUE FOR function cannot be used directly in a statement that contains an ORDER BY clause unless the OVER or WINDOW clause is specified.

statement error 11739
SELECT TOP 2 NEXT VALUE FOR dbo.nvo FROM nvo_src
----
error 11739: NEXT VALUE FOR function cannot be used if ROWCOUNT option has been set, or the query contains TOP or OFFSET.

statement error 11721
SELECT DISTINCT NEXT VALUE FOR dbo.nvo FROM nvo_src
----
error 11721: NEXT VALUE FOR function cannot be used directly in a statement that uses a DISTINCT, UNION, UNION ALL, EXCEPT or INTERSECT operator.

statement error 11721
SELECT NEXT VALUE FOR dbo.nvo UNION ALL SELECT 1
----
error 11721: NEXT VALUE FOR function cannot be used directly in a statement that uses a DISTINCT, UNION, UNION ALL, EXCEPT or INTERSECT operator.

# A refused statement took no values.
query I
SELECT NEXT VALUE FOR dbo.nvo
----
160

statement ok
DROP TABLE nvo_src

statement ok
DROP TABLE nvo_dst

statement ok
DROP SEQUENCE dbo.nvo
