# REGEXP_MATCHES and REGEXP_SPLIT_TO_TABLE (SQL Server 2025 table-valued functions).

query IIITT
SELECT * FROM REGEXP_MATCHES('Learning #AzureSQL #AzureSQLDB', '#([A-Za-z0-9_]+)')
----
1	10	18	#AzureSQL	[{"value":"AzureSQL","start":11,"length":8}]
2	20	30	#AzureSQLDB	[{"value":"AzureSQLDB","start":21,"length":10}]

query IIITT
SELECT * FROM REGEXP_MATCHES('ABC', '^(A)(..)$')
----
1	1	3	ABC	[{"value":"A","start":1,"length":1},{"value":"BC","start":2,"length":2}]

# Without groups the JSON describes the whole match; a group that took no part is all nulls.
query IT
SELECT match_id, substring_matches FROM REGEXP_MATCHES('a1 b', '[a-z](\d)?')
----
1	[{"value":"1","start":2,"length":1}]
2	[{"value":null,"start":null,"length":null}]

query IIT
SELECT start_position, end_position, substring_matches FROM REGEXP_MATCHES('xAx', 'a', 'i')
----
2	2	[{"value":"A","start":2,"length":1}]

# Empty matches: start = end, never past the last character (0 in an empty string).
query III
SELECT match_id, start_position, end_position FROM REGEXP_MATCHES('abc', '')
----
1	1	1
2	2	2
3	3	3
4	3	3

query III
SELECT match_id, start_position, end_position FROM REGEXP_MATCHES('', 'x*')
----
1	0	0

query I
SELECT COUNT(*) FROM REGEXP_MATCHES('abc', 'z')
----
0

# REGEXP_SPLIT_TO_TABLE keeps empty pieces; no match gives the whole string, an empty string one empty piece.
query TI
SELECT * FROM REGEXP_SPLIT_TO_TABLE('the quick  brown fox', '\s+')
----
the	1
quick	2
brown	3
fox	4

query TI
SELECT value, ordinal FROM REGEXP_SPLIT_TO_TABLE(',a,,b,', ',')
----
(empty)	1
a	2
(empty)	3
b	4
(empty)	5

query TI
SELECT value, ordinal FROM REGEXP_SPLIT_TO_TABLE('abc', '')
----
a	1
b	2
c	3

query TI
SELECT value, ordinal FROM REGEXP_SPLIT_TO_TABLE('abc', 'x')
----
abc	1

query TI
SELECT value, ordinal FROM REGEXP_SPLIT_TO_TABLE('', ',')
----
(empty)	1

query TI
SELECT value, ordinal FROM REGEXP_SPLIT_TO_TABLE('aXbxc', 'x', 'i')
----
a	1
b	2
c	3

# A NULL argument gives no rows.
query I
SELECT COUNT(*) FROM REGEXP_SPLIT_TO_TABLE(NULL, ',')
----
0

query I
SELECT COUNT(*) FROM REGEXP_MATCHES('abc', 'a', NULL)
----
0

# CROSS APPLY over a table, and OUTER APPLY keeping rows without matches.
statement ok
CREATE TABLE rx_posts (id int, body nvarchar(100))

statement ok
INSERT INTO rx_posts VALUES (1, N'Learning #AzureSQL #SQL'), (2, N'no tags'), (3, N'#one')

query ITI
SELECT p.id, m.match_value, m.start_position FROM rx_posts p CROSS APPLY REGEXP_MATCHES(p.body, '#(\w+)') AS m ORDER BY p.id, m.match_id
----
1	#AzureSQL	10
1	#SQL	20
3	#one	1

query IT
SELECT p.id, s.match_value FROM rx_posts p OUTER APPLY REGEXP_MATCHES(p.body, '#SQL\b') AS s ORDER BY p.id
----
1	#SQL
2	NULL
3	NULL

query IIT
SELECT p.id, s.ordinal, s.value FROM rx_posts p CROSS APPLY REGEXP_SPLIT_TO_TABLE(p.body, ' ') s WHERE p.id < 3 ORDER BY p.id, s.ordinal
----
1	1	Learning
1	2	#AzureSQL
1	3	#SQL
2	1	no
2	2	tags

# The value column has the source's type.
statement ok
SELECT value INTO #rx_split FROM REGEXP_SPLIT_TO_TABLE(CAST('a,b' AS nvarchar(7)), ',')

query TI
SELECT TYPE_NAME(system_type_id), max_length FROM tempdb.sys.columns WHERE object_id = OBJECT_ID('tempdb..#rx_split')
----
nvarchar	14

# Errors: the counts of a built-in table function (313, 8144), the pattern's (rowset states), types.
statement error 313
SELECT * FROM REGEXP_MATCHES('abc')
----
error 313: An insufficient number of arguments were supplied for the procedure or function regexp_matches.

statement error 8144
SELECT * FROM REGEXP_SPLIT_TO_TABLE('abc', ',', 'i', 1)
----
error 8144: Procedure or function regexp_split_to_table has too many arguments specified.

statement error 19308
SELECT * FROM REGEXP_MATCHES('abc', '(')
----
error 19308: Missing ')' in the Pattern (.

statement error 19303
SELECT * FROM REGEXP_SPLIT_TO_TABLE('abc', ',', 'x')
----
error 19303: Invalid flag provided. 'x' are not valid flags. Only {c,i,s,m} flags are valid.

statement error 8116
SELECT * FROM REGEXP_MATCHES(1, 'a')
----
error 8116: Argument data type int is invalid for argument 1 of regexp_matches function.

statement error 195
SELECT REGEXP_MATCHES('abc', 'a')
