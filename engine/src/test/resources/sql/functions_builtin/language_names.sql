# SET LANGUAGE and the names it brings: DATENAME's month and weekday, the CONVERT styles with
# month names (0/100, 106, 107, 109, 113, and CAST of datetime), which print and read the
# language's sys.syslanguages names (SQL Server's own lists: 'Mär' in Deutsch, not .NET's 'Mrz';
# capitals in Español; numbers for months in 日本語), and PARSE in the cultures of those languages.
statement ok
CREATE TABLE ln (d datetime)

statement ok
INSERT INTO ln VALUES ('2026-03-05T14:05:09')

query TTTIT
SELECT DATENAME(month, d), DATENAME(weekday, d), CONVERT(varchar(30), d, 106), @@LANGID, @@LANGUAGE FROM ln
----
March	Thursday	05 Mar 2026	0	us_english

statement ok
SET LANGUAGE Deutsch
----
! Changed language setting to Deutsch.

query TTTTTIT
SELECT DATENAME(month, d), DATENAME(weekday, d), CONVERT(varchar(30), d, 106), CONVERT(varchar(30), d, 100), CAST(d AS varchar(30)), @@LANGID, @@LANGUAGE FROM ln
----
März	Donnerstag	05 Mär 2026	Mär  5 2026  2:05PM	Mär  5 2026  2:05PM	1	Deutsch

query TTT
SELECT CONVERT(varchar(30), d, 107), CONVERT(varchar(30), d, 113), CONVERT(varchar(30), d, 109) FROM ln
----
Mär 05, 2026	05 Mär 2026 14:05:09:000	Mär  5 2026  2:05:09:000PM

# Text in the language's names reads back; English names still read.
query TTT
SELECT CAST('05 Mär 2026' AS date), CAST('5 Dezember 2026' AS date), CAST('Mar 5 2026' AS date)
----
2026-03-05	2026-12-05	2026-03-05

query TT
SELECT DATENAME(month, CAST('2026-05-01' AS date)), CONVERT(varchar(11), CAST('2026-10-01' AS date), 106)
----
Mai	01 Okt 2026

statement ok
SET LANGUAGE French
----
! Changed language setting to Français.

query TTTI
SELECT DATENAME(month, d), DATENAME(weekday, d), CONVERT(varchar(30), CAST('2026-02-01' AS date), 106), @@LANGID FROM ln
----
mars	jeudi	01 févr 2026	2

query T
SELECT CAST('1 févr 2026' AS date)
----
2026-02-01

statement ok
SET LANGUAGE Español
----
! Changed language setting to Español.

query TTT
SELECT DATENAME(month, d), DATENAME(weekday, d), CONVERT(varchar(30), d, 106) FROM ln
----
Marzo	Jueves	05 Mar 2026

statement ok
SET LANGUAGE 日本語
----
! Changed language setting to 日本語.

query TTT
SELECT DATENAME(month, d), DATENAME(weekday, d), CONVERT(varchar(30), d, 106) FROM ln
----
03	木曜日	05 03 2026

statement ok
SET LANGUAGE русский
----
! Changed language setting to русский.

query TTT
SELECT DATENAME(month, d), DATENAME(weekday, d), CONVERT(varchar(30), d, 106) FROM ln
----
Март	четверг	05 мар 2026

statement ok
SET LANGUAGE N'Português (Brasil)'
----
! Changed language setting to Português (Brasil).

query TTTI
SELECT DATENAME(month, d), DATENAME(weekday, d), CONVERT(varchar(30), d, 106), @@DATEFIRST FROM ln
----
Março	Quinta-Feira	05 Mar 2026	7

statement ok
SET LANGUAGE 'British English'
----
! Changed language setting to British.

query TTTT
SELECT DATENAME(month, d), CONVERT(varchar(30), d, 106), FORMAT(d, 'd'), @@LANGUAGE FROM ln
----
March	05 Mar 2026	05/03/2026	British

