# BASE64_ENCODE / BASE64_DECODE (Azure SQL), UNISTR and SUBSTRING without a length (SQL Server 2025).
query TTTT
SELECT BASE64_ENCODE(0xA9), BASE64_ENCODE(CAST('hello world' AS varbinary(20))), BASE64_ENCODE(0xCAFECAFE), BASE64_ENCODE(0xCAFECAFE, 1)
----
qQ==	aGVsbG8gd29ybGQ=	yv7K/g==	yv7K_g

query TTT
SELECT CONVERT(varchar(20), BASE64_DECODE('qQ=='), 1), CONVERT(varchar(20), BASE64_DECODE('yv7K/g=='), 1), CONVERT(varchar(20), BASE64_DECODE('yv7K_g'), 1)
----
0xA9	0xCAFECAFE	0xCAFECAFE

query T
SELECT CAST(BASE64_DECODE('aGVs bG8g' + CHAR(10) + 'd29y bGQ=') AS varchar(20))
----
hello world

query TT
SELECT SQL_VARIANT_PROPERTY(BASE64_ENCODE(0x01), 'BaseType'), SQL_VARIANT_PROPERTY(BASE64_DECODE('AQ=='), 'MaxLength')
----
varchar	8000

statement error 9803
SELECT BASE64_DECODE('qQ!!')
----
error 9803: Invalid data for type "Base64Decode".

statement error 9803
SELECT BASE64_DECODE('qQ=A')

statement error 9803
SELECT BASE64_DECODE('q')

statement error 8116
SELECT BASE64_ENCODE('text')

query I
SELECT LEN(BASE64_ENCODE(CAST(REPLICATE(CAST('x' AS varchar(max)), 9000) AS varbinary(max))))
----
12000

query TTI
SELECT UNISTR(N'ABC#00C0#0181#0187', '#'), UNISTR(N'a\\b'), UNICODE(UNISTR(N'\+01F603'))
----
ABCÀƁƇ	a\b	55357

query I
SELECT LEN(UNISTR(N'Hello! \D83D\DE00'))
----
9

statement error 9803
SELECT UNISTR(N'\12')

query TTT
SELECT SUBSTRING('abcdef', 3), SUBSTRING('abcdef', 0), CONVERT(varchar(10), SUBSTRING(0x010203, 2), 1)
----
cdef	abcdef	0x0203
