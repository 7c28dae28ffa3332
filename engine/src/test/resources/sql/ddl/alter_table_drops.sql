# ALTER TABLE … ADD with DEFAULT … WITH VALUES fills the rows there; DROP lists mix constraints and
# columns, take IF EXISTS, and a bare name is a constraint.
statement ok
CREATE TABLE atd (id int PRIMARY KEY, a int NULL)

statement ok
INSERT atd VALUES (1, 10), (2, 20)

statement ok
ALTER TABLE atd ADD b int NULL CONSTRAINT df_atd_b DEFAULT 7 WITH VALUES

statement ok
ALTER TABLE atd ADD c int NULL DEFAULT 8

statement ok
ALTER TABLE atd ADD d datetime2(0) NOT NULL CONSTRAINT df_atd_d DEFAULT '2020-01-02' WITH VALUES

query IIIT rowsort
SELECT id, b, c, d FROM atd
----
1	7	NULL	2020-01-02 00:00:00
2	7	NULL	2020-01-02 00:00:00

statement ok
INSERT atd (id) VALUES (3)

query III
SELECT b, c, a FROM atd WHERE id = 3
----
7	8	NULL

# One DROP removes a default and then its column, in the order written.
statement ok
ALTER TABLE atd DROP CONSTRAINT df_atd_b, COLUMN b

statement ok
ALTER TABLE atd DROP df_atd_d, COLUMN d, a

query T
SELECT STRING_AGG(name, ',') WITHIN GROUP (ORDER BY column_id) FROM sys.columns WHERE object_id = OBJECT_ID('atd')
----
id,c

statement ok
ALTER TABLE atd DROP COLUMN IF EXISTS nothing_here, zz

statement ok
ALTER TABLE atd DROP CONSTRAINT IF EXISTS no_such_constraint

statement error 4924
ALTER TABLE atd DROP COLUMN nothing_here
----
error 4924: ALTER TABLE DROP COLUMN failed because column 'nothing_here' does not exist in table 'atd'.

statement error 3728
ALTER TABLE atd DROP no_such_constraint
----
error 3728: 'no_such_constraint' is not a constraint.

# A failing group leaves the groups before it undone too: the statement is one.
statement ok
ALTER TABLE atd ADD x int NULL

statement error 4924
ALTER TABLE atd DROP COLUMN x, COLUMN missing_one

query T
SELECT STRING_AGG(name, ',') WITHIN GROUP (ORDER BY column_id) FROM sys.columns WHERE object_id = OBJECT_ID('atd')
----
id,c,x
