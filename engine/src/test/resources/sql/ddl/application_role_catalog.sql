# Application roles are catalog records like users: they survive a restart with their password.
# (Each block that activates the role leaves it in the same block: the context is the session's.)
statement ok
CREATE DATABASE approle_store;
USE approle_store;
CREATE TABLE dbo.t (id int);
INSERT INTO dbo.t VALUES (1);
CREATE APPLICATION ROLE stored_app WITH PASSWORD = 'St0red-app!', DEFAULT_SCHEMA = dbo;
CREATE ROLE stored_readers;
ALTER ROLE stored_readers ADD MEMBER stored_app;
GRANT SELECT ON dbo.t TO stored_readers

query TTT
USE approle_store;
SELECT p.name, p.type_desc, r.name FROM sys.database_principals p
JOIN sys.database_role_members m ON m.member_principal_id = p.principal_id
JOIN sys.database_principals r ON r.principal_id = m.role_principal_id WHERE p.name = 'stored_app'
----
! Changed database context to 'approle_store'.
stored_app	APPLICATION_ROLE	stored_readers

statement ok
USE approle_store;
ALTER APPLICATION ROLE stored_app WITH PASSWORD = 'N3w-stored-app!'

query TI
USE approle_store;
DECLARE @cookie varbinary(8000);
EXEC sp_setapprole 'stored_app', 'N3w-stored-app!', @fCreateCookie = true, @cookie = @cookie OUTPUT;
SELECT USER_NAME(), COUNT(*) FROM dbo.t;
EXEC sp_unsetapprole @cookie
----
! Changed database context to 'approle_store'.
stored_app	1

statement error 15161
USE approle_store;
EXEC sp_setapprole 'stored_app', 'St0red-app!'
----
! Changed database context to 'approle_store'.
error 15161: Cannot set application role 'stored_app' because it does not exist or the password is incorrect.
