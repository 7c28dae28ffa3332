# no-restart: the keys are opened and used in separate blocks
# BACKUP DATABASE carries the master key, certificates and symmetric keys, encrypted as they are
# stored; RESTORE (WITH MOVE to a new name here) brings them back, and on the same server the
# service master key still opens the master key.
statement ok
CREATE DATABASE keys_src

statement ok
USE keys_src;
CREATE MASTER KEY ENCRYPTION BY PASSWORD = 'Src!Master1';
CREATE CERTIFICATE src_cert WITH SUBJECT = 'source';
CREATE SYMMETRIC KEY src_key WITH ALGORITHM = AES_256 ENCRYPTION BY CERTIFICATE src_cert;
CREATE TABLE secrets (v varbinary(200));
OPEN SYMMETRIC KEY src_key DECRYPTION BY CERTIFICATE src_cert;
INSERT INTO secrets VALUES (ENCRYPTBYKEY(KEY_GUID('src_key'), 'backed up'));
CLOSE ALL SYMMETRIC KEYS;
USE master
----
! Changed database context to 'keys_src'.
! Changed database context to 'master'.

statement ok
BACKUP DATABASE keys_src TO DISK = 'golden_keys.bak'

statement ok
RESTORE DATABASE keys_copy FROM DISK = 'golden_keys.bak'

query TTT rowsort
USE keys_copy;
SELECT name, CAST(symmetric_key_id AS varchar(5)), 'key' FROM sys.symmetric_keys
UNION ALL SELECT name, pvt_key_encryption_type, 'cert' FROM sys.certificates;
USE master
----
##MS_DatabaseMasterKey##	101	key
src_cert	MK	cert
src_key	257	key
! Changed database context to 'keys_copy'.
! Changed database context to 'master'.

query T
USE keys_copy;
OPEN SYMMETRIC KEY src_key DECRYPTION BY CERTIFICATE src_cert;
SELECT CAST(DECRYPTBYKEY(v) AS varchar(20)) FROM secrets;
CLOSE ALL SYMMETRIC KEYS;
USE master
----
! Changed database context to 'keys_copy'.
backed up
! Changed database context to 'master'.

statement ok
DROP DATABASE keys_copy;
DROP DATABASE keys_src
