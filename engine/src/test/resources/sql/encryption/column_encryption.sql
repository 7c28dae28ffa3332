# The "Encrypt a Column of Data" tutorial (learn.microsoft.com), with its authenticator: each row's
# card number (28 bytes of nvarchar, with a 20-byte hash of the authenticator: 100 bytes encrypted)
# encrypted by the symmetric key, bound to the row's id so it cannot be copied to
# another row. Each block opens the key it uses, so the script also runs across restarts.
statement ok
CREATE MASTER KEY ENCRYPTION BY PASSWORD = 'Tutorial!Mk1'

statement ok
CREATE CERTIFICATE Sales09 WITH SUBJECT = 'Customer Credit Card Numbers'

statement ok
CREATE SYMMETRIC KEY CreditCards_Key11 WITH ALGORITHM = AES_256 ENCRYPTION BY CERTIFICATE Sales09

statement ok
CREATE TABLE CreditCard (CreditCardID int PRIMARY KEY, CardNumber nvarchar(25) NOT NULL)

statement ok
INSERT INTO CreditCard VALUES (1, N'33332664695310'), (2, N'55552127249722'), (3, N'77778344838353')

statement ok
ALTER TABLE CreditCard ADD CardNumber_Encrypted varbinary(128)

statement ok
OPEN SYMMETRIC KEY CreditCards_Key11 DECRYPTION BY CERTIFICATE Sales09;
UPDATE CreditCard SET CardNumber_Encrypted = EncryptByKey(Key_GUID('CreditCards_Key11'), CardNumber, 1,
  HashBytes('SHA2_256', CONVERT(varbinary, CreditCardID)));
CLOSE SYMMETRIC KEY CreditCards_Key11

query ITTI
OPEN SYMMETRIC KEY CreditCards_Key11 DECRYPTION BY CERTIFICATE Sales09;
SELECT CreditCardID, CardNumber,
  CONVERT(nvarchar, DecryptByKey(CardNumber_Encrypted, 1, HashBytes('SHA2_256', CONVERT(varbinary, CreditCardID)))),
  DATALENGTH(CardNumber_Encrypted)
FROM CreditCard ORDER BY CreditCardID;
CLOSE SYMMETRIC KEY CreditCards_Key11
----
1	33332664695310	33332664695310	100
2	55552127249722	55552127249722	100
3	77778344838353	77778344838353	100

# Without the key open, or with the wrong authenticator (a value copied to another row), NULL.
query TT
SELECT CONVERT(nvarchar, DecryptByKey(CardNumber_Encrypted, 1, HashBytes('SHA2_256', CONVERT(varbinary, CreditCardID)))),
  KEY_NAME(CardNumber_Encrypted)
FROM CreditCard WHERE CreditCardID = 1
----
NULL	CreditCards_Key11

query TT
OPEN SYMMETRIC KEY CreditCards_Key11 DECRYPTION BY CERTIFICATE Sales09;
SELECT CONVERT(nvarchar, DecryptByKey(c.CardNumber_Encrypted, 1, HashBytes('SHA2_256', CONVERT(varbinary, o.CreditCardID)))),
  CONVERT(nvarchar, DecryptByKey(c.CardNumber_Encrypted))
FROM CreditCard c JOIN CreditCard o ON o.CreditCardID = 2 WHERE c.CreditCardID = 1;
CLOSE ALL SYMMETRIC KEYS
----
NULL	NULL

# DECRYPTBYKEYAUTOCERT opens the key by the certificate for the call alone.
query IT
SELECT CreditCardID, CONVERT(nvarchar, DecryptByKeyAutoCert(CERT_ID('Sales09'), NULL, CardNumber_Encrypted, 1,
  HashBytes('SHA2_256', CONVERT(varbinary, CreditCardID))))
FROM CreditCard ORDER BY CreditCardID
----
1	33332664695310
2	55552127249722
3	77778344838353

query TTI
SELECT DecryptByKeyAutoCert(CERT_ID('no_such_cert'), NULL, CardNumber_Encrypted),
  DecryptByKeyAutoCert(CERT_ID('Sales09'), N'not protected by a password', CardNumber_Encrypted),
  (SELECT COUNT(*) FROM sys.openkeys)
