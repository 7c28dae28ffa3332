# TRIM, LTRIM and RTRIM, with SQL Server 2022's characters argument and TRIM's
# [LEADING | TRAILING | BOTH] [characters FROM] string form.
query TTTT
SELECT '[' + TRIM('  a b  ') + ']', '[' + LTRIM('  a  ') + ']', '[' + RTRIM('  a  ') + ']', TRIM(N'.,' FROM N'.,a,.')
----
[a b]	[a  ]	[  a]	a

query TTTT
SELECT TRIM(LEADING 'x' FROM 'xxaxx'), TRIM(TRAILING 'x' FROM 'xxaxx'), TRIM(BOTH 'x' FROM 'xxaxx'), TRIM(BOTH 'xa' FROM 'xxaxx')
----
axx	xxa	a	(empty)

query TTT
SELECT LTRIM('xxa', 'x'), RTRIM('axx', 'x'), '[' + TRIM(LEADING '  a  ') + ']'
----
a	a	[a  ]

query T
SELECT TRIM('x' FROM NULL)
----
NULL
