# no-restart: open keys belong to the session, and each block of a restart run has a new one
# CREATE / OPEN / CLOSE / DROP SYMMETRIC KEY, protected by a certificate, a password or another
# symmetric key; ENCRYPTBYKEY gives NULL while the key is not open, DECRYPTBYKEY finds any open key
# by the GUID in the message.
statement ok
CREATE MASTER KEY ENCRYPTION BY PASSWORD = 'Mk!Passw0rd'

statement ok
CREATE CERTIFICATE Sales09 WITH SUBJECT = 'Customer Credit Card Numbers'

statement ok
CREATE SYMMETRIC KEY CreditCards_Key11 WITH ALGORITHM = AES_256 ENCRYPTION BY CERTIFICATE Sales09

statement ok
CREATE SYMMETRIC KEY pw_key WITH ALGORITHM = AES_128 ENCRYPTION BY PASSWORD = 'Key!Passw0rd'

statement ok
CREATE SYMMETRIC KEY des_key WITH ALGORITHM = TRIPLE_DES_3KEY ENCRYPTION BY PASSWORD = 'Key!Passw0rd', CERTIFICATE Sales09

statement error 15282
CREATE SYMMETRIC KEY pw_key WITH ALGORITHM = AES_256 ENCRYPTION BY PASSWORD = 'x'
----
error 15282: A key with name 'pw_key' or user defined unique identifier already exists or you do not have permissions to create it.

statement error 15314
CREATE SYMMETRIC KEY rc4_key WITH ALGORITHM = RC4 ENCRYPTION BY PASSWORD = 'x'

statement error 15151
CREATE SYMMETRIC KEY orphan WITH ALGORITHM = AES_256 ENCRYPTION BY CERTIFICATE no_such_cert
----
error 15151: Cannot find the certificate 'no_such_cert', because it does not exist or you do not have permission.

# A key encrypted by a symmetric key needs that key open when it is made.
statement error 15315
CREATE SYMMETRIC KEY nested WITH ALGORITHM = AES_192 ENCRYPTION BY SYMMETRIC KEY pw_key
----
error 15315: The key 'pw_key' is not open. Please open the key before using it.

query TIIITTI rowsort
SELECT name, principal_id, symmetric_key_id, key_length, key_algorithm, algorithm_desc,
  CASE WHEN key_guid = KEY_GUID(name) THEN 1 ELSE 0 END
FROM sys.symmetric_keys
----
##MS_DatabaseMasterKey##	1	101	256	A3	AES_256	1
CreditCards_Key11	1	257	256	A3	AES_256	1
des_key	1	259	192	DT	TRIPLE_DES_3KEY	1
pw_key	1	258	128	A1	AES_128	1

query TTTI rowsort
SELECT k.name, e.crypt_type, e.crypt_type_desc,
  CASE WHEN e.thumbprint = c.thumbprint THEN 1 WHEN e.thumbprint IS NULL THEN 0 ELSE -1 END
FROM sys.key_encryptions e JOIN sys.symmetric_keys k ON k.symmetric_key_id = e.key_id
LEFT JOIN sys.certificates c ON c.name = 'Sales09'
WHERE k.symmetric_key_id > 101
----
CreditCards_Key11	ESUC	ENCRYPTION BY CERTIFICATE	1
des_key	ESKP	ENCRYPTION BY PASSWORD	0
des_key	ESUC	ENCRYPTION BY CERTIFICATE	1
pw_key	ESKP	ENCRYPTION BY PASSWORD	0

query IIT
SELECT KEY_ID('pw_key'), KEY_ID('no_such_key'), KEY_NAME(KEY_GUID('pw_key'))
----
258	NULL	pw_key

# Not open: ENCRYPTBYKEY gives NULL, no error.
query TI
SELECT ENCRYPTBYKEY(KEY_GUID('CreditCards_Key11'), 'not yet'), (SELECT COUNT(*) FROM sys.openkeys)
----
NULL	0

statement error 15313
OPEN SYMMETRIC KEY pw_key DECRYPTION BY PASSWORD = 'wrong'
----
error 15313: The key is not encrypted using the specified decryptor.

statement error 15313
OPEN SYMMETRIC KEY pw_key DECRYPTION BY CERTIFICATE Sales09

statement error 15397
OPEN SYMMETRIC KEY CreditCards_Key11 DECRYPTION BY CERTIFICATE Sales09 WITH PASSWORD = 'not needed'
----
error 15397: The certificate is not protected by a password. A decryption password cannot be used for this operation.

statement error 15151
OPEN SYMMETRIC KEY no_such_key DECRYPTION BY PASSWORD = 'x'
----
error 15151: Cannot find the symmetric key 'no_such_key', because it does not exist or you do not have permission.