# sys.syslanguages lists the languages Quern has, with the names above.
query ITITTTTII
SELECT langid, dateformat, datefirst, name, alias, months, shortmonths, lcid, msglangid FROM sys.syslanguages WHERE langid IN (0, 1, 3, 23) ORDER BY langid
----
0	mdy	7	us_english	English	January,February,March,April,May,June,July,August,September,October,November,December	Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec	1033	1033
1	dmy	1	Deutsch	German	Januar,Februar,März,April,Mai,Juni,Juli,August,September,Oktober,November,Dezember	Jan,Feb,Mär,Apr,Mai,Jun,Jul,Aug,Sep,Okt,Nov,Dez	1031	1031
3	ymd	7	日本語	Japanese	01,02,03,04,05,06,07,08,09,10,11,12	01,02,03,04,05,06,07,08,09,10,11,12	1041	1041
23	dmy	1	British	British English	January,February,March,April,May,June,July,August,September,October,November,December	Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec	2057	1033

query I
SELECT COUNT(*) FROM sys.syslanguages
----
18

# sp_helplanguage: one language by name or alias, or all; 15033 for another name.
query ITIITTTTTII
EXEC sp_helplanguage @language = 'German'
----
1	dmy	1	0	Deutsch	German	Januar,Februar,März,April,Mai,Juni,Juli,August,September,Oktober,November,Dezember	Jan,Feb,Mär,Apr,Mai,Jun,Jul,Aug,Sep,Okt,Nov,Dez	Montag,Dienstag,Mittwoch,Donnerstag,Freitag,Samstag,Sonntag	1031	1031

statement error 15033
EXEC sp_helplanguage 'Klingon'
----
error 15033: 'Klingon' is not a valid official language name.

statement error 2731
SET LANGUAGE Klingon
----
error 2731: 'Klingon' is not an officially supported language.

# PARSE reads numbers and dates in every culture of the table.
statement ok
SET LANGUAGE us_english
----
! Changed language setting to us_english.

query TTTTTT
SELECT PARSE('5 mars 2026' AS date USING 'fr-FR'), PARSE('2026年3月5日' AS date USING 'ja-JP'), PARSE('5 марта 2026 г.' AS date USING 'ru-RU'), PARSE('Donnerstag, 5. März 2026' AS date USING 'de'), PARSE('5-3-2026' AS date USING 'nl-NL'), PARSE('2026년 3월 5일 목요일' AS date USING 'ko-KR')
----
2026-03-05	2026-03-05	2026-03-05	2026-03-05	2026-03-05	2026-03-05

query TTTT
SELECT PARSE('오후 2:05' AS time(0) USING 'ko-KR'), PARSE('05.03.26 14:05' AS datetime2(0) USING 'pl-PL'), PARSE('jueves, 5 de marzo de 2026' AS date USING 'es-ES'), PARSE('den 5 mars 2026' AS date USING 'sv-SE')
----
14:05:00	2026-03-05 14:05:00	2026-03-05	2026-03-05

query RRRRR
SELECT PARSE('1 234,5' AS decimal(10, 1) USING 'sv-SE'), PARSE('12,34,567.5' AS decimal(10, 1) USING 'en-IN'), PARSE('1''234.5' AS decimal(10, 1) USING 'de-CH'), PARSE('1.234,50 kr.' AS money USING 'da-DK'), PARSE('R$ 1.234,50' AS money USING 'pt-BR')
----
1234.5	1234567.5	1234.5	1234.5000	1234.5000

query TT
SELECT TRY_PARSE('5 marzo 2026' AS date USING 'fr-FR'), TRY_PARSE('31.02.2026' AS date USING 'de-DE')
----
NULL	NULL

# Without USING, PARSE reads in the session language's culture.
statement ok
SET LANGUAGE Deutsch
----
! Changed language setting to Deutsch.

query RT
SELECT PARSE('1.234,5' AS decimal(10, 1)), PARSE('05.03.2026' AS date)
----
1234.5	2026-03-05

statement error 9818
SELECT PARSE('1' AS int USING 'tlh')
----
error 9818: The culture parameter 'tlh' provided in the function call is not supported.

# SET LANGUAGE takes effect for the next statements of its own batch, constants included.
statement ok
SET LANGUAGE us_english
----
! Changed language setting to us_english.

query TTT
SET LANGUAGE Français; SELECT CONVERT(varchar(11), CAST('2026-02-05' AS date), 106), DATENAME(month, CAST('2026-05-01' AS date)), FORMAT(CAST('2026-05-01' AS date), 'D')
----
! Changed language setting to Français.
05 févr 2026	mai	vendredi 1 mai 2026
