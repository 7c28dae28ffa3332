# CREATE CERTIFICATE … WITH SUBJECT makes a 2048-bit RSA key pair and a self-signed X.509
# certificate; its private key is encrypted by the database master key, or by a password.
statement ok
CREATE MASTER KEY ENCRYPTION BY PASSWORD = 'Mk!Passw0rd'

statement ok
CREATE CERTIFICATE cert_mk WITH SUBJECT = 'Customer Credit Records', EXPIRY_DATE = '20401031'

statement ok
CREATE CERTIFICATE cert_pw ENCRYPTION BY PASSWORD = 'Cert!Passw0rd'
  WITH SUBJECT = 'Password protected', START_DATE = '2024-01-01', EXPIRY_DATE = '2034-01-01'

statement error 15232
CREATE CERTIFICATE cert_mk WITH SUBJECT = 'again'
----
error 15232: A certificate with name 'cert_mk' already exists or this certificate already has been added to the database.

statement error 15212
CREATE CERTIFICATE no_subject WITH SUBJECT = ''
----
error 15212: Invalid certificate subject. The certificate subject must have between 1 and 128 characters.

query TIITTTTIII
SELECT name, certificate_id, principal_id, pvt_key_encryption_type, pvt_key_encryption_type_desc, issuer_name, subject,
  key_length, DATALENGTH(thumbprint), CASE WHEN cert_serial_number LIKE '[0-9a-f][0-9a-f] %' THEN 1 ELSE 0 END
FROM sys.certificates ORDER BY certificate_id
----
cert_mk	256	1	MK	ENCRYPTED_BY_MASTER_KEY	Customer Credit Records	Customer Credit Records	2048	20	1
cert_pw	257	1	PW	ENCRYPTED_BY_PASSWORD	Password protected	Password protected	2048	20	1

query TT
SELECT CONVERT(varchar(10), start_date, 120), CONVERT(varchar(10), expiry_date, 120) FROM sys.certificates WHERE name = 'cert_pw'
----
2024-01-01	2034-01-01

query T
SELECT CONVERT(varchar(10), expiry_date, 120) FROM sys.certificates WHERE name = 'cert_mk'
----
2040-10-31

query IIT
SELECT CERT_ID('cert_mk'), CERT_ID('cert_pw'), CERT_ID('nope')
----
256	257	NULL

# CERTPROPERTY reads the certificate itself.
query TTTI
SELECT CAST(CERTPROPERTY(CERT_ID('cert_pw'), 'Subject') AS nvarchar(100)),
  CAST(CERTPROPERTY(CERT_ID('cert_pw'), 'Issuer') AS nvarchar(100)),
  CONVERT(varchar(10), CAST(CERTPROPERTY(CERT_ID('cert_pw'), 'Expiry_Date') AS datetime), 120),
  CASE WHEN CAST(CERTPROPERTY(CERT_ID('cert_pw'), 'Cert_Serial_Number') AS nvarchar(64))
    = (SELECT cert_serial_number FROM sys.certificates WHERE name = 'cert_pw') THEN 1 ELSE 0 END
----
Password protected	Password protected	2034-01-01	1

query TT
SELECT CAST(SQL_VARIANT_PROPERTY(CERTPROPERTY(CERT_ID('cert_pw'), 'Start_Date'), 'BaseType') AS varchar(20)),
  CERTPROPERTY(CERT_ID('cert_pw'), 'no such property')
----
datetime	NULL

# ENCRYPTBYCERT needs only the public key; DECRYPTBYCERT the private key: by the master key, or by
# the certificate's password (a wrong or missing one gives NULL).
query TTTT
SELECT CAST(DECRYPTBYCERT(CERT_ID('cert_mk'), ENCRYPTBYCERT(CERT_ID('cert_mk'), 'secret')) AS varchar(10)),
  CAST(DECRYPTBYCERT(CERT_ID('cert_pw'), ENCRYPTBYCERT(CERT_ID('cert_pw'), N'pssst'), N'Cert!Passw0rd') AS nvarchar(10)),
  CAST(DECRYPTBYCERT(CERT_ID('cert_pw'), ENCRYPTBYCERT(CERT_ID('cert_pw'), 'x'), N'wrong') AS varchar(10)),
  CAST(DECRYPTBYCERT(CERT_ID('cert_pw'), ENCRYPTBYCERT(CERT_ID('cert_pw'), 'x')) AS varchar(10))
----
secret	pssst	NULL	NULL