statement ok
OPEN SYMMETRIC KEY CreditCards_Key11 DECRYPTION BY CERTIFICATE Sales09

statement ok
OPEN SYMMETRIC KEY pw_key DECRYPTION BY PASSWORD = 'Key!Passw0rd'

query ITITI rowsort
SELECT database_id, database_name, key_id, key_name, CASE WHEN key_guid = KEY_GUID(key_name) THEN status END FROM sys.openkeys
----
1	master	257	CreditCards_Key11	1
1	master	258	pw_key	1

# Opening an open key again checks the decryptor all the same.
statement error 15313
OPEN SYMMETRIC KEY pw_key DECRYPTION BY PASSWORD = 'wrong'

statement ok
OPEN SYMMETRIC KEY pw_key DECRYPTION BY PASSWORD = 'Key!Passw0rd'

# The message: key GUID, version 1 and three zero bytes, a 16-byte IV, the AES encryption of
# 8 header bytes and the text (so 'abc' takes one block).
query TTII
SELECT CASE WHEN CAST(SUBSTRING(ENCRYPTBYKEY(KEY_GUID('pw_key'), 'abc'), 1, 16) AS uniqueidentifier) = KEY_GUID('pw_key') THEN 1 END,
  SUBSTRING(ENCRYPTBYKEY(KEY_GUID('pw_key'), 'abc'), 17, 4),
  DATALENGTH(ENCRYPTBYKEY(KEY_GUID('pw_key'), 'abc')),
  DATALENGTH(ENCRYPTBYKEY(KEY_GUID('pw_key'), REPLICATE('a', 9)))
----
1	0x01000000	52	68

# Triple DES has an 8-byte IV and block: 20 + 8 + 16.
statement ok
OPEN SYMMETRIC KEY des_key DECRYPTION BY PASSWORD = 'Key!Passw0rd'

query IT
SELECT DATALENGTH(ENCRYPTBYKEY(KEY_GUID('des_key'), 'abc')),
  CAST(DECRYPTBYKEY(ENCRYPTBYKEY(KEY_GUID('des_key'), 'three des')) AS varchar(20))
----
44	three des

# A key under a symmetric key: made and opened while pw_key is open.
statement ok
CREATE SYMMETRIC KEY nested WITH ALGORITHM = AES_192 ENCRYPTION BY SYMMETRIC KEY pw_key

query TTT
SELECT e.crypt_type, e.crypt_type_desc, CASE WHEN e.thumbprint = CAST(KEY_GUID('pw_key') AS varbinary(16)) THEN 'pw_key' END
FROM sys.key_encryptions e WHERE e.key_id = KEY_ID('nested')
----
ESKS	ENCRYPTION BY SYMMETRIC KEY	pw_key

statement error 15352
DROP SYMMETRIC KEY pw_key
----
error 15352: The symmetric key cannot be dropped because one or more entities are either signed or encrypted using it.

statement ok
CLOSE SYMMETRIC KEY pw_key

statement error 15315
OPEN SYMMETRIC KEY nested DECRYPTION BY SYMMETRIC KEY pw_key

statement ok
OPEN SYMMETRIC KEY pw_key DECRYPTION BY PASSWORD = 'Key!Passw0rd';
OPEN SYMMETRIC KEY nested DECRYPTION BY SYMMETRIC KEY pw_key

query T
SELECT CAST(DECRYPTBYKEY(ENCRYPTBYKEY(KEY_GUID('nested'), N'nested text')) AS nvarchar(20))
----
nested text

# Open keys survive a rollback, as in SQL Server.
statement ok
BEGIN TRANSACTION;
CLOSE ALL SYMMETRIC KEYS;
OPEN SYMMETRIC KEY pw_key DECRYPTION BY PASSWORD = 'Key!Passw0rd';
ROLLBACK

query T
SELECT key_name FROM sys.openkeys
----
pw_key

statement ok
CLOSE ALL SYMMETRIC KEYS

query I
SELECT COUNT(*) FROM sys.openkeys
----
0

# Closing a key that is not open is no error; one that does not exist is.
statement ok
CLOSE SYMMETRIC KEY pw_key

statement error 15151
CLOSE SYMMETRIC KEY no_such_key

statement ok
DROP SYMMETRIC KEY nested

statement ok
DROP SYMMETRIC KEY pw_key

statement error 15151
DROP SYMMETRIC KEY pw_key
----
error 15151: Cannot drop the symmetric key 'pw_key', because it does not exist or you do not have permission.