FROM CreditCard WHERE CreditCardID = 1
----
NULL	NULL	0

# With a certificate protected by a password: the right one decrypts, a wrong one gives NULL, every
# time (a key it opened before is kept per password, not for any).
statement ok
CREATE CERTIFICATE pw_cert ENCRYPTION BY PASSWORD = 'Pw!Cert1' WITH SUBJECT = 'password protected';
CREATE SYMMETRIC KEY pw_cert_key WITH ALGORITHM = AES_128 ENCRYPTION BY CERTIFICATE pw_cert;
CREATE TABLE auto_cert (v varbinary(100));
OPEN SYMMETRIC KEY pw_cert_key DECRYPTION BY CERTIFICATE pw_cert WITH PASSWORD = 'Pw!Cert1';
INSERT INTO auto_cert VALUES (ENCRYPTBYKEY(KEY_GUID('pw_cert_key'), 'auto'));
CLOSE ALL SYMMETRIC KEYS

query TTTT
SELECT CAST(DecryptByKeyAutoCert(CERT_ID('pw_cert'), N'Pw!Cert1', v) AS varchar(10)),
  CAST(DecryptByKeyAutoCert(CERT_ID('pw_cert'), N'wrong', v) AS varchar(10)),
  CAST(DecryptByKeyAutoCert(CERT_ID('pw_cert'), NULL, v) AS varchar(10)),
  CAST(DecryptByKeyAutoCert(CERT_ID('pw_cert'), N'Pw!Cert1', v) AS varchar(10))
FROM auto_cert
----
auto	NULL	NULL	auto

# The simpler form of the tutorial, without an authenticator, on varchar data.
statement ok
CREATE TABLE Employee (EmployeeID int, NationalIDNumber varchar(15), EncryptedNationalIDNumber varbinary(128))

statement ok
INSERT INTO Employee (EmployeeID, NationalIDNumber) VALUES (1, '295847284'), (2, '245797967')

statement ok
OPEN SYMMETRIC KEY CreditCards_Key11 DECRYPTION BY CERTIFICATE Sales09;
UPDATE Employee SET EncryptedNationalIDNumber = EncryptByKey(Key_GUID('CreditCards_Key11'), NationalIDNumber);
CLOSE SYMMETRIC KEY CreditCards_Key11

query IT
OPEN SYMMETRIC KEY CreditCards_Key11 DECRYPTION BY CERTIFICATE Sales09;
SELECT EmployeeID, CONVERT(varchar, DecryptByKey(EncryptedNationalIDNumber)) FROM Employee ORDER BY EmployeeID;
CLOSE SYMMETRIC KEY CreditCards_Key11
----
1	295847284
2	245797967

# Encrypting the same text twice gives different bytes (a fresh IV).
query I
OPEN SYMMETRIC KEY CreditCards_Key11 DECRYPTION BY CERTIFICATE Sales09;
SELECT CASE WHEN EncryptByKey(Key_GUID('CreditCards_Key11'), 'same') = EncryptByKey(Key_GUID('CreditCards_Key11'), 'same')
  THEN 1 ELSE 0 END;
CLOSE SYMMETRIC KEY CreditCards_Key11
----
0

# NULLs and argument errors.
query TTT
OPEN SYMMETRIC KEY CreditCards_Key11 DECRYPTION BY CERTIFICATE Sales09;
SELECT EncryptByKey(Key_GUID('CreditCards_Key11'), CAST(NULL AS varchar(10))), EncryptByKey(NULL, 'x'),
  DecryptByKey(CAST(NULL AS varbinary(10)));
CLOSE SYMMETRIC KEY CreditCards_Key11
----
NULL	NULL	NULL

query T
SELECT DecryptByKey(0x0102)
----
NULL

statement error 8116
SELECT EncryptByKey(Key_GUID('CreditCards_Key11'), 12)
----
error 8116: Argument data type int is invalid for argument 2 of encryptbykey function.

statement error 189
SELECT DecryptByKey()