# RSA encryption of a 2048-bit key: 256 bytes, a fresh padding each time; at most 245 bytes of clear text.
query III
SELECT DATALENGTH(ENCRYPTBYCERT(CERT_ID('cert_mk'), 'a')),
  CASE WHEN ENCRYPTBYCERT(CERT_ID('cert_mk'), 'a') = ENCRYPTBYCERT(CERT_ID('cert_mk'), 'a') THEN 1 ELSE 0 END,
  DATALENGTH(ENCRYPTBYCERT(CERT_ID('cert_mk'), REPLICATE('a', 245)))
----
256	0	256

query T
SELECT ENCRYPTBYCERT(CERT_ID('cert_mk'), REPLICATE('a', 246))
----
NULL

query TT
SELECT ENCRYPTBYCERT(CERT_ID('nope'), 'a'), DECRYPTBYCERT(12345, 0x00)
----
NULL	NULL

# SIGNBYCERT / VERIFYSIGNEDBYCERT.
statement ok
CREATE TABLE signed (doc nvarchar(100), signature varbinary(8000))

statement ok
INSERT INTO signed VALUES (N'pay 100 to Alice', SIGNBYCERT(CERT_ID('cert_pw'), N'pay 100 to Alice', N'Cert!Passw0rd'))

query IIIT
SELECT VERIFYSIGNEDBYCERT(CERT_ID('cert_pw'), doc, signature),
  VERIFYSIGNEDBYCERT(CERT_ID('cert_pw'), N'pay 900 to Alice', signature),
  VERIFYSIGNEDBYCERT(CERT_ID('cert_mk'), doc, signature),
  VERIFYSIGNEDBYCERT(CERT_ID('nope'), doc, signature)
FROM signed
----
1	0	0	NULL

query TI
SELECT SIGNBYCERT(CERT_ID('cert_pw'), 'x', 'wrong'), DATALENGTH(SIGNBYCERT(CERT_ID('cert_mk'), 'x'))
----
NULL	256

statement error 15151
DROP CERTIFICATE nope
----
error 15151: Cannot drop the certificate 'nope', because it does not exist or you do not have permission.

# A certificate that encrypts a symmetric key cannot be dropped (15352).
statement ok
CREATE SYMMETRIC KEY by_cert WITH ALGORITHM = AES_256 ENCRYPTION BY CERTIFICATE cert_mk

statement error 15352
DROP CERTIFICATE cert_mk
----
error 15352: The certificate cannot be dropped because one or more entities are either signed or encrypted using it.

statement ok
DROP SYMMETRIC KEY by_cert

statement ok
DROP CERTIFICATE cert_mk

query T
SELECT name FROM sys.certificates
----
cert_pw

# A certificate protected by its password needs no master key.
statement ok
DROP CERTIFICATE cert_pw

statement ok
DROP MASTER KEY

statement ok
CREATE CERTIFICATE no_mk ENCRYPTION BY PASSWORD = 'Only!Passw0rd' WITH SUBJECT = 'no master key needed'

query T
SELECT CAST(DECRYPTBYCERT(CERT_ID('no_mk'), ENCRYPTBYCERT(CERT_ID('no_mk'), 'ok'), 'Only!Passw0rd') AS varchar(5))
----
ok

# BACKUP CERTIFICATE writes the certificate (DER) and its private key; CREATE CERTIFICATE … FROM FILE reads them.
statement ok
BACKUP CERTIFICATE no_mk TO FILE = 'golden_no_mk.cer'
  WITH PRIVATE KEY (FILE = 'golden_no_mk.pvk', ENCRYPTION BY PASSWORD = 'File!Passw0rd', DECRYPTION BY PASSWORD = 'Only!Passw0rd')

statement error 15240
BACKUP CERTIFICATE no_mk TO FILE = 'golden_no_mk.cer'

query I
SELECT CASE WHEN pvt_key_last_backup_date IS NOT NULL THEN 1 ELSE 0 END FROM sys.certificates WHERE name = 'no_mk'
----
1

# The same certificate cannot be in a database twice.
statement error 15232
CREATE CERTIFICATE public_only FROM FILE = 'golden_no_mk.cer'

statement ok
DROP CERTIFICATE no_mk

# Without WITH PRIVATE KEY it has only its public key.
statement ok
CREATE CERTIFICATE public_only FROM FILE = 'golden_no_mk.cer'

query TTT
SELECT pvt_key_encryption_type, pvt_key_encryption_type_desc, subject FROM sys.certificates WHERE name = 'public_only'
----
NA	NO_PRIVATE_KEY	no master key needed