# ALTER SYMMETRIC KEY … ADD / DROP ENCRYPTION BY: a key protected by a password moves under a
# certificate (the key must be open to add one).
statement ok
CREATE SYMMETRIC KEY rotated WITH ALGORITHM = AES_256 ENCRYPTION BY PASSWORD = 'Rotate!1'

statement error 15315
ALTER SYMMETRIC KEY rotated ADD ENCRYPTION BY CERTIFICATE Sales09

statement ok
OPEN SYMMETRIC KEY rotated DECRYPTION BY PASSWORD = 'Rotate!1';
ALTER SYMMETRIC KEY rotated ADD ENCRYPTION BY CERTIFICATE Sales09;
CLOSE SYMMETRIC KEY rotated

statement error 15579
OPEN SYMMETRIC KEY rotated DECRYPTION BY CERTIFICATE Sales09;
ALTER SYMMETRIC KEY rotated ADD ENCRYPTION BY CERTIFICATE Sales09
----
error 15579: Adding an encryption to the symmetric key failed. An encryption by the same certificate 'Sales09' may already exist.

statement error 15313
ALTER SYMMETRIC KEY rotated DROP ENCRYPTION BY PASSWORD = 'not it'

statement ok
ALTER SYMMETRIC KEY rotated DROP ENCRYPTION BY PASSWORD = 'Rotate!1';
CLOSE ALL SYMMETRIC KEYS

query TT
SELECT e.crypt_type, CASE WHEN k.modify_date >= k.create_date THEN 'modified' END
FROM sys.key_encryptions e JOIN sys.symmetric_keys k ON k.symmetric_key_id = e.key_id WHERE k.name = 'rotated'
----
ESUC	modified

statement error 15313
OPEN SYMMETRIC KEY rotated DECRYPTION BY PASSWORD = 'Rotate!1'

statement error 15558
ALTER SYMMETRIC KEY rotated DROP ENCRYPTION BY CERTIFICATE Sales09
----
error 15558: Cannot drop encryption by certificate 'Sales09'.

statement ok
OPEN SYMMETRIC KEY rotated DECRYPTION BY CERTIFICATE Sales09;
CLOSE ALL SYMMETRIC KEYS;
DROP SYMMETRIC KEY rotated

# KEY_SOURCE and IDENTITY_VALUE derive the key and its GUID: two keys from the same phrases, in two
# databases, decrypt each other's data.
statement ok
CREATE SYMMETRIC KEY derived WITH ALGORITHM = AES_256, KEY_SOURCE = 'A pass phrase for the key',
  IDENTITY_VALUE = 'An identity phrase' ENCRYPTION BY PASSWORD = 'Derived!1'

statement ok
CREATE DATABASE keys_other

statement ok
USE keys_other;
CREATE SYMMETRIC KEY derived_too WITH ALGORITHM = AES_256, KEY_SOURCE = 'A pass phrase for the key',
  IDENTITY_VALUE = 'An identity phrase' ENCRYPTION BY PASSWORD = 'Other!1';
OPEN SYMMETRIC KEY derived_too DECRYPTION BY PASSWORD = 'Other!1'

statement error 15282
CREATE SYMMETRIC KEY same_guid WITH ALGORITHM = AES_128, IDENTITY_VALUE = 'An identity phrase'
  ENCRYPTION BY PASSWORD = 'x'

statement ok
CREATE TABLE moved (v varbinary(200));
INSERT INTO moved VALUES (ENCRYPTBYKEY(KEY_GUID('derived_too'), 'travels between databases'));
CLOSE ALL SYMMETRIC KEYS

statement ok
USE master;
OPEN SYMMETRIC KEY derived DECRYPTION BY PASSWORD = 'Derived!1'

query TT
SELECT CAST(DECRYPTBYKEY(v) AS varchar(40)), KEY_NAME(v) FROM keys_other.dbo.moved
----
travels between databases	derived

# Keys opened in a database that is dropped are closed with it.
statement ok
USE keys_other;
OPEN SYMMETRIC KEY derived_too DECRYPTION BY PASSWORD = 'Other!1';
USE master;
DROP DATABASE keys_other

query T
SELECT key_name FROM sys.openkeys
----
derived

statement ok
CLOSE ALL SYMMETRIC KEYS

# Keys are gone with their database; a rolled-back CREATE leaves nothing.
statement ok
BEGIN TRANSACTION;
CREATE SYMMETRIC KEY rolled_back WITH ALGORITHM = AES_256 ENCRYPTION BY PASSWORD = 'Rb!1';
ROLLBACK

query I
SELECT COUNT(*) FROM sys.symmetric_keys WHERE name = 'rolled_back'
----
0
