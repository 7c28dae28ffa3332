# CREATE TYPE … FROM (alias types) and DROP TYPE: columns, variables and parameters of an alias
# type, nullability from the type, sys.types, TYPE_ID/TYPE_NAME, and the errors 218, 219, 2715,
# 3732. GoldenSqlRestartTest reruns this file restarting the engine before every block: the types
# are in the catalog.
statement ok
CREATE TYPE dbo.ssn FROM varchar(11) NOT NULL

statement ok
CREATE TYPE phone FROM nvarchar(20) NULL

statement ok
CREATE TYPE dbo.amount FROM decimal(10, 2)

query TITTIIITII
SELECT name, system_type_id, CASE WHEN user_type_id > 256 THEN 1 ELSE 0 END, SCHEMA_NAME(schema_id), max_length, precision, scale, collation_name, is_nullable, is_user_defined FROM sys.types WHERE is_user_defined = 1 ORDER BY name
----
amount	106	1	dbo	9	10	2	NULL	1	1
phone	231	1	dbo	40	0	0	SQL_Latin1_General_CP1_CI_AS	1	1
ssn	167	1	dbo	11	0	0	SQL_Latin1_General_CP1_CI_AS	0	1

query TTTIIIT
SELECT DOMAIN_SCHEMA, DOMAIN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, COLLATION_NAME FROM INFORMATION_SCHEMA.DOMAINS ORDER BY DOMAIN_NAME
----
dbo	amount	decimal	NULL	10	2	NULL
dbo	phone	nvarchar	20	NULL	NULL	SQL_Latin1_General_CP1_CI_AS
dbo	ssn	varchar	11	NULL	NULL	SQL_Latin1_General_CP1_CI_AS

query TTI
SELECT TYPE_NAME(TYPE_ID('ssn')), TYPE_NAME(TYPE_ID('dbo.phone')), CASE WHEN TYPE_ID('amount') = (SELECT user_type_id FROM sys.types WHERE name = 'amount') THEN 1 ELSE 0 END
----
ssn	phone	1

query T
SELECT TYPE_ID('nosuchtype')
----
NULL

statement ok
CREATE TABLE people (id int PRIMARY KEY, ssn dbo.ssn, tel phone, pay amount, alt ssn NULL)

query TTIII
SELECT c.name, TYPE_NAME(c.system_type_id), c.max_length, c.is_nullable, CASE WHEN c.user_type_id = c.system_type_id THEN 0 ELSE 1 END FROM sys.columns c WHERE c.object_id = OBJECT_ID('people') ORDER BY c.column_id
----
id	int	4	0	0
ssn	varchar	11	0	1
tel	nvarchar	40	1	1
pay	decimal	9	1	1
alt	varchar	11	1	1

query TT
SELECT TYPE_NAME(c.user_type_id), c.name FROM sys.columns c WHERE c.object_id = OBJECT_ID('people') AND c.column_id = 2
----
ssn	ssn

statement error 515
INSERT INTO people (id, tel) VALUES (1, N'555')
----
error 515: Cannot insert the value NULL into column 'ssn', table 'master.dbo.people'; column does not allow nulls. INSERT fails.
! The statement has been terminated.

statement ok
INSERT INTO people VALUES (1, '123-45-6789', N'555-0100', 12.345, NULL)

query TTT
SELECT ssn, tel, pay FROM people
----
123-45-6789	555-0100	12.35

query TI
DECLARE @s dbo.ssn = '987-65-4321', @a amount = 1.005
SELECT @s, CASE WHEN @a = 1.01 THEN 1 ELSE 0 END
----
987-65-4321	1

statement ok
CREATE PROCEDURE show_ssn @s ssn, @p dbo.amount = 2.5 AS SELECT @s + '!', @p

query TTI
SELECT name, TYPE_NAME(system_type_id), max_length FROM sys.parameters WHERE object_id = OBJECT_ID('show_ssn') ORDER BY parameter_id
----
@s	varchar	11
@p	decimal	9

query TT
EXEC show_ssn '111-22-3333'
----
111-22-3333!	2.50

statement ok
CREATE FUNCTION dbo.twice (@a amount) RETURNS amount AS BEGIN RETURN @a * 2 END

query T
SELECT dbo.twice(1.25)
----
2.50

statement error 219
CREATE TYPE ssn FROM int
----
error 219: The type 'ssn' already exists, or you do not have permission to create it.

