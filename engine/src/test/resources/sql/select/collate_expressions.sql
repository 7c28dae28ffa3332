# expr COLLATE name: the explicit collation decides how strings compare, sort and group
# (SQL Server's "Collation Precedence"). The default collation, SQL_Latin1_General_CP1_CI_AS, is
# case-insensitive and accent-sensitive.
query IIII
SELECT CASE WHEN 'abc' = 'ABC' THEN 1 ELSE 0 END,
       CASE WHEN 'abc' = 'ABC' COLLATE Latin1_General_CS_AS THEN 1 ELSE 0 END,
       CASE WHEN 'abc' COLLATE SQL_Latin1_General_CP1_CS_AS = 'abc' THEN 1 ELSE 0 END,
       CASE WHEN 'abc' COLLATE latin1_general_bin2 = 'ABC' THEN 1 ELSE 0 END
----
1	0	1	0

# Trailing spaces never count, not even under a binary collation.
query III
SELECT CASE WHEN 'a' COLLATE Latin1_General_BIN2 = 'a   ' THEN 1 ELSE 0 END,
       CASE WHEN 'a' COLLATE Latin1_General_BIN = 'a ' THEN 1 ELSE 0 END,
       CASE WHEN N'A' COLLATE Latin1_General_CS_AS = N'A  ' THEN 1 ELSE 0 END
----
1	1	1

# Accent-insensitive collations.
query IIIII
SELECT CASE WHEN N'résumé' = N'RESUME' THEN 1 ELSE 0 END,
       CASE WHEN N'résumé' COLLATE Latin1_General_CI_AI = N'RESUME' THEN 1 ELSE 0 END,
       CASE WHEN N'résumé' COLLATE SQL_Latin1_General_CP1_CI_AI = N'Resume' THEN 1 ELSE 0 END,
       CASE WHEN N'résumé' COLLATE Latin1_General_CS_AI = N'resume' THEN 1 ELSE 0 END,
       CASE WHEN N'résumé' COLLATE Latin1_General_100_CS_AI = N'Resume' THEN 1 ELSE 0 END
----
0	1	1	1	0

# Ordering: a binary collation puts every capital before the small letters.
query II
SELECT CASE WHEN 'B' COLLATE Latin1_General_BIN2 < 'a' THEN 1 ELSE 0 END,
       CASE WHEN 'B' < 'a' THEN 1 ELSE 0 END
----
1	0

statement ok
CREATE TABLE ce_words (id int PRIMARY KEY, w varchar(20))

statement ok
INSERT ce_words VALUES (1, 'b'), (2, 'B'), (3, 'a'), (4, 'A'), (5, 'a ')

# WHERE: a case-sensitive match, BETWEEN, IN, <>, LIKE.
query I rowsort
SELECT id FROM ce_words WHERE w COLLATE Latin1_General_CS_AS = 'a'
----
3
5

query I rowsort
SELECT id FROM ce_words WHERE w = 'a'
----
3
4
5

query I rowsort
SELECT id FROM ce_words WHERE w COLLATE Latin1_General_BIN2 BETWEEN 'a' AND 'z'
----
1
3
5

query I rowsort
SELECT id FROM ce_words WHERE w COLLATE Latin1_General_CS_AS IN ('A', 'B')
----
2
4

query I rowsort
SELECT id FROM ce_words WHERE w COLLATE Latin1_General_CS_AS <> 'a'
----
1
2
4

query I rowsort
SELECT id FROM ce_words WHERE w COLLATE Latin1_General_CS_AS LIKE 'A%'
----
4

query I rowsort
SELECT id FROM ce_words WHERE w LIKE 'A%'
----
3
4
5

query I
SELECT COUNT(*) FROM ce_words WHERE CASE w COLLATE Latin1_General_CS_AS WHEN 'B' THEN 1 ELSE 0 END = 1
----
1

# ORDER BY under a binary and a case-sensitive collation (small letters first in a Windows one).
query T
SELECT w FROM ce_words WHERE id < 5 ORDER BY w COLLATE Latin1_General_BIN2
----
A
B
a
b

query T
SELECT w FROM ce_words WHERE id < 5 ORDER BY w COLLATE Latin1_General_CS_AS
----
a
A
b
B

query T
SELECT w COLLATE Latin1_General_BIN2 AS w FROM ce_words WHERE id < 5 ORDER BY 1 DESC
----
b
a
B
A

# GROUP BY, DISTINCT, UNION, INTERSECT, EXCEPT.
query TI
SELECT w COLLATE Latin1_General_CS_AS, COUNT(*) FROM ce_words GROUP BY w COLLATE Latin1_General_CS_AS ORDER BY 1
----
a	2
A	1
b	1
B	1

