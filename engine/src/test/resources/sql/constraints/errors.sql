# Constraint violations with SQL Server's numbers and texts.
statement ok
CREATE TABLE t (id int CONSTRAINT PK_t PRIMARY KEY, code char(3) NOT NULL CONSTRAINT UQ_t_code UNIQUE, label varchar(5) NULL)

statement ok
INSERT INTO t VALUES (1, 'abc', 'one')

statement error 2627
INSERT INTO t VALUES (1, 'xyz', NULL)
----
error 2627: Violation of PRIMARY KEY constraint 'PK_t'. Cannot insert duplicate key in object 'dbo.t'. The duplicate key value is (1).

statement error 2627
INSERT INTO t VALUES (2, 'abc', NULL)
----
error 2627: Violation of UNIQUE KEY constraint 'UQ_t_code'. Cannot insert duplicate key in object 'dbo.t'. The duplicate key value is (abc).

statement error 515
INSERT INTO t (id, label) VALUES (3, 'x')
----
error 515: Cannot insert the value NULL into column 'code', table 'master.dbo.t'; column does not allow nulls. INSERT fails.

statement error 515
UPDATE t SET code = NULL
----
error 515: Cannot insert the value NULL into column 'code', table 'master.dbo.t'; column does not allow nulls. UPDATE fails.

statement error 2628
INSERT INTO t VALUES (4, 'def', 'toolong')
----
error 2628: String or binary data would be truncated in table 'master.dbo.t', column 'label'. Truncated value: 'toolo'.

statement ok
INSERT INTO t VALUES (4, 'def', 'fits ')

# A failed multi-row statement leaves none of its rows.
statement error 2627
INSERT INTO t VALUES (5, 'ghi', NULL), (6, 'ghi', NULL)

query I
SELECT COUNT(*) FROM t
----
2

# Swapping unique values in one statement is fine.
statement ok
UPDATE t SET id = 5 - id

query IT
SELECT id, code FROM t ORDER BY id
----
1	def
4	abc

statement error 2627
UPDATE t SET code = 'zzz'
----
error 2627: Violation of UNIQUE KEY constraint 'UQ_t_code'. Cannot insert duplicate key in object 'dbo.t'. The duplicate key value is (zzz).
