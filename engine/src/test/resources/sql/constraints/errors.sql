# Constraint violations with SQL Server's numbers and texts.
statement ok
CREATE TABLE t (id int CONSTRAINT PK_t PRIMARY KEY, code char(3) NOT NULL CONSTRAINT UQ_t_code UNIQUE, label varchar(5) NULL)

statement ok
INSERT INTO t VALUES (1, 'abc', 'one')

statement error 2627
INSERT INTO t VALUES (1, 'xyz', NULL)
----
error 2627: Violation of PRIMARY KEY constraint 'PK_t'. Cannot insert duplicate key in object 'dbo.t'. The duplicate key value is (1).
! The statement has been terminated.

statement error 2627
INSERT INTO t VALUES (2, 'abc', NULL)
----
error 2627: Violation of UNIQUE KEY constraint 'UQ_t_code'. Cannot insert duplicate key in object 'dbo.t'. The duplicate key value is (abc).
! The statement has been terminated.

statement error 515
INSERT INTO t (id, label) VALUES (3, 'x')
----
error 515: Cannot insert the value NULL into column 'code', table 'master.dbo.t'; column does not allow nulls. INSERT fails.
! The statement has been terminated.

statement error 515
UPDATE t SET code = NULL
----
error 515: Cannot insert the value NULL into column 'code', table 'master.dbo.t'; column does not allow nulls. UPDATE fails.
! The statement has been terminated.

statement error 2628
INSERT INTO t VALUES (4, 'def', 'toolong')
----
error 2628: String or binary data would be truncated in table 'master.dbo.t', column 'label'. Truncated value: 'toolo'.
! The statement has been terminated.

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
! The statement has been terminated.

statement ok
CREATE TABLE chk (id int NOT NULL, qty int CONSTRAINT CK_chk_qty CHECK (qty >= 0), lo int, hi int, CONSTRAINT CK_chk_range CHECK (lo <= hi))

statement ok
INSERT INTO chk VALUES (1, 0, 1, 2), (2, NULL, NULL, 5)

statement error 547
INSERT INTO chk VALUES (3, -1, 1, 2)
----
error 547: The INSERT statement conflicted with the CHECK constraint "CK_chk_qty". The conflict occurred in database "master", table "dbo.chk", column 'qty'.
! The statement has been terminated.

statement error 547
UPDATE chk SET lo = 10 WHERE id = 1
----
error 547: The UPDATE statement conflicted with the CHECK constraint "CK_chk_range". The conflict occurred in database "master", table "dbo.chk".
! The statement has been terminated.

query II
SELECT id, lo FROM chk ORDER BY id
----
1	1
2	NULL
