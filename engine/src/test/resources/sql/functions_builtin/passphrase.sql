# ENCRYPTBYPASSPHRASE / DECRYPTBYPASSPHRASE in SQL Server's message format: a value encrypted by
# SQL Server 2017 (version 2, AES-256) and by an older one (version 1, triple DES) decrypt here.
# Vectors published with a description of the format (ogeek.cn/qa/?qa=864498).
query T
SELECT CAST(DECRYPTBYPASSPHRASE(N'Radames', 0x02000000266AD4F387FA9474E825B013B0232E73A398A5F72B79BC90D63BD1E45AE3AA5518828D187125BECC285D55FA7CAFED61) AS varchar(50))
----
LetTheSunShining

query I
SELECT CASE WHEN DECRYPTBYPASSPHRASE(N'banana', 0x010000007854E155CEE338D5E34808BA95367D506B97C63FB5114DD4CE687FE457C1B5D5) IS NOT NULL THEN 1 ELSE 0 END
----
1

# Round trips: nvarchar text back as nvarchar; a fresh IV each time; version 2 written.
query TIIT
DECLARE @c varbinary(8000) = ENCRYPTBYPASSPHRASE(N'k3y', N'secret text');
SELECT CAST(DECRYPTBYPASSPHRASE(N'k3y', @c) AS nvarchar(50)),
  CASE WHEN @c = ENCRYPTBYPASSPHRASE(N'k3y', N'secret text') THEN 1 ELSE 0 END,
  DATALENGTH(@c), CONVERT(varchar(10), SUBSTRING(@c, 1, 4), 1)
----
secret text	0	52	0x02000000

# A wrong passphrase, 'k3y' against N'k3y', bytes that are no message: NULL.
query III
DECLARE @c varbinary(8000) = ENCRYPTBYPASSPHRASE(N'k3y', 'abc');
SELECT CASE WHEN DECRYPTBYPASSPHRASE(N'other', @c) IS NULL THEN 1 ELSE 0 END,
  CASE WHEN DECRYPTBYPASSPHRASE('k3y', @c) IS NULL THEN 1 ELSE 0 END,
  CASE WHEN DECRYPTBYPASSPHRASE(N'k3y', 0x0102) IS NULL THEN 1 ELSE 0 END
----
1	1	1

# With an authenticator the same one is needed to decrypt.
query TII
DECLARE @c varbinary(8000) = ENCRYPTBYPASSPHRASE('p', 'salary 100', 1, CAST(42 AS sysname));
SELECT CAST(DECRYPTBYPASSPHRASE('p', @c, 1, CAST(42 AS sysname)) AS varchar(20)),
  CASE WHEN DECRYPTBYPASSPHRASE('p', @c, 1, CAST(43 AS sysname)) IS NULL THEN 1 ELSE 0 END,
  CASE WHEN DECRYPTBYPASSPHRASE('p', @c) IS NULL THEN 1 ELSE 0 END
----
salary 100	1	1

query II
SELECT CASE WHEN ENCRYPTBYPASSPHRASE(CAST(NULL AS nvarchar(5)), 'x') IS NULL THEN 1 ELSE 0 END, CASE WHEN ENCRYPTBYPASSPHRASE('p', CAST(NULL AS varbinary(5))) IS NULL THEN 1 ELSE 0 END
----
1	1

statement error 8116
SELECT ENCRYPTBYPASSPHRASE('p', 1.5)
----
error 8116: Argument data type numeric is invalid for argument 2 of encryptbypassphrase function.
