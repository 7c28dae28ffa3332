# sys.server_principals, sys.sql_logins, sys.database_principals and the security functions:
# SSMS's Security node, sqlcmd scripts and ORMs' permission probes.
query TITTIIT
SELECT name, principal_id, sid, type, is_fixed_role, owning_principal_id, default_database_name
FROM sys.server_principals ORDER BY principal_id
----
sa	1	0x01	S	0	NULL	master
public	2	0x02	R	0	1	NULL
sysadmin	3	0x03	R	1	1	NULL
securityadmin	4	0x04	R	1	1	NULL
serveradmin	5	0x05	R	1	1	NULL
setupadmin	6	0x06	R	1	1	NULL
processadmin	7	0x07	R	1	1	NULL
diskadmin	8	0x08	R	1	1	NULL
dbcreator	9	0x09	R	1	1	NULL
bulkadmin	10	0x0A	R	1	1	NULL

query TTT
SELECT name, type_desc, CONVERT(varchar(23), create_date, 121) FROM sys.sql_logins
----
sa	SQL_LOGIN	2003-04-08 09:10:35.460

describe
SELECT * FROM sys.sql_logins
----
name	nvarchar(128)	NOT NULL
principal_id	int	NOT NULL
sid	varbinary(85)	NULL
type	char(1)	NOT NULL
type_desc	nvarchar(60)	NULL
is_disabled	int	NULL
create_date	datetime	NOT NULL
modify_date	datetime	NOT NULL
default_database_name	nvarchar(128)	NULL
default_language_name	nvarchar(128)	NULL
credential_id	int	NULL
owning_principal_id	int	NULL
is_fixed_role	bit	NOT NULL
is_policy_checked	bit	NULL
is_expiration_checked	bit	NULL
password_hash	varbinary(256)	NULL

query TITTTIT
SELECT name, principal_id, type, type_desc, default_schema_name, is_fixed_role, authentication_type_desc
FROM sys.database_principals ORDER BY principal_id
----
public	0	R	DATABASE_ROLE	NULL	0	NONE
dbo	1	S	SQL_USER	dbo	0	INSTANCE
guest	2	S	SQL_USER	guest	0	NONE
INFORMATION_SCHEMA	3	S	SQL_USER	NULL	0	NONE
sys	4	S	SQL_USER	NULL	0	NONE
db_owner	16384	R	DATABASE_ROLE	NULL	1	NONE
db_accessadmin	16385	R	DATABASE_ROLE	NULL	1	NONE
db_securityadmin	16386	R	DATABASE_ROLE	NULL	1	NONE
db_ddladmin	16387	R	DATABASE_ROLE	NULL	1	NONE
db_backupoperator	16389	R	DATABASE_ROLE	NULL	1	NONE
db_datareader	16390	R	DATABASE_ROLE	NULL	1	NONE
db_datawriter	16391	R	DATABASE_ROLE	NULL	1	NONE
db_denydatareader	16392	R	DATABASE_ROLE	NULL	1	NONE
db_denydatawriter	16393	R	DATABASE_ROLE	NULL	1	NONE

query TT
SELECT CONVERT(varchar(10), sid, 1), SUSER_SNAME(sid) FROM sys.database_principals WHERE name IN ('dbo', 'guest') ORDER BY principal_id
----
0x01	sa
0x00	NULL

# The database user of a login, the way SSMS joins them.
query TT
SELECT sp.name, dp.name FROM sys.server_principals AS sp JOIN sys.database_principals AS dp ON dp.sid = sp.sid
----
sa	dbo

describe
SELECT * FROM sys.database_principals
----
name	nvarchar(128)	NOT NULL
principal_id	int	NOT NULL
type	char(1)	NOT NULL
type_desc	nvarchar(60)	NULL
default_schema_name	nvarchar(128)	NULL
create_date	datetime	NOT NULL
modify_date	datetime	NOT NULL
owning_principal_id	int	NULL
sid	varbinary(85)	NULL
is_fixed_role	bit	NOT NULL
authentication_type	int	NOT NULL
authentication_type_desc	nvarchar(60)	NULL
default_language_name	nvarchar(128)	NULL
default_language_lcid	int	NULL
allow_encrypted_value_modifications	bit	NOT NULL

query TTTIII
SELECT SUSER_SNAME(), SUSER_NAME(), USER_NAME(), SUSER_ID(), USER_ID(), DATABASE_PRINCIPAL_ID()
----
sa	sa	dbo	1	1	1

query TTTT
SELECT USER_NAME(0), USER_NAME(16390), SUSER_NAME(3), SUSER_SNAME(0x01)
----
public	db_datareader	sysadmin	sa

query IIIII
SELECT DATABASE_PRINCIPAL_ID('db_owner'), DATABASE_PRINCIPAL_ID('guest'), DATABASE_PRINCIPAL_ID('public'),
  SUSER_ID('sysadmin'), USER_ID('INFORMATION_SCHEMA')
----
16384	2	0	3	3

query TT
SELECT DATABASE_PRINCIPAL_ID('nobody'), SUSER_ID('nobody')
----
NULL	NULL

# sa is dbo: in db_owner and public, in no other fixed database role; NULL for what is no role.
query IIIII
SELECT IS_MEMBER('db_owner'), IS_MEMBER('public'), IS_MEMBER('db_datareader'), IS_MEMBER('nobody'), IS_MEMBER('dbo')
----
1	1	0	NULL	NULL

query IIII
SELECT IS_SRVROLEMEMBER('sysadmin'), IS_SRVROLEMEMBER('dbcreator'), IS_SRVROLEMEMBER('public'), IS_SRVROLEMEMBER('sa')
----
1	1	1	NULL

query TI
SELECT name, IS_MEMBER(name) FROM sys.database_principals WHERE type = 'R' ORDER BY principal_id
----
public	1
db_owner	1
db_accessadmin	0
db_securityadmin	0
db_ddladmin	0
db_backupoperator	0
db_datareader	0
db_datawriter	0
db_denydatareader	0
db_denydatawriter	0
