# MERGE under constraints, identity, defaults, computed columns and indexes, in transactions.
statement ok
CREATE TABLE dept (id int PRIMARY KEY, name varchar(10) NOT NULL)
CREATE TABLE emp (
  id int IDENTITY(10, 10) CONSTRAINT PK_emp PRIMARY KEY,
  email varchar(12) NOT NULL,
  dept int NULL CONSTRAINT FK_emp_dept REFERENCES dept (id),
  pay int NOT NULL DEFAULT 100 CONSTRAINT CK_emp_pay CHECK (pay > 0),
  yearly AS pay * 12,
  hired varchar(10) NOT NULL DEFAULT 'today')
CREATE UNIQUE INDEX ux_emp_email ON emp (email)
CREATE INDEX ix_emp_dept ON emp (dept)
INSERT INTO dept VALUES (1, 'ops'), (2, 'dev')

# Identity values, defaults and computed columns, and SCOPE_IDENTITY, as INSERT gives them.
query IITIIIT
MERGE emp USING (VALUES ('a@x', 1), ('b@x', 2)) s (email, dept) ON emp.email = s.email
WHEN NOT MATCHED THEN INSERT (email, dept) VALUES (s.email, s.dept);
SELECT id, dept, email, pay, yearly, SCOPE_IDENTITY(), hired FROM emp ORDER BY id
----
10	1	a@x	100	1200	20	today
20	2	b@x	100	1200	20	today

# A computed column follows its columns' update; DEFAULT in SET.
query II
MERGE emp USING (VALUES ('a@x', 250)) s (email, pay) ON emp.email = s.email
WHEN MATCHED THEN UPDATE SET pay = s.pay, hired = DEFAULT;
SELECT pay, yearly FROM emp WHERE email = 'a@x'
----
250	3000

# Constraint violations fail the statement, name MERGE, and leave nothing behind.
statement error 2601
MERGE emp USING (VALUES ('c@x'), ('a@x')) s (email) ON 1 = 0
WHEN NOT MATCHED THEN INSERT (email) VALUES (s.email);
----
error 2601: Cannot insert duplicate key row in object 'dbo.emp' with unique index 'ux_emp_email'. The duplicate key value is (a@x).
! The statement has been terminated.

statement error 2601
MERGE emp USING (VALUES ('a@x', 'b@x')) s (old, new) ON emp.email = s.old
WHEN MATCHED THEN UPDATE SET email = s.new;
----
error 2601: Cannot insert duplicate key row in object 'dbo.emp' with unique index 'ux_emp_email'. The duplicate key value is (b@x).
! The statement has been terminated.

statement error 2627
SET IDENTITY_INSERT emp ON
MERGE emp USING (VALUES (10, 'n@x')) s (id, email) ON emp.email = s.email
WHEN NOT MATCHED THEN INSERT (id, email) VALUES (s.id, s.email);
----
error 2627: Violation of PRIMARY KEY constraint 'PK_emp'. Cannot insert duplicate key in object 'dbo.emp'. The duplicate key value is (10).
! The statement has been terminated.

statement ok
SET IDENTITY_INSERT emp OFF

statement error 515
MERGE emp USING (VALUES ('a@x')) s (email) ON emp.email = s.email
WHEN MATCHED THEN UPDATE SET email = NULL;
----
error 515: Cannot insert the value NULL into column 'email', table 'master.dbo.emp'; column does not allow nulls. MERGE fails.
! The statement has been terminated.

statement error 547
MERGE emp USING (VALUES ('a@x', 0)) s (email, pay) ON emp.email = s.email
WHEN MATCHED THEN UPDATE SET pay = s.pay;
----
error 547: The MERGE statement conflicted with the CHECK constraint "CK_emp_pay". The conflict occurred in database "master", table "dbo.emp", column 'pay'.
! The statement has been terminated.

statement error 547
MERGE emp USING (VALUES ('d@x', 9)) s (email, dept) ON emp.email = s.email
WHEN NOT MATCHED THEN INSERT (email, dept) VALUES (s.email, s.dept);
----
error 547: The MERGE statement conflicted with the FOREIGN KEY constraint "FK_emp_dept". The conflict occurred in database "master", table "dbo.dept", column 'id'.
! The statement has been terminated.

