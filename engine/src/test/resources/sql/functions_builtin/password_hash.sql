# PWDENCRYPT / PWDCOMPARE in SQL Server's login password hash formats. Vectors: hashcat's published
# MSSQL (2012, 2014) and MSSQL (2005) example hashes, whose password is 'hashcat'.
query III
SELECT PWDCOMPARE(N'hashcat', 0x02000102030434ea1b17802fd95ea6316bd61d2c94622ca3812793e8fb1672487b5c904a45a31b2ab4a78890d563d2fcf5663e46fe797d71550494be50cf4915d3f4d55ec375),
  PWDCOMPARE(N'hashcat', 0x010018102152f8f28c8499d8ef263c53f8be369d799f931b2fbe),
  PWDCOMPARE(N'Hashcat', 0x02000102030434ea1b17802fd95ea6316bd61d2c94622ca3812793e8fb1672487b5c904a45a31b2ab4a78890d563d2fcf5663e46fe797d71550494be50cf4915d3f4d55ec375)
----
1	1	0

# A fresh salt each time; a varchar password is hashed as nvarchar; no hash of SQL Server's is 0.
query IIITI
DECLARE @h varbinary(128) = PWDENCRYPT(N'S3cret!');
SELECT PWDCOMPARE(N'S3cret!', @h), PWDCOMPARE('S3cret!', @h), DATALENGTH(@h), CONVERT(varchar(6), SUBSTRING(@h, 1, 2), 1),
  CASE WHEN @h = PWDENCRYPT(N'S3cret!') THEN 1 ELSE 0 END
----
1	1	70	0x0200	0

query II
SELECT PWDCOMPARE(N'x', 0x0102), CASE WHEN PWDCOMPARE(N'x', CAST(NULL AS varbinary(128))) IS NULL THEN 1 ELSE 0 END
----
0	1
