# Conditions and assignments that read tables are bound when they run.
query T
CREATE TABLE flags (name varchar(10) PRIMARY KEY, val int)
INSERT INTO flags VALUES ('a', 1)
IF EXISTS (SELECT * FROM flags WHERE name = 'a') PRINT 'found' ELSE PRINT 'missing'
DECLARE @n int
SET @n = (SELECT COUNT(*) FROM flags)
SELECT CAST(@n AS varchar(10))
----
! found
1

statement ok
DECLARE @i int = 0
WHILE (SELECT COUNT(*) FROM flags) < 3
BEGIN
  SET @i += 1
  INSERT INTO flags VALUES (CONCAT('k', @i), @i)
END

query I
SELECT COUNT(*) FROM flags
----
3

statement error 208
IF EXISTS (SELECT * FROM nowhere) PRINT 'x'
----
error 208: Invalid object name 'nowhere'.

query TI
SELECT * FROM flags WHERE name = 'a'
----
a	1

query TI
CREATE VIEW flag_view AS SELECT * FROM flags WHERE val > 1
SELECT * FROM flag_view ORDER BY val
----
k2	2
