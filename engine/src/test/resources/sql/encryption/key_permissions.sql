# no-restart (EXECUTE AS is the session's own state)
# Who may use the hierarchy: the master key statements need CONTROL on the database (db_owner);
# CREATE CERTIFICATE the CREATE CERTIFICATE permission, CREATE SYMMETRIC KEY ALTER ANY SYMMETRIC
# KEY; a key or certificate is dropped by whoever holds CONTROL on it (its owner, CONTROL on the
# database, or a grant on it), a key opened with some permission on it, by a certificate with
# CONTROL on the certificate; one the caller may not use looks like one that does not exist (15151).
statement ok
CREATE DATABASE kp;
CREATE LOGIN kira_kp WITH PASSWORD = 'P@ssw0rd-1';
CREATE LOGIN otto_kp WITH PASSWORD = 'P@ssw0rd-1';
USE kp;
CREATE USER kira FOR LOGIN kira_kp;
CREATE USER otto FOR LOGIN otto_kp;
CREATE MASTER KEY ENCRYPTION BY PASSWORD = 'Kp!Master1';
CREATE CERTIFICATE dbo_cert WITH SUBJECT = 'owned by dbo';
CREATE SYMMETRIC KEY dbo_key WITH ALGORITHM = AES_256 ENCRYPTION BY CERTIFICATE dbo_cert

statement ok
EXECUTE AS USER = 'kira'

statement error 262
CREATE CERTIFICATE kira_cert ENCRYPTION BY PASSWORD = 'Kira!Cert1' WITH SUBJECT = 'kira'

statement error 262
CREATE SYMMETRIC KEY kira_key WITH ALGORITHM = AES_128 ENCRYPTION BY PASSWORD = 'Kira!Key1'

statement error 262
OPEN MASTER KEY DECRYPTION BY PASSWORD = 'Kp!Master1'

statement error 15151
OPEN SYMMETRIC KEY dbo_key DECRYPTION BY CERTIFICATE dbo_cert
----
error 15151: Cannot find the symmetric key 'dbo_key', because it does not exist or you do not have permission.

statement error 15151
DROP CERTIFICATE dbo_cert

# Without CONTROL on the certificate its private key is not used: NULL.
query T
SELECT DECRYPTBYCERT(CERT_ID('dbo_cert'), ENCRYPTBYCERT(CERT_ID('dbo_cert'), 'x'))
----
NULL

statement ok
REVERT;
GRANT CREATE CERTIFICATE TO kira;
GRANT ALTER ANY SYMMETRIC KEY TO kira

query TT rowsort
SELECT permission_name, type FROM sys.database_permissions WHERE grantee_principal_id = USER_ID('kira')
----
ALTER ANY SYMMETRIC KEY	ALSK
CREATE CERTIFICATE	CRCF

statement ok
EXECUTE AS USER = 'kira'

statement ok
CREATE CERTIFICATE kira_cert ENCRYPTION BY PASSWORD = 'Kira!Cert1' WITH SUBJECT = 'kira'

statement ok
CREATE SYMMETRIC KEY kira_key WITH ALGORITHM = AES_128 ENCRYPTION BY CERTIFICATE kira_cert

statement ok
OPEN SYMMETRIC KEY kira_key DECRYPTION BY CERTIFICATE kira_cert WITH PASSWORD = 'Kira!Cert1'

# ALTER ANY SYMMETRIC KEY opens any key, but decrypting by a certificate needs CONTROL on it.
statement error 15151
OPEN SYMMETRIC KEY dbo_key DECRYPTION BY CERTIFICATE dbo_cert
----
error 15151: Cannot find the certificate 'dbo_cert', because it does not exist or you do not have permission.

query TT rowsort
SELECT key_name, CAST(DECRYPTBYKEY(ENCRYPTBYKEY(KEY_GUID(key_name), 'kira''s text')) AS varchar(20)) FROM sys.openkeys
----
kira_key	kira's text

query T
SELECT CAST(DECRYPTBYCERT(CERT_ID('kira_cert'), ENCRYPTBYCERT(CERT_ID('kira_cert'), 'mine'), 'Kira!Cert1') AS varchar(10))
----
mine

statement ok
REVERT;
CLOSE ALL SYMMETRIC KEYS

