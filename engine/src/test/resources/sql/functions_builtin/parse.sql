# PARSE and TRY_PARSE: culture-formatted text to numbers and dates.

query TTT
SELECT PARSE('Monday, 13 December 2010' AS datetime2 USING 'en-US'), PARSE('12/13/2010' AS date), PARSE('13.12.2010 14:30' AS datetime USING 'de-DE')
----
2010-12-13 00:00:00.0000000	2010-12-13	Dec 13 2010  2:30PM

query TTTT
SELECT PARSE('13/12/2010' AS date USING 'fr-FR'), PARSE('2010/12/13' AS date USING 'ja-JP'), PARSE('2010-12-13T10:11:12.5' AS datetime2(1)), PARSE('3:45 PM' AS time(0))
----
2010-12-13	2010-12-13	2010-12-13 10:11:12.5	15:45:00

query IRRRR
SELECT PARSE('1,234' AS int), PARSE('1.234,56' AS decimal(10, 2) USING 'de-DE'), PARSE('€345,98' AS money USING 'de-DE'), PARSE('1.5E3' AS float), PARSE('12 345,6' AS decimal(10, 1) USING 'fr-FR')
----
1234	1234.56	345.9800	1500	12345.6

query IIRR
SELECT PARSE('  -42 ' AS int), PARSE('42-' AS int), PARSE('12.00' AS int), PARSE('2.345' AS decimal(5, 2))
----
-42	-42	12	2.35

query TTTT
SELECT TRY_PARSE('abc' AS int), TRY_PARSE('12.5' AS int), TRY_PARSE('2010-02-30' AS date), TRY_PARSE('99999999999' AS int)
----
NULL	NULL	NULL	NULL

query TT
SELECT TRY_PARSE('1 234' AS int USING 'en-US'), PARSE(CAST(NULL AS varchar(10)) AS int)
----
NULL	NULL

describe
SELECT PARSE('1' AS int) AS i, TRY_PARSE('1' AS decimal(9, 3)) AS d, PARSE('2020-01-01' AS datetimeoffset) AS o
----
i	int	NULL
d	decimal(9,3)	NULL
o	datetimeoffset(7)	NULL

statement error 9819
SELECT PARSE('abc' AS int)
----
error 9819: Error converting string value 'abc' into data type int using culture ''.

statement error 9819
SELECT PARSE('13/13/2010' AS date USING 'en-US')
----
error 9819: Error converting string value '13/13/2010' into data type date using culture 'en-US'.

statement error 9818
SELECT PARSE('1' AS int USING 'xx-YY')
----
error 9818: The culture parameter 'xx-YY' provided in the function call is not supported.

statement error 9818
SELECT TRY_PARSE('1' AS int USING 'Klingon')
----
error 9818: The culture parameter 'Klingon' provided in the function call is not supported.

statement error 10761
SELECT PARSE('a' AS varchar(10))
----
error 10761: Invalid data type varchar in function PARSE.

statement error 1035
SELECT PARSE('1')
----
error 1035: Incorrect syntax near 'parse', expected 'AS'.

# The type is refused before the batch runs: nothing is printed.
statement error 10761
PRINT 'before'; SELECT TRY_PARSE('1' AS bit)
----
error 10761: Invalid data type bit in function TRY_PARSE.

# An unknown type is SQL Server's 243, as for CAST.
statement error 243
SELECT TRY_PARSE('1' AS nosuchtype USING 'en-US')
----
error 243: Type nosuchtype is not a defined system type.