query I
SELECT COUNT(*) FROM (SELECT DISTINCT w COLLATE Latin1_General_BIN2 AS w FROM ce_words) d
----
4

query I
SELECT COUNT(*) FROM (SELECT DISTINCT w FROM ce_words) d
----
2

query I
SELECT COUNT(*) FROM (SELECT 'a' COLLATE Latin1_General_CS_AS AS x UNION SELECT 'A') u
----
2

query I
SELECT COUNT(*) FROM (SELECT 'a' AS x UNION SELECT 'A') u
----
1

query I
SELECT COUNT(*) FROM (SELECT w COLLATE Latin1_General_CS_AS AS w FROM ce_words INTERSECT SELECT 'A') i
----
1

query I
SELECT COUNT(*) FROM (SELECT w COLLATE Latin1_General_CS_AS AS w FROM ce_words EXCEPT SELECT 'a') e
----
3

# COUNT(DISTINCT …) and STRING_AGG's WITHIN GROUP order.
query II
SELECT COUNT(DISTINCT w COLLATE Latin1_General_CS_AS), COUNT(DISTINCT w) FROM ce_words
----
4	2

query T
SELECT STRING_AGG(w, ',') WITHIN GROUP (ORDER BY w COLLATE Latin1_General_BIN2) FROM ce_words WHERE id < 5
----
A,B,a,b

# MIN and MAX, window PARTITION BY and ORDER BY.
query TTTT
SELECT MIN(w), MAX(w), MIN(w COLLATE Latin1_General_BIN2), MAX(w COLLATE Latin1_General_BIN2) FROM ce_words WHERE id IN (1, 4)
----
A	b	A	b

query TT
SELECT MAX(w COLLATE Latin1_General_BIN2), MAX(w) FROM ce_words WHERE id IN (2, 3)
----
a	B

query II
SELECT id, ROW_NUMBER() OVER (PARTITION BY w COLLATE Latin1_General_CS_AS ORDER BY id) FROM ce_words ORDER BY id
----
1	1
2	1
3	1
4	1
5	2

query II
SELECT id, ROW_NUMBER() OVER (ORDER BY w COLLATE Latin1_General_BIN2, id) FROM ce_words ORDER BY id
----
1	5
2	2
3	3
4	1
5	4

# NULLIF, CHARINDEX, REPLACE and PATINDEX follow the collation.
query TT
SELECT NULLIF('a' COLLATE Latin1_General_CS_AS, 'A'), NULLIF('a', 'A')
----
a	NULL

query IIII
SELECT CHARINDEX('B', 'abcB'), CHARINDEX('B' COLLATE Latin1_General_CS_AS, 'abcB'),
       CHARINDEX('e', N'résumé' COLLATE Latin1_General_CI_AI), CHARINDEX('e', N'résumé')
----
2	4	2	0

query TT
SELECT REPLACE('aAbB', 'a', 'x'), REPLACE('aAbB' COLLATE Latin1_General_BIN2, 'a', 'x')
----
xxbB	xAbB

query II
SELECT PATINDEX('%B%', 'abcB'), PATINDEX('%B%', 'abcB' COLLATE Latin1_General_CS_AS)
----
2	4

# DATABASE_DEFAULT is the database's collation; names are case-insensitive.
query I
SELECT CASE WHEN 'abc' COLLATE database_default = 'ABC' THEN 1 ELSE 0 END
----
1

# Errors: an unknown collation (448), a COLLATE on a value that is not a string (447), two
# different explicit collations (468).
statement error 448
SELECT 'a' COLLATE Klingon_CI_AS
----
error 448: Invalid collation 'Klingon_CI_AS'.

statement error 447
SELECT 1 COLLATE Latin1_General_BIN
----
error 447: Expression type int is invalid for COLLATE clause.

statement error 468
SELECT CASE WHEN 'a' COLLATE Latin1_General_CS_AS = 'a' COLLATE Latin1_General_BIN2 THEN 1 END
----
error 468: Cannot resolve the collation conflict between "Latin1_General_CS_AS" and "Latin1_General_BIN2" in the equal to operation.

statement error 468
SELECT id FROM ce_words WHERE w COLLATE Latin1_General_CS_AS LIKE 'a%' COLLATE Latin1_General_CI_AS
----
error 468: Cannot resolve the collation conflict between "Latin1_General_CS_AS" and "Latin1_General_CI_AS" in the like operation.

# The same explicit collation twice is no conflict.
query I
SELECT CASE WHEN 'a' COLLATE Latin1_General_CS_AS < 'b' COLLATE latin1_general_cs_as THEN 1 ELSE 0 END
----
1

statement ok
DROP TABLE ce_words
