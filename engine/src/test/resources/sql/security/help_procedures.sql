# no-restart (EXECUTE AS is the session's own state)
# The reports on principals: sp_helpuser, sp_helprole, sp_helprolemember, sp_helpsrvrole,
# sp_helpsrvrolemember, sp_helplogins, sp_helprotect.
statement ok
CREATE DATABASE shop;
CREATE LOGIN dora WITH PASSWORD = 'P@ssw0rd-1', DEFAULT_DATABASE = shop;
CREATE LOGIN eli WITH PASSWORD = 'P@ssw0rd-1';
ALTER SERVER ROLE dbcreator ADD MEMBER eli

statement ok
USE shop;
CREATE USER dora FOR LOGIN dora WITH DEFAULT_SCHEMA = sales;
CREATE USER eli FOR LOGIN eli;
CREATE USER ghost WITHOUT LOGIN;
CREATE ROLE buyers;
CREATE APPLICATION ROLE till WITH PASSWORD = 'T1ll-r0le!';
ALTER ROLE buyers ADD MEMBER dora;
ALTER ROLE db_datareader ADD MEMBER dora;
ALTER ROLE db_datareader ADD MEMBER buyers

query TTTTTTT
EXEC sp_helpuser
----
dbo	db_owner	sa	master	dbo	1         	0x01
dora	buyers	dora	shop	sales	5         	0x00000100
dora	db_datareader	dora	shop	sales	5         	0x00000100
eli	public	eli	master	dbo	6         	0x00000101
ghost	public	NULL	NULL	dbo	7         	NULL
guest	public	NULL	NULL	guest	2         	NULL
INFORMATION_SCHEMA	public	NULL	NULL	NULL	3         	NULL
sys	public	NULL	NULL	NULL	4         	NULL
till	public	NULL	NULL	dbo	9         	NULL

query TTTTTTT
EXEC sp_helpuser 'eli'
----
eli	public	eli	master	dbo	6         	0x00000101

query TITI
EXEC sp_helpuser @name_in_db = 'db_datareader'
----
db_datareader	16390	buyers	8
db_datareader	16390	dora	5

statement error 15198
EXEC sp_helpuser 'nobody'
----
error 15198: The name supplied (nobody) is not a user, role, or aliased login.

query TII rowsort
EXEC sp_helprole
----
buyers	8	0
db_accessadmin	16385	0
db_backupoperator	16389	0
db_datareader	16390	0
db_datawriter	16391	0
db_ddladmin	16387	0
db_denydatareader	16392	0
db_denydatawriter	16393	0
db_owner	16384	0
db_securityadmin	16386	0
public	0	0
till	9	1

statement error 15409
EXEC sp_helprole 'nosuchrole'
----
error 15409: 'nosuchrole' is not a role.

query TTT
EXEC sp_helprolemember 'db_datareader'
----
db_datareader	buyers	NULL
db_datareader	dora	0x00000100

query TTT rowsort
EXEC sp_helprolemember
----
buyers	dora	0x00000100
db_datareader	buyers	NULL
db_datareader	dora	0x00000100
db_owner	dbo	0x01

query TT
EXEC sp_helpsrvrole 'dbcreator'
----
dbcreator	Database Creators

query TT rowsort
EXEC sp_helpsrvrole
----
bulkadmin	Bulk Insert Administrators
dbcreator	Database Creators
diskadmin	Disk Administrators
processadmin	Process Administrators
securityadmin	Security Administrators
serveradmin	Server Administrators
setupadmin	Setup Administrators
sysadmin	System Administrators

statement error 15412
EXEC sp_helpsrvrole 'public'
----
error 15412: 'public' is not a known fixed role.

query TTT rowsort
EXEC sp_helpsrvrolemember
----
dbcreator	eli	0x00000101
sysadmin	sa	0x01

# Two result sets: the login, then its users and roles (the header counts the last one's columns).
query TTTT
EXEC sp_helplogins 'dora'
----
dora	0x00000100	shop	us_english	yes  	no     
dora	shop	dora	User    
dora	shop	buyers	MemberOf
dora	shop	db_datareader	MemberOf

statement error 15007
EXEC sp_helplogins 'nobody'
----
error 15007: 'nobody' is not a valid login or you do not have permission.

statement ok
EXECUTE AS LOGIN = 'eli'

statement error 15247
EXEC sp_helplogins
----
error 15247: User does not have permission to perform this action.

statement ok
REVERT

# sp_helprotect: object and statement permissions, as SQL Server words them.
statement ok
CREATE PROCEDURE dbo.restock AS SELECT 1

statement ok
CREATE TABLE dbo.items (id int, price money, secret int);
GRANT SELECT ON dbo.items TO buyers;
GRANT UPDATE (price) ON dbo.items TO dora;
DENY SELECT (secret) ON dbo.items TO dora;
GRANT EXECUTE ON dbo.restock TO eli WITH GRANT OPTION;
GRANT CREATE TABLE TO eli;
GRANT VIEW DEFINITION TO ghost;
GRANT CREATE VIEW TO ghost;
GRANT SELECT ON dbo.items TO ghost;
GRANT SELECT (secret) ON dbo.items TO ghost WITH GRANT OPTION

statement ok
CREATE VIEW dbo.v_items AS SELECT id FROM dbo.items

statement ok
GRANT SELECT ON dbo.v_items TO buyers;
GRANT ALTER ON dbo.v_items TO dora

query TTTTTTT
EXEC sp_helprotect
----
dbo	items	buyers	dbo	Grant     	Select	(All+New)
dbo	items	dora	dbo	Deny      	Select	secret
dbo	items	dora	dbo	Grant     	Update	price
dbo	items	ghost	dbo	Grant     	Select	(New)
dbo	items	ghost	dbo	Grant     	Select	id
dbo	items	ghost	dbo	Grant     	Select	price
dbo	items	ghost	dbo	Grant_WGO 	Select	secret
dbo	restock	eli	dbo	Grant_WGO 	Execute	.
dbo	v_items	buyers	dbo	Grant     	Select	(All)
dbo	v_items	dora	dbo	Grant     	ALTER	.
.	.	eli	dbo	Grant     	Create Table	.
.	.	ghost	dbo	Grant     	Create View	.
.	.	ghost	dbo	Grant     	VIEW DEFINITION	.

query TTTTTTT
EXEC sp_helprotect 'dbo.items', 'dora'
----
dbo	items	dora	dbo	Deny      	Select	secret
dbo	items	dora	dbo	Grant     	Update	price

query TTTTTTT
EXEC sp_helprotect @permissionarea = 's'
----
.	.	eli	dbo	Grant     	Create Table	.
.	.	ghost	dbo	Grant     	Create View	.
.	.	ghost	dbo	Grant     	VIEW DEFINITION	.

query TTTTTTT
EXEC sp_helprotect 'CREATE TABLE'
----
.	.	eli	dbo	Grant     	Create Table	.

statement error 15330
EXEC sp_helprotect 'dbo.items', 'eli'
----
error 15330: There are no matching rows on which to report.

statement error 15330
EXEC sp_helprotect NULL, 'nobody'
----
error 15330: There are no matching rows on which to report.
