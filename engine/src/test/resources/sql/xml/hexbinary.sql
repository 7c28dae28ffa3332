# xs:hexBinary(…) around a value() expression: the hex digits become the bytes value() converts.

query T
SELECT CONVERT(XML, '<a>0A0B0C</a>').value('xs:hexBinary((/a/text())[1])', 'varbinary(10)')
----
0x0A0B0C

query T
SELECT CONVERT(uniqueidentifier, CONVERT(XML, '').value('xs:hexBinary(substring(sql:column("j.id"), 0))', 'binary(16)'))
FROM (SELECT '0102030405060708090A0B0C0D0E0F10' AS id) AS j
----
04030201-0605-0807-090A-0B0C0D0E0F10

query T
DECLARE @h varchar(10) = 'ff00'
SELECT CONVERT(XML, '').value('xs:hexBinary(sql:variable("@h"))', 'varbinary(4)')
----
0xFF00

# Not hex digits: the failed cast is the empty sequence, so NULL.
query T
SELECT CONVERT(XML, '').value('xs:hexBinary("xyz")', 'varbinary(4)')
----
NULL
