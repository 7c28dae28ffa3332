# REGEXP_LIKE (SQL Server 2025): a predicate over RE2 patterns, in WHERE, CASE WHEN, NOT and CHECK.

statement ok
CREATE TABLE rx_people (id int, name varchar(50), email varchar(320))

statement ok
INSERT INTO rx_people VALUES (1, 'Amy', 'amy@example.com'), (2, 'Andy', 'andy(at)example'), (3, 'bob', NULL), (4, 'ANNY', 'x@y.org')

query T rowsort
SELECT name FROM rx_people WHERE REGEXP_LIKE(name, '^A.*y$')
----
Amy
Andy

# Case-sensitive by default whatever the collation; 'i' ignores case, and of c and i the last wins.
query T rowsort
SELECT name FROM rx_people WHERE REGEXP_LIKE(name, '^A.*Y$', 'i')
----
ANNY
Amy
Andy

query I
SELECT COUNT(*) FROM rx_people WHERE REGEXP_LIKE(name, '^a', 'ic')
----
0

query I
SELECT COUNT(*) FROM rx_people WHERE REGEXP_LIKE(name, '^a', 'ci')
----
3

# NULL is UNKNOWN: neither the rows where it matches nor where it does not.
query T rowsort
SELECT name FROM rx_people WHERE NOT REGEXP_LIKE(email, '@[a-z]+\.[a-z]{2,}$')
----
Andy

query TT rowsort
SELECT name, CASE WHEN REGEXP_LIKE(email, '\.com$') THEN 'com' WHEN NOT REGEXP_LIKE(email, '\.com$') THEN 'other' ELSE 'unknown' END FROM rx_people
----
ANNY	other
Amy	com
Andy	other
bob	unknown

query I
SELECT COUNT(*) FROM rx_people WHERE REGEXP_LIKE(name, 'b') OR REGEXP_LIKE(name, 'N{2}')
----
2

# Flags m (^ and $ at line breaks) and s (dot matches newline).
query IIII
SELECT CASE WHEN REGEXP_LIKE('a' + CHAR(10) + 'b', '^b$') THEN 1 ELSE 0 END,
       CASE WHEN REGEXP_LIKE('a' + CHAR(10) + 'b', '^b$', 'm') THEN 1 ELSE 0 END,
       CASE WHEN REGEXP_LIKE('a' + CHAR(10) + 'b', 'a.b') THEN 1 ELSE 0 END,
       CASE WHEN REGEXP_LIKE('a' + CHAR(10) + 'b', 'a.b', 'sm') THEN 1 ELSE 0 END
----
0	1	0	1

# Inline flags, RE2 classes, Unicode classes, \Q…\E; \d and \w are ASCII only, as RE2's are.
query IIIIII
SELECT CASE WHEN REGEXP_LIKE('ABC', '(?i)abc') THEN 1 ELSE 0 END,
       CASE WHEN REGEXP_LIKE('a1', '[[:digit:]]') THEN 1 ELSE 0 END,
       CASE WHEN REGEXP_LIKE(N'é', '\p{L}') THEN 1 ELSE 0 END,
       CASE WHEN REGEXP_LIKE('a.b', '\Qa.b\E') THEN 1 ELSE 0 END,
       CASE WHEN REGEXP_LIKE(NCHAR(1632), '\d') THEN 1 ELSE 0 END,
       CASE WHEN REGEXP_LIKE(N'É', N'é', 'i') THEN 1 ELSE 0 END
----
1	1	1	1	0	1

# A CHECK constraint (the documentation's example).
statement ok
CREATE TABLE rx_employees (id int IDENTITY(101, 1), email varchar(320) CHECK (REGEXP_LIKE(email, '^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$')), phone nvarchar(20) CHECK (REGEXP_LIKE(phone, '^(\d{3})-(\d{3})-(\d{4})$')))

statement ok
INSERT INTO rx_employees (email, phone) VALUES ('jo@example.com', N'123-456-7890'), (NULL, NULL)

statement error 547
INSERT INTO rx_employees (email, phone) VALUES ('not an email', N'123-456-7890')

statement error 547
INSERT INTO rx_employees (email, phone) VALUES ('jo@example.com', N'1234567890')

query II
SELECT COUNT(*), MIN(id) FROM rx_employees
----
2	101

# Its definition prints back and the constraint still works after the catalog reloads it.
query I
SELECT COUNT(*) FROM sys.check_constraints WHERE parent_object_id = OBJECT_ID('rx_employees') AND definition LIKE '%regexp_like%'
----
2

# A variable pattern and flags over a table; the pattern compiles once per call site.
statement ok
DECLARE @p varchar(20) = '^[ab]', @f varchar(3) = 'i'; SELECT COUNT(*) FROM rx_people WHERE REGEXP_LIKE(name, @p, @f)

# A predicate, not a value: in a select list it is a syntax error, and so is a wrong count.
statement error 156
SELECT REGEXP_LIKE('a', 'a')

statement error 102
SELECT 1 WHERE REGEXP_LIKE('a')

statement error 102
SELECT 1 WHERE REGEXP_LIKE('a', 'a', 'i', 'x')

statement error 4145
SELECT 1 WHERE REGEXP_COUNT('a', 'a')

statement error 8116
SELECT 1 WHERE REGEXP_LIKE(1, 'a')

statement error 8116
SELECT 1 WHERE REGEXP_LIKE('a', 'a', N'i')

query I
SELECT COUNT(*) WHERE REGEXP_LIKE(NULL, 'a')
----
0
