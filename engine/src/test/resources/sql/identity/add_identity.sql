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