statement error 2715
CREATE TYPE dbo.nested FROM dbo.ssn
----
error 2715: Column, parameter, or variable #1: Cannot find data type dbo.ssn.

statement error 2715
DECLARE @x dbo.nosuch
----
error 2715: Column, parameter, or variable #1: Cannot find data type dbo.nosuch.

statement error 2715
CREATE TABLE t2 (a int, b nosuch)
----
error 2715: Column, parameter, or variable #2: Cannot find data type nosuch.

statement error 3732
DROP TYPE dbo.ssn
----
error 3732: Cannot drop type 'ssn' because it is being referenced by object 'people'. There may be other objects that reference this type.

statement error 218
DROP TYPE dbo.nosuch
----
error 218: Could not find the type 'dbo.nosuch'. Either it does not exist or you do not have the necessary permission.

statement ok
DROP TYPE IF EXISTS dbo.nosuch

query III
BEGIN TRY DROP TYPE nosuch END TRY BEGIN CATCH SELECT ERROR_NUMBER(), ERROR_SEVERITY(), ERROR_STATE() END CATCH
----
218	16	1

query III
BEGIN TRY DROP TYPE ssn END TRY BEGIN CATCH SELECT ERROR_NUMBER(), ERROR_SEVERITY(), ERROR_STATE() END CATCH
----
3732	16	1

query III
BEGIN TRY EXEC ('CREATE TYPE ssn FROM int') END TRY BEGIN CATCH SELECT ERROR_NUMBER(), ERROR_SEVERITY(), ERROR_STATE() END CATCH
----
219	16	1

statement error 3732
DROP TYPE amount
----
error 3732: Cannot drop type 'amount' because it is being referenced by object 'people'. There may be other objects that reference this type.

statement ok
DROP TABLE people

statement error 3732
DROP TYPE ssn
----
error 3732: Cannot drop type 'ssn' because it is being referenced by object 'show_ssn'. There may be other objects that reference this type.

statement ok
DROP PROCEDURE show_ssn

statement error 3732
DROP TYPE amount
----
error 3732: Cannot drop type 'amount' because it is being referenced by object 'twice'. There may be other objects that reference this type.

statement ok
DROP FUNCTION twice

statement ok
DROP TYPE ssn

statement ok
DROP TYPE dbo.amount

statement ok
DROP TYPE phone

query I
SELECT COUNT(*) FROM sys.types WHERE is_user_defined = 1
----
0

statement ok
BEGIN TRANSACTION
CREATE TYPE rolled FROM int
ROLLBACK

query T
SELECT TYPE_ID('rolled')
----
NULL

# A batch declaring a variable of an alias type sees the type as it is when the batch runs.
statement ok
CREATE TYPE dbo.code FROM varchar(3)

query T
DECLARE @c dbo.code = 'abcdef'
SELECT @c
----
abc

statement ok
DROP TYPE dbo.code
CREATE TYPE dbo.code FROM varchar(5)

query T
DECLARE @c dbo.code = 'abcdef'
SELECT @c
----
abcde

statement ok
DROP TYPE dbo.code

# ALTER COLUMN to an alias type takes the type's base (and nullability); a schema that still has a
# type cannot be dropped.
statement ok
CREATE TYPE dbo.short_name FROM nvarchar(10) NOT NULL
CREATE TABLE renamed (id int, label nvarchar(50))
INSERT INTO renamed VALUES (1, N'first')
ALTER TABLE renamed ALTER COLUMN label short_name

query TII
SELECT TYPE_NAME(user_type_id), max_length, is_nullable FROM sys.columns WHERE object_id = OBJECT_ID('renamed') AND name = 'label'
----
short_name	20	0

statement error 3732
DROP TYPE short_name
----
error 3732: Cannot drop type 'short_name' because it is being referenced by object 'renamed'. There may be other objects that reference this type.

statement ok
DROP TABLE renamed
DROP TYPE short_name

statement ok
CREATE SCHEMA hr
CREATE TYPE hr.badge FROM char(6)

statement error 3729
DROP SCHEMA hr
----
error 3729: Cannot drop schema 'hr' because it is being referenced by object 'badge'.

query T
SELECT TYPE_NAME(TYPE_ID('hr.badge'))
----
badge

statement ok
DROP TYPE hr.badge
DROP SCHEMA hr
