# ALTER TABLE … ADD c int IDENTITY on a table with rows numbers them from the seed, in key order;
# one identity column per table (2744), of an integer type or a decimal of scale 0 (2749).
statement ok
CREATE TABLE ai (code char(1) PRIMARY KEY, v int);
INSERT ai VALUES ('c', 30), ('a', 10), ('b', 20)

statement ok
ALTER TABLE ai ADD id int IDENTITY(100, 10)

query TII
SELECT code, v, id FROM ai ORDER BY code
----
a	10	100
b	20	110
c	30	120

query IIT
INSERT ai (code, v) VALUES ('d', 40);
SELECT SCOPE_IDENTITY(), IDENT_CURRENT('ai'), COLUMNPROPERTY(OBJECT_ID('ai'), 'id', 'AllowsNull')
----
130	130	0

statement error 2744
ALTER TABLE ai ADD id2 bigint IDENTITY
----
error 2744: Multiple identity columns specified for table 'ai'. Only one identity column per table is allowed.

statement error 2744
CREATE TABLE ai_two (a int IDENTITY, b int IDENTITY)
----
error 2744: Multiple identity columns specified for table 'ai_two'. Only one identity column per table is allowed.

statement error 2749
CREATE TABLE ai_bad (a varchar(10) IDENTITY)
----
error 2749: Identity column 'a' must be of data type int, bigint, smallint, tinyint, or decimal or numeric with a scale of 0, unencrypted, and constrained to be nonnullable.

statement error 2749
ALTER TABLE ai ADD d decimal(10, 2) IDENTITY
----
error 2749: Identity column 'd' must be of data type int, bigint, smallint, tinyint, or decimal or numeric with a scale of 0, unencrypted, and constrained to be nonnullable.

# A rolled-back ADD leaves neither the column nor a used-up counter.
statement ok
CREATE TABLE ai_rb (v int);
INSERT ai_rb VALUES (5), (6);
BEGIN TRAN;
ALTER TABLE ai_rb ADD id smallint IDENTITY;
ROLLBACK;
ALTER TABLE ai_rb ADD id smallint IDENTITY

query II
SELECT v, id FROM ai_rb ORDER BY v
----
5	1
6	2

# SELECT IDENTITY(type [, seed, increment]) AS c … INTO: the new table's identity column numbers
# the rows in the query's order; only with INTO (177); not beside an inherited identity (8108).
statement ok
SELECT IDENTITY(int, 10, 5) AS rn, code, v INTO ai_copy FROM ai ORDER BY code DESC

query ITI
SELECT rn, code, v FROM ai_copy ORDER BY rn
----
10	d	40
15	c	30
20	b	20
25	a	10

query TII
SELECT c.name, c.is_identity, c.is_nullable FROM sys.columns c WHERE c.object_id = OBJECT_ID('ai_copy') AND c.name = 'rn'
----
rn	1	0

query II
INSERT ai_copy (code, v) VALUES ('e', 50);
SELECT MAX(rn), IDENT_SEED('ai_copy') FROM ai_copy
----
30	10

query IT
SELECT id = IDENTITY(bigint), name INTO #numbered FROM sys.types WHERE name IN ('int', 'bit') ORDER BY name;
SELECT id, name FROM #numbered ORDER BY id
----
1	bit
2	int

statement error 177
SELECT IDENTITY(int, 1, 1) AS rn, code FROM ai
----
error 177: The IDENTITY function can only be used when the SELECT statement has an INTO clause.

statement error 8108
SELECT IDENTITY(int, 1, 1) AS rn, ID, code INTO ai_two_ids FROM ai
----
error 8108: Cannot add identity column, using the SELECT INTO statement, to table 'ai_two_ids', which already has column 'ID' that inherits the identity property.

statement error 2749
SELECT IDENTITY(varchar(5)) AS rn, code INTO ai_bad_type FROM ai
----
error 2749: Identity column 'rn' must be of data type int, bigint, smallint, tinyint, or decimal or numeric with a scale of 0, unencrypted, and constrained to be nonnullable.
