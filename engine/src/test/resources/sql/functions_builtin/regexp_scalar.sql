# REGEXP_REPLACE, REGEXP_SUBSTR, REGEXP_INSTR and REGEXP_COUNT (SQL Server 2025), RE2 patterns.

# REGEXP_REPLACE: \1…\9 insert groups (nothing for a group the pattern lacks), \\ a backslash,
# & and \0 are literal; occurrence 0 (the default) replaces every match, n only the n-th.
query TT
SELECT REGEXP_REPLACE('123-456-7890', '(\d{3})-(\d{3})-(\d{4})', '(\1) \2-\3'), REGEXP_REPLACE('123-456-7890', '(\d{3})-(\d{3})-(\d{4})', '(\1) (\4)-xxxx')
----
(123) 456-7890	(123) ()-xxxx

query TTTT
SELECT REGEXP_REPLACE('banana', 'a', 'o'), REGEXP_REPLACE('banana', 'a', 'o', 1, 2), REGEXP_REPLACE('banana', 'a', 'o', 3), REGEXP_REPLACE('banana', 'a')
----
bonono	banona	banono	bnn

query TTT
SELECT REGEXP_REPLACE('ab', '(a)', '[&\0\\\1]'), REGEXP_REPLACE('ab', 'b', 'x\'), REGEXP_REPLACE('Cat dog', 'cat|DOG', 'pet', 1, 0, 'i')
----
[&\0\a]b	ax\	pet pet

# Empty matches: one at each position, but an empty pattern leaves the string as it is.
query TTTTTT
SELECT REGEXP_REPLACE('abc', '', '-'), REGEXP_REPLACE('abc', 'x*', '-'), REGEXP_REPLACE('abc', '^', '-'), REGEXP_REPLACE('abc', '$', '-'), REGEXP_REPLACE('', 'x*', '-'), REGEXP_REPLACE('', '', '-')
----
abc	-a-b-c-	-abc	abc-	-	(empty)

# Start past the end leaves the string; the result is varchar(8000) or nvarchar(4000), cut there silently.
query TII
SELECT REGEXP_REPLACE('abc', 'a', 'x', 4), LEN(REGEXP_REPLACE(REPLICATE('a', 8000), 'a', 'bb')), LEN(REGEXP_REPLACE(REPLICATE(CAST('a' AS varchar(max)), 10000), 'a', 'bb'))
----
abc	8000	20000

statement ok
SELECT REGEXP_REPLACE(CAST('x' AS varchar(5)), 'x', 'y') AS r INTO #rx_types

query TI
SELECT TYPE_NAME(system_type_id), max_length FROM tempdb.sys.columns WHERE object_id = OBJECT_ID('tempdb..#rx_types')
----
varchar	8000

# REGEXP_SUBSTR: the n-th match or its group; NULL when there is none.
query TTTT
SELECT REGEXP_SUBSTR('jo@example.com', '@(.+)$', 1, 1, 'i', 1), REGEXP_SUBSTR('I have 2 apples and 100 bucks', '\d+', 1, 2), REGEXP_SUBSTR('abc', 'x'), REGEXP_SUBSTR('abc', 'x*')
----
example.com	100	NULL	(empty)

query TTTTT
SELECT REGEXP_SUBSTR('abc', 'b', 4), REGEXP_SUBSTR('abc', '(b)', 1, 1, 'c', 2), REGEXP_SUBSTR('ac', 'a(b)?c', 1, 1, '', 1), REGEXP_SUBSTR('<a><b>', '<.+?>'), REGEXP_SUBSTR('abc', 'a|ab')
----
NULL	NULL	NULL	<a>	a

statement ok
SELECT REGEXP_SUBSTR(CAST('abcde' AS nvarchar(10)), 'b') AS s, REGEXP_SUBSTR(CAST('abc' AS char(5)), 'b') AS c INTO #rx_substr

query TTI rowsort
SELECT name, TYPE_NAME(system_type_id), max_length FROM tempdb.sys.columns WHERE object_id = OBJECT_ID('tempdb..#rx_substr')
----
c	varchar	5
s	nvarchar	20

# REGEXP_INSTR: where the match begins (0) or the position after it (1); 0 when none.
query IIIIII
SELECT REGEXP_INSTR('Mississippi', 'i', 1, 3), REGEXP_INSTR('Mississippi', 'ss', 1, 1, 1), REGEXP_INSTR('abc', 'z'), REGEXP_INSTR('abcabc', 'a(b)c', 2, 1, 0, '', 1), REGEXP_INSTR('abc', 'b', 9), REGEXP_INSTR('abc', '(b)', 1, 1, 0, 'c', 2)
----
8	5	0	5	0	0

query III
SELECT REGEXP_INSTR('abc', 'x*'), REGEXP_INSTR('abc', 'x*', 1, 1, 1), REGEXP_INSTR('abc', '$')
----
1	1	4

# REGEXP_COUNT: empty matches count once at each position.
query IIIIII
SELECT REGEXP_COUNT('abc', ''), REGEXP_COUNT('abc', 'x*'), REGEXP_COUNT('', ''), REGEXP_COUNT('abc', '', 2), REGEXP_COUNT('banana', 'an'), REGEXP_COUNT('banana', 'A', 1, 'i')
----
4	4	1	3	2	3

query IIII
SELECT REGEXP_COUNT('ABC', 'a'), REGEXP_COUNT('abc', 'a', 4), REGEXP_COUNT('a' + CHAR(10), 'a$'), REGEXP_COUNT('a' + CHAR(10), 'a$', 1, 'm')
----
0	0	0	1

# Positions count characters for start, but REGEXP_INSTR's result counts UTF-16 code units.
query IIITT
SELECT REGEXP_COUNT(NCHAR(0xD83D) + NCHAR(0xDE00) + N'b', N'.'), REGEXP_INSTR(NCHAR(0xD83D) + NCHAR(0xDE00) + N'b', N'b'), REGEXP_INSTR(N'a' + NCHAR(0xD83D) + NCHAR(0xDE00) + N'b', N'b', 3), REGEXP_SUBSTR(N'a' + NCHAR(0xD83D) + NCHAR(0xDE00) + N'b', N'.', 3), REGEXP_REPLACE(N'a' + NCHAR(0xD83D) + NCHAR(0xDE00) + N'b', N'.', N'x')
----
2	3	4	b	xxx

# NULL anywhere gives NULL; an untyped NULL source is a NULL varchar.
query TTII
SELECT REGEXP_REPLACE(NULL, 'a', 'b'), REGEXP_SUBSTR('abc', NULL), REGEXP_INSTR('abc', 'b', NULL), REGEXP_COUNT('abc', 'b', 1, NULL)
----
NULL	NULL	NULL	NULL

# Numbers may come as strings; a string that is not one is 245.
query II
SELECT REGEXP_COUNT('abcabc', 'b', '3'), REGEXP_INSTR('abcabc', 'b', CAST(1 AS bigint), CAST(2 AS tinyint))
----
1	5

statement error 245
SELECT REGEXP_COUNT('abc', 'b', 'i')

# Over a table: the pattern is a constant, compiled once for the scan.
statement ok
CREATE TABLE rx_products (name nvarchar(40), description varchar(100))

statement ok
INSERT INTO rx_products VALUES (N'Widget', 'Has 3 parts and 12 screws'), (N'Gadget', 'No parts'), (N'Thing', NULL)

query TIITT rowsort
SELECT name, REGEXP_COUNT(name, '[aeiou]'), REGEXP_INSTR(description, '\d+'), REGEXP_SUBSTR(description, '\d+', 1, 2), REGEXP_REPLACE(description, '\d+', '#')
FROM rx_products
----
Gadget	2	0	NULL	No parts
Thing	1	NULL	NULL	NULL
Widget	2	5	12	Has # parts and # screws