query TTT rowsort
SELECT k.name, USER_NAME(k.principal_id), 'key' FROM sys.symmetric_keys k WHERE k.name LIKE '%key'
UNION ALL SELECT c.name, USER_NAME(c.principal_id), 'cert' FROM sys.certificates c
----
dbo_cert	dbo	cert
dbo_key	dbo	key
kira_cert	kira	cert
kira_key	kira	key

# otto owns nothing and holds nothing.
statement ok
EXECUTE AS USER = 'otto'

statement error 15151
DROP SYMMETRIC KEY kira_key

statement error 15151
OPEN SYMMETRIC KEY kira_key DECRYPTION BY CERTIFICATE kira_cert WITH PASSWORD = 'Kira!Cert1'

statement ok
REVERT

# Grants on one key or certificate: some permission on the key opens it, CONTROL on the
# certificate decrypts by it; a DENY of VIEW DEFINITION on the key wins.
statement ok
GRANT VIEW DEFINITION ON SYMMETRIC KEY::dbo_key TO otto;
GRANT CONTROL ON CERTIFICATE::dbo_cert TO otto

query ITTTT rowsort
SELECT class, class_desc, COALESCE(KEY_NAME(KEY_GUID((SELECT name FROM sys.symmetric_keys WHERE symmetric_key_id = major_id
  AND class = 24))), (SELECT name FROM sys.certificates WHERE certificate_id = major_id AND class = 25)),
  permission_name, state_desc
FROM sys.database_permissions WHERE grantee_principal_id = USER_ID('otto')
----
24	SYMMETRIC_KEYS	dbo_key	VIEW DEFINITION	GRANT
25	CERTIFICATE	dbo_cert	CONTROL	GRANT

statement error 102
GRANT SELECT ON SYMMETRIC KEY::dbo_key TO otto

statement error 15151
GRANT CONTROL ON CERTIFICATE::no_such_cert TO otto
----
error 15151: Cannot find the certificate 'no_such_cert', because it does not exist or you do not have permission.

query T
EXECUTE AS USER = 'otto';
OPEN SYMMETRIC KEY dbo_key DECRYPTION BY CERTIFICATE dbo_cert;
SELECT CAST(DECRYPTBYKEY(ENCRYPTBYKEY(KEY_GUID('dbo_key'), 'otto may')) AS varchar(10));
CLOSE ALL SYMMETRIC KEYS;
REVERT
----
otto may

# Without CONTROL on the certificate the key does not open by it.
statement error 15151
REVOKE CONTROL ON CERTIFICATE::dbo_cert FROM otto;
EXECUTE AS USER = 'otto';
OPEN SYMMETRIC KEY dbo_key DECRYPTION BY CERTIFICATE dbo_cert
----
error 15151: Cannot find the certificate 'dbo_cert', because it does not exist or you do not have permission.

statement ok
REVERT;
GRANT CONTROL ON CERTIFICATE::dbo_cert TO otto;
DENY VIEW DEFINITION ON SYMMETRIC KEY::dbo_key TO otto

statement error 15151
EXECUTE AS USER = 'otto';
OPEN SYMMETRIC KEY dbo_key DECRYPTION BY CERTIFICATE dbo_cert

statement ok
REVERT

# Dropping a key or certificate drops the permissions on it.
statement ok
CREATE CERTIFICATE short_lived ENCRYPTION BY PASSWORD = 'Short!Lived1' WITH SUBJECT = 'short';
GRANT VIEW DEFINITION ON CERTIFICATE::short_lived TO otto;
DROP CERTIFICATE short_lived

query I
SELECT COUNT(*) FROM sys.database_permissions WHERE class = 25 AND grantee_principal_id = USER_ID('otto')
----
1

# AUTHORIZATION gives a new key to another user, who may then drop it.
statement ok
CREATE SYMMETRIC KEY otto_key AUTHORIZATION otto WITH ALGORITHM = AES_256 ENCRYPTION BY PASSWORD = 'Otto!Key1'

statement ok
EXECUTE AS USER = 'otto';
DROP SYMMETRIC KEY otto_key;
REVERT

statement error 15151
CREATE SYMMETRIC KEY nobody_key AUTHORIZATION nobody WITH ALGORITHM = AES_256 ENCRYPTION BY PASSWORD = 'x'
