# no-restart (EXECUTE AS is the session's own state)
# Disabling an index that foreign keys of other tables use needs ALTER on those tables too: 1971
# for a unique index, 1991 for a clustered one, and nothing is disabled.
statement ok
CREATE DATABASE dperm;
CREATE LOGIN dperm_clerk WITH PASSWORD = 'P@ssw0rd-1';
USE dperm;
CREATE USER dperm_clerk FOR LOGIN dperm_clerk;
EXEC ('CREATE SCHEMA mine');
EXEC ('CREATE SCHEMA theirs');
CREATE TABLE mine.p (id int CONSTRAINT pk_p PRIMARY KEY, code int CONSTRAINT uq_p_code UNIQUE);
CREATE TABLE theirs.c (id int PRIMARY KEY, code int CONSTRAINT fk_c_code REFERENCES mine.p (code));
CREATE TABLE theirs.d (id int PRIMARY KEY, pid int CONSTRAINT fk_d_p REFERENCES mine.p (id));
GRANT ALTER ON SCHEMA::mine TO dperm_clerk;
GRANT VIEW DEFINITION ON SCHEMA::mine TO dperm_clerk;
EXECUTE AS USER = 'dperm_clerk'
----
! Changed database context to 'dperm'.

statement error 1971
ALTER INDEX uq_p_code ON mine.p DISABLE
----
error 1971: Cannot disable index 'uq_p_code' on table 'p'. Permission denied to disable foreign key 'fk_c_code' on table 'c' that uses this index.

statement error 1991
ALTER INDEX pk_p ON mine.p DISABLE
----
error 1991: Cannot disable clustered index 'pk_p' on table 'p'. Permission denied to disable foreign key 'fk_c_code' on table 'c' that references this table.

statement ok
REVERT

query TI
SELECT name, is_disabled FROM sys.indexes WHERE object_id = OBJECT_ID('mine.p') ORDER BY index_id
----
pk_p	0
uq_p_code	0

statement ok
GRANT ALTER ON SCHEMA::theirs TO dperm_clerk;
EXECUTE AS USER = 'dperm_clerk'

query T
ALTER INDEX uq_p_code ON mine.p DISABLE
----
! Warning: Foreign key 'fk_c_code' on table 'c' referencing table 'p' was disabled as a result of disabling the index 'uq_p_code'.

statement ok
REVERT;
USE master
----
! Changed database context to 'master'.