statement error 547
MERGE dept USING (VALUES (1)) s (id) ON dept.id = s.id WHEN MATCHED THEN DELETE;
----
error 547: The MERGE statement conflicted with the REFERENCE constraint "FK_emp_dept". The conflict occurred in database "master", table "dbo.emp", column 'dept'.
! The statement has been terminated.

statement error 2628
MERGE emp USING (VALUES ('a@x')) s (email) ON emp.email = s.email
WHEN MATCHED THEN UPDATE SET email = 'much-too-long@x';
----
error 2628: String or binary data would be truncated in table 'master.dbo.emp', column 'email'. Truncated value: 'much-too-lon'.
! The statement has been terminated.

# The failed statements changed nothing, and the indexes agree with the rows.
query IITI
SELECT id, dept, email, pay FROM emp ORDER BY id
----
10	1	a@x	250
20	2	b@x	100

query IT
SELECT id, email FROM emp WITH (INDEX(ux_emp_email)) WHERE email = 'b@x'
----
20	b@x

# Keys may swap between rows in one MERGE, and a deleted row's key may be taken by an insert
# (identity values the failed statements took are not given back, as in SQL Server).
query IT
MERGE emp USING (VALUES ('a@x', 'b@x'), ('b@x', 'a@x')) s (old, new) ON emp.email = s.old
WHEN MATCHED THEN UPDATE SET email = s.new;
SELECT id, email FROM emp ORDER BY id
----
10	b@x
20	a@x

# The unique index finds each row under its new key, and nothing under a key given up.
query IIII
SELECT (SELECT id FROM emp WHERE email = 'a@x'), (SELECT id FROM emp WHERE email = 'b@x'),
  (SELECT COUNT(*) FROM emp WHERE dept = 1), (SELECT COUNT(*) FROM emp WHERE email > 'b@x')
----
20	10	1	0

query IT
MERGE emp USING (VALUES ('a@x', 1), ('z@x', 0)) s (email, gone) ON emp.id = 20 AND s.gone = 1
WHEN MATCHED THEN DELETE
WHEN NOT MATCHED THEN INSERT (email, dept) VALUES (CASE s.email WHEN 'z@x' THEN 'a@x' END, 2);
SELECT id, email FROM emp ORDER BY id
----
10	b@x
60	a@x

query IT
SELECT id, email FROM emp WHERE dept = 2 ORDER BY id
----
60	a@x

query I
SELECT COUNT(*) FROM emp WHERE email = 'z@x' OR id = 20
----
0

# In a transaction: a failed MERGE undoes only itself (XACT_ABORT OFF); ROLLBACK undoes a good one.
statement error 2601
BEGIN TRAN
MERGE emp USING (VALUES ('q@x', 2)) s (email, dept) ON emp.email = s.email
WHEN NOT MATCHED THEN INSERT (email, dept) VALUES (s.email, s.dept);
MERGE emp USING (VALUES ('r@x'), ('b@x')) s (email) ON 1 = 0
WHEN NOT MATCHED THEN INSERT (email) VALUES (s.email);
SELECT @@TRANCOUNT, COUNT(*) FROM emp
COMMIT
----
error 2601: Cannot insert duplicate key row in object 'dbo.emp' with unique index 'ux_emp_email'. The duplicate key value is (b@x).
! The statement has been terminated.
1	3

query I
SELECT COUNT(*) FROM emp WHERE email IN ('q@x', 'r@x')
----
1

query II
BEGIN TRAN
MERGE emp USING (VALUES ('q@x')) s (email) ON emp.email = s.email WHEN MATCHED THEN DELETE;
ROLLBACK
SELECT COUNT(*), @@TRANCOUNT FROM emp WHERE email = 'q@x'
----
1	0

# XACT_ABORT ON: the error rolls back the whole transaction and ends the batch.
statement error 547
SET XACT_ABORT ON
BEGIN TRAN
DELETE FROM emp WHERE email = 'q@x'
MERGE emp USING (VALUES ('b@x')) s (email) ON emp.email = s.email WHEN MATCHED THEN UPDATE SET pay = -1;
PRINT 'not reached'

query II
SET XACT_ABORT OFF
SELECT COUNT(*), @@TRANCOUNT FROM emp WHERE email = 'q@x'
----
1	0
