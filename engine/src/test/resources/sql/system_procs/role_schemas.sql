# The fixed database roles' schemas, which every database has (sys.schemas, SCHEMA_ID,
# INFORMATION_SCHEMA.SCHEMATA), and objects created in them.
query TII
SELECT name, schema_id, principal_id FROM sys.schemas WHERE schema_id >= 16384 ORDER BY schema_id
----
db_owner	16384	16384
db_accessadmin	16385	16385
db_securityadmin	16386	16386
db_ddladmin	16387	16387
db_backupoperator	16389	16389
db_datareader	16390	16390
db_datawriter	16391	16391
db_denydatareader	16392	16392
db_denydatawriter	16393	16393

query TTIT
SELECT SCHEMA_NAME(16384), SCHEMA_NAME(16393), SCHEMA_ID('db_datareader'), SCHEMA_OWNER
FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME = 'db_ddladmin'
----
db_owner	db_denydatawriter	16390	db_ddladmin

statement ok
BEGIN TRAN

statement ok
CREATE TABLE db_owner.rs_gone (a int)

statement ok
ROLLBACK

query I
SELECT COUNT(*) FROM sys.schemas WHERE name = 'db_owner'
----
1

statement ok
CREATE TABLE db_owner.rs_t (a int)

statement ok
CREATE VIEW db_owner.rs_v AS SELECT a FROM db_owner.rs_t

statement ok
INSERT INTO db_owner.rs_t VALUES (5)

query TTII
SELECT s.name, o.name, o.schema_id, s.principal_id FROM sys.objects o JOIN sys.schemas s ON s.schema_id = o.schema_id
WHERE o.name LIKE 'rs[_]%' ORDER BY o.name
----
db_owner	rs_t	16384	16384
db_owner	rs_v	16384	16384

query I
SELECT a FROM db_owner.rs_v
----
5

query I
SELECT COUNT(*) FROM sys.schemas WHERE name = 'db_owner'
----
1

query I
SELECT OBJECT_ID('db_owner.rs_t') - OBJECT_ID('[db_owner].[rs_t]')
----
0

statement error 2714
CREATE SCHEMA db_datareader
----
error 2714: There is already an object named 'db_datareader' in the database.

statement error 3701
DROP SCHEMA db_owner
----
error 3701: Cannot drop the schema 'db_owner', because it does not exist or you do not have permission.

statement ok
DROP VIEW db_owner.rs_v

statement ok
DROP TABLE db_owner.rs_t