query T
SELECT SIGNBYCERT(CERT_ID('public_only'), 'x')
----
NULL

statement ok
DROP CERTIFICATE public_only

statement error 15208
CREATE CERTIFICATE with_key FROM FILE = 'golden_no_mk.cer'
  WITH PRIVATE KEY (FILE = 'golden_no_mk.pvk', DECRYPTION BY PASSWORD = 'wrong', ENCRYPTION BY PASSWORD = 'New!Passw0rd')

statement ok
CREATE CERTIFICATE with_key FROM FILE = 'golden_no_mk.cer'
  WITH PRIVATE KEY (FILE = 'golden_no_mk.pvk', DECRYPTION BY PASSWORD = 'File!Passw0rd', ENCRYPTION BY PASSWORD = 'New!Passw0rd')

statement error 15208
CREATE CERTIFICATE missing FROM FILE = 'no_such_file.cer'

query TT
SELECT name, pvt_key_encryption_type FROM sys.certificates ORDER BY name
----
with_key	PW

query T
SELECT CAST(DECRYPTBYCERT(CERT_ID('with_key'), ENCRYPTBYCERT(CERT_ID('with_key'), 'moved'), 'New!Passw0rd') AS varchar(5))
----
moved

# ALTER CERTIFICATE … WITH PRIVATE KEY changes what protects the private key; REMOVE PRIVATE KEY
# keeps the public key only; a private key file gives it back.
statement error 15465
ALTER CERTIFICATE with_key WITH PRIVATE KEY (DECRYPTION BY PASSWORD = 'wrong', ENCRYPTION BY PASSWORD = 'Newer!Passw0rd1')
----
error 15465: The private key password is invalid.

statement ok
ALTER CERTIFICATE with_key WITH PRIVATE KEY (DECRYPTION BY PASSWORD = 'New!Passw0rd', ENCRYPTION BY PASSWORD = 'Newer!Passw0rd1')

query TT
SELECT CAST(DECRYPTBYCERT(CERT_ID('with_key'), ENCRYPTBYCERT(CERT_ID('with_key'), 'newer'), 'Newer!Passw0rd1') AS varchar(5)),
  DECRYPTBYCERT(CERT_ID('with_key'), ENCRYPTBYCERT(CERT_ID('with_key'), 'older'), 'New!Passw0rd')
----
newer	NULL

# Without ENCRYPTION BY PASSWORD the master key protects it, so there must be one.
statement error 15581
ALTER CERTIFICATE with_key WITH PRIVATE KEY (DECRYPTION BY PASSWORD = 'Newer!Passw0rd1')

statement ok
CREATE MASTER KEY ENCRYPTION BY PASSWORD = 'Mk!Again1';
ALTER CERTIFICATE with_key WITH PRIVATE KEY (DECRYPTION BY PASSWORD = 'Newer!Passw0rd1')

query TT
SELECT pvt_key_encryption_type,
  CAST(DECRYPTBYCERT(CERT_ID('with_key'), ENCRYPTBYCERT(CERT_ID('with_key'), 'by mk')) AS varchar(5))
FROM sys.certificates WHERE name = 'with_key'
----
MK	by mk

statement ok
ALTER CERTIFICATE with_key REMOVE PRIVATE KEY

query TT
SELECT pvt_key_encryption_type, DECRYPTBYCERT(CERT_ID('with_key'), ENCRYPTBYCERT(CERT_ID('with_key'), 'x'))
FROM sys.certificates WHERE name = 'with_key'
----
NA	NULL

statement ok
ALTER CERTIFICATE with_key WITH PRIVATE KEY (FILE = 'golden_no_mk.pvk', DECRYPTION BY PASSWORD = 'File!Passw0rd')

statement error 15332
ALTER CERTIFICATE with_key WITH PRIVATE KEY (FILE = 'golden_no_mk.pvk', DECRYPTION BY PASSWORD = 'File!Passw0rd')

query TT
SELECT pvt_key_encryption_type,
  CAST(DECRYPTBYCERT(CERT_ID('with_key'), ENCRYPTBYCERT(CERT_ID('with_key'), 'back')) AS varchar(5))
FROM sys.certificates WHERE name = 'with_key'
----
MK	back

statement ok
ALTER CERTIFICATE with_key WITH ACTIVE FOR BEGIN_DIALOG = OFF

statement error 15151
ALTER CERTIFICATE nope REMOVE PRIVATE KEY
----
error 15151: Cannot alter the certificate 'nope', because it does not exist or you do not have permission.
