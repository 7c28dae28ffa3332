# no-restart: OPEN MASTER KEY belongs to the session, and each block of a restart run has a new one
# CREATE / ALTER / DROP / OPEN / CLOSE MASTER KEY: the database master key is stored encrypted by
# its password and by the service master key, never in clear; sys.symmetric_keys shows it as
# ##MS_DatabaseMasterKey## (id 101) and sys.key_encryptions its two encryptions.
query I
SELECT COUNT(*) FROM sys.symmetric_keys
----
0

statement error 15581
OPEN MASTER KEY DECRYPTION BY PASSWORD = 'Str0ng!Passw0rd'

statement error 15581
DROP MASTER KEY

statement ok
CREATE MASTER KEY ENCRYPTION BY PASSWORD = 'Str0ng!Passw0rd'

statement error 15578
CREATE MASTER KEY ENCRYPTION BY PASSWORD = 'another'

query TIIITTI
SELECT name, principal_id, symmetric_key_id, key_length, key_algorithm, algorithm_desc,
  CASE WHEN key_guid = KEY_GUID('##MS_DatabaseMasterKey##') THEN 1 ELSE 0 END
FROM sys.symmetric_keys
----
##MS_DatabaseMasterKey##	1	101	256	A3	AES_256	1

query ITTI
SELECT key_id, crypt_type, crypt_type_desc, CASE WHEN DATALENGTH(crypt_property) > 32 THEN 1 ELSE 0 END
FROM sys.key_encryptions ORDER BY crypt_type
----
101	ESKM	ENCRYPTION BY MASTER KEY	1
101	ESKP	ENCRYPTION BY PASSWORD	1

query IT
SELECT KEY_ID('##MS_DatabaseMasterKey##'), KEY_NAME(KEY_GUID('##MS_DatabaseMasterKey##'))
----
101	##MS_DatabaseMasterKey##

# A wrong password does not open it (15313); the right one does, and CLOSE closes it.
statement error 15313
OPEN MASTER KEY DECRYPTION BY PASSWORD = 'wrong'
----
error 15313: The key is not encrypted using the specified decryptor.

statement ok
OPEN MASTER KEY DECRYPTION BY PASSWORD = 'Str0ng!Passw0rd'

statement ok
CLOSE MASTER KEY

# A second password opens it too; dropping it again leaves the first.
statement ok
ALTER MASTER KEY ADD ENCRYPTION BY PASSWORD = 'Second!Pass1'

query I
SELECT COUNT(*) FROM sys.key_encryptions WHERE crypt_type = 'ESKP'
----
2

statement ok
OPEN MASTER KEY DECRYPTION BY PASSWORD = 'Second!Pass1'

statement ok
ALTER MASTER KEY DROP ENCRYPTION BY PASSWORD = 'Second!Pass1'

statement error 15313
OPEN MASTER KEY DECRYPTION BY PASSWORD = 'Second!Pass1'

# The last password encryption cannot go (decided: so a restored database can always be opened).
statement error 15313
ALTER MASTER KEY DROP ENCRYPTION BY PASSWORD = 'Str0ng!Passw0rd'

# Without the service master key's encryption the key opens only by password.
statement ok
ALTER MASTER KEY DROP ENCRYPTION BY SERVICE MASTER KEY

query I
SELECT COUNT(*) FROM sys.key_encryptions WHERE crypt_type = 'ESKM'
----
0

statement ok
CLOSE MASTER KEY

statement error 15581
ALTER MASTER KEY ADD ENCRYPTION BY SERVICE MASTER KEY

statement error 15581
CREATE CERTIFICATE needs_mk WITH SUBJECT = 'needs the master key'

statement error 15329
ALTER MASTER KEY REGENERATE WITH ENCRYPTION BY PASSWORD = 'Regen3rated!'

statement ok
OPEN MASTER KEY DECRYPTION BY PASSWORD = 'Str0ng!Passw0rd'

statement ok
ALTER MASTER KEY ADD ENCRYPTION BY SERVICE MASTER KEY

statement ok
CLOSE MASTER KEY

# Opened by the service master key, the master key protects a new certificate's private key.
statement ok
CREATE CERTIFICATE by_mk WITH SUBJECT = 'by the master key'

# REGENERATE makes a new key and encrypts the private keys it protects again.
statement ok
ALTER MASTER KEY REGENERATE WITH ENCRYPTION BY PASSWORD = 'Regen3rated!'

statement error 15313
OPEN MASTER KEY DECRYPTION BY PASSWORD = 'Str0ng!Passw0rd'

statement ok
OPEN MASTER KEY DECRYPTION BY PASSWORD = 'Regen3rated!'

query T
SELECT CAST(DECRYPTBYCERT(CERT_ID('by_mk'), ENCRYPTBYCERT(CERT_ID('by_mk'), 'still usable')) AS varchar(20))
----
still usable

# BACKUP MASTER KEY writes the key encrypted by the file's password; RESTORE MASTER KEY makes it the
# database's again and encrypts what the current key protects with it.
statement ok
BACKUP MASTER KEY TO FILE = 'golden_mk.key' ENCRYPTION BY PASSWORD = 'File!Mk1'

statement error 15240
BACKUP MASTER KEY TO FILE = 'golden_mk.key' ENCRYPTION BY PASSWORD = 'File!Mk1'

statement ok
ALTER MASTER KEY REGENERATE WITH ENCRYPTION BY PASSWORD = 'Third!Pass1'

statement error 15317
RESTORE MASTER KEY FROM FILE = 'golden_mk.key' DECRYPTION BY PASSWORD = 'wrong' ENCRYPTION BY PASSWORD = 'Restored!1'
----
error 15317: The master key file does not exist or has invalid format.

statement ok
RESTORE MASTER KEY FROM FILE = 'golden_mk.key' DECRYPTION BY PASSWORD = 'File!Mk1' ENCRYPTION BY PASSWORD = 'Restored!1'

statement error 15313
OPEN MASTER KEY DECRYPTION BY PASSWORD = 'Third!Pass1'

statement ok
CLOSE MASTER KEY;
OPEN MASTER KEY DECRYPTION BY PASSWORD = 'Restored!1'

query T
SELECT CAST(DECRYPTBYCERT(CERT_ID('by_mk'), ENCRYPTBYCERT(CERT_ID('by_mk'), 'restored')) AS varchar(20))
----
restored

statement ok
RESTORE MASTER KEY FROM FILE = 'golden_mk.key' DECRYPTION BY PASSWORD = 'File!Mk1' ENCRYPTION BY PASSWORD = 'Restored!1'
----
! The old and new master keys are identical. No data re-encryption is required.

# A certificate encrypted by it keeps it (15580).
statement error 15580
DROP MASTER KEY
----
error 15580: Cannot drop master key because certificate 'by_mk' is encrypted by it.

statement ok
DROP CERTIFICATE by_mk

statement ok
DROP MASTER KEY

query I
SELECT COUNT(*) FROM sys.symmetric_keys
----
0

# DDL is transactional: a rolled-back CREATE MASTER KEY leaves nothing.
statement ok
BEGIN TRANSACTION;
CREATE MASTER KEY ENCRYPTION BY PASSWORD = 'Rolled!Back1';
ROLLBACK

query I
SELECT COUNT(*) FROM sys.symmetric_keys
----
0
