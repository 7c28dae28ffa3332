# ALTER TABLE: add/drop columns and constraints, alter a column's type.
statement ok
CREATE TABLE emp (id int NOT NULL, name varchar(10) NULL)
INSERT INTO emp VALUES (1, 'ann'), (2, 'bob')

query ITIT
ALTER TABLE emp ADD dept varchar(5) NULL, salary int NOT NULL CONSTRAINT DF_emp_salary DEFAULT 100
INSERT INTO emp (id, name, dept) VALUES (3, 'cy', 'ops')
SELECT id, dept, salary, name FROM emp ORDER BY id
----
1	NULL	100	ann
2	NULL	100	bob
3	ops	100	cy

statement error 4901
ALTER TABLE emp ADD badge int NOT NULL
----
error 4901: ALTER TABLE only allows columns to be added that can contain nulls, or have a DEFAULT definition specified, or the column being added is an identity or timestamp column, or alternatively if none of the previous conditions are satisfied the table must be empty to allow addition of this column. Column 'badge' cannot be added to non-empty table 'emp' because it does not satisfy these conditions.

statement ok
ALTER TABLE emp ADD CONSTRAINT PK_emp PRIMARY KEY (id)

statement error 2627
INSERT INTO emp (id) VALUES (1)
----
error 2627: Violation of PRIMARY KEY constraint 'PK_emp'. Cannot insert duplicate key in object 'dbo.emp'. The duplicate key value is (1).
! The statement has been terminated.

statement error 547
ALTER TABLE emp ADD CONSTRAINT CK_emp_salary CHECK (salary > 100)
----
error 547: The ALTER TABLE statement conflicted with the CHECK constraint "CK_emp_salary". The conflict occurred in database "master", table "dbo.emp".

statement ok
ALTER TABLE emp ADD CONSTRAINT CK_emp_salary CHECK (salary >= 100)

statement error 547
UPDATE emp SET salary = 5 WHERE id = 1
----
error 547: The UPDATE statement conflicted with the CHECK constraint "CK_emp_salary". The conflict occurred in database "master", table "dbo.emp".
! The statement has been terminated.

statement error 5074
ALTER TABLE emp DROP COLUMN id
----
error 5074: The object 'PK_emp' is dependent on column 'id'.
error 4922: ALTER TABLE DROP COLUMN id failed because one or more objects access this column.

statement ok
ALTER TABLE emp DROP CONSTRAINT PK_emp, CK_emp_salary
INSERT INTO emp (id, salary) VALUES (1, 5)

statement error 3728
ALTER TABLE emp DROP CONSTRAINT PK_emp
----
error 3728: 'PK_emp' is not a constraint.

statement ok
ALTER TABLE emp DROP COLUMN dept

statement error 4924
ALTER TABLE emp DROP COLUMN dept
----
error 4924: ALTER TABLE DROP COLUMN failed because column 'dept' does not exist in table 'emp'.

query IT
ALTER TABLE emp ALTER COLUMN name varchar(20) NULL
UPDATE emp SET name = 'a much longer name' WHERE id = 2
SELECT id, name FROM emp WHERE id = 2
----
2	a much longer name

statement error 2628
ALTER TABLE emp ALTER COLUMN name varchar(3) NULL
----
error 2628: String or binary data would be truncated in table 'master.dbo.emp', column 'name'. Truncated value: 'a m'.

query I
SELECT COUNT(*) FROM sys.columns
----
3

query TT
EXEC sp_rename 'emp', 'staff'
EXEC sp_rename 'staff.name', 'full_name', 'COLUMN'
SELECT TOP 1 full_name, CAST(OBJECT_ID('emp') AS varchar(10)) FROM staff WHERE id = 2
----
! Caution: Changing any part of an object name could break scripts and stored procedures.
! Caution: Changing any part of an object name could break scripts and stored procedures.
a much longer name	NULL

statement error 15225
EXEC sp_rename 'nosuch', 'x'
----
error 15225: No item by the name of 'nosuch' could be found in the current database 'master', given that @itemtype was input as '(null)'.
