# FORMAT in the cultures Quern knows (.NET Framework / Windows NLS culture data, as SQL Server's
# FORMAT sees it). One line per culture: N2, C, P, D (long date), d (short date), t (short time) and
# a custom 'dddd d MMMM yyyy'.
#
# Checked against documented output:
# - learn.microsoft.com, FORMAT (Transact-SQL), example A (2016-07-31 in the riptutorial copy):
#   'd' en-US 7/31/2016, en-gb 31/07/2016, de-de 31.07.2016, zh-cn 2016/7/31;
#   'D' en-gb '31 July 2016', de-de 'Sonntag, 31. Juli 2016' (see the query after the table).
# - SQL Server 2012 FORMAT page (CSDN copy): 'D' de-de 'Mittwoch, 1. Januar 2014', zh-cn 2014年1月1日.
# - .NET "Standard numeric format strings": 'C' fr-FR 123,46 €; 'N' en-US 1,234.57 style grouping;
#   en-IN groups 12,34,567 (NumberGroupSizes 3, 2).
statement ok
CREATE TABLE fc (n decimal(12, 3), m money, r decimal(6, 4), d datetime2(0))

statement ok
INSERT INTO fc VALUES (1234567.891, 1234.5, 0.1234, '2026-03-05T14:05:09')

query TTTTTTT
SELECT FORMAT(n, 'N2', 'en-US'), FORMAT(m, 'C', 'en-US'), FORMAT(r, 'P', 'en-US'), FORMAT(d, 'D', 'en-US'), FORMAT(d, 'd', 'en-US'), FORMAT(d, 't', 'en-US'), FORMAT(d, 'dddd d MMMM yyyy', 'en-US') FROM fc
----
1,234,567.89	$1,234.50	12.34 %	Thursday, March 5, 2026	3/5/2026	2:05 PM	Thursday 5 March 2026

query TTTTTTT
SELECT FORMAT(n, 'N2', 'de-DE'), FORMAT(m, 'C', 'de-DE'), FORMAT(r, 'P', 'de-DE'), FORMAT(d, 'D', 'de-DE'), FORMAT(d, 'd', 'de-DE'), FORMAT(d, 't', 'de-DE'), FORMAT(d, 'dddd d MMMM yyyy', 'de-DE') FROM fc
----
1.234.567,89	1.234,50 €	12,34 %	Donnerstag, 5. März 2026	05.03.2026	14:05	Donnerstag 5 März 2026

query TTTTTTT
SELECT FORMAT(n, 'N2', 'fr-FR'), FORMAT(m, 'C', 'fr-FR'), FORMAT(r, 'P', 'fr-FR'), FORMAT(d, 'D', 'fr-FR'), FORMAT(d, 'd', 'fr-FR'), FORMAT(d, 't', 'fr-FR'), FORMAT(d, 'dddd d MMMM yyyy', 'fr-FR') FROM fc
----
1 234 567,89	1 234,50 €	12,34 %	jeudi 5 mars 2026	05/03/2026	14:05	jeudi 5 mars 2026

query TTTTTTT
SELECT FORMAT(n, 'N2', 'en-GB'), FORMAT(m, 'C', 'en-GB'), FORMAT(r, 'P', 'en-GB'), FORMAT(d, 'D', 'en-GB'), FORMAT(d, 'd', 'en-GB'), FORMAT(d, 't', 'en-GB'), FORMAT(d, 'dddd d MMMM yyyy', 'en-GB') FROM fc
----
1,234,567.89	£1,234.50	12.34%	05 March 2026	05/03/2026	14:05	Thursday 5 March 2026

query TTTTTTT
SELECT FORMAT(n, 'N2', 'es-ES'), FORMAT(m, 'C', 'es-ES'), FORMAT(r, 'P', 'es-ES'), FORMAT(d, 'D', 'es-ES'), FORMAT(d, 'd', 'es-ES'), FORMAT(d, 't', 'es-ES'), FORMAT(d, 'dddd d MMMM yyyy', 'es-ES') FROM fc
----
1.234.567,89	1.234,50 €	12,34 %	jueves, 5 de marzo de 2026	05/03/2026	14:05	jueves 5 marzo 2026

query TTTTTTT
SELECT FORMAT(n, 'N2', 'it-IT'), FORMAT(m, 'C', 'it-IT'), FORMAT(r, 'P', 'it-IT'), FORMAT(d, 'D', 'it-IT'), FORMAT(d, 'd', 'it-IT'), FORMAT(d, 't', 'it-IT'), FORMAT(d, 'dddd d MMMM yyyy', 'it-IT') FROM fc
----
1.234.567,89	1.234,50 €	12,34%	giovedì 5 marzo 2026	05/03/2026	14:05	giovedì 5 marzo 2026

query TTTTTTT
SELECT FORMAT(n, 'N2', 'pt-BR'), FORMAT(m, 'C', 'pt-BR'), FORMAT(r, 'P', 'pt-BR'), FORMAT(d, 'D', 'pt-BR'), FORMAT(d, 'd', 'pt-BR'), FORMAT(d, 't', 'pt-BR'), FORMAT(d, 'dddd d MMMM yyyy', 'pt-BR') FROM fc
----
1.234.567,89	R$ 1.234,50	12,34%	quinta-feira, 5 de março de 2026	05/03/2026	14:05	quinta-feira 5 março 2026

query TTTTTTT
SELECT FORMAT(n, 'N2', 'nl-NL'), FORMAT(m, 'C', 'nl-NL'), FORMAT(r, 'P', 'nl-NL'), FORMAT(d, 'D', 'nl-NL'), FORMAT(d, 'd', 'nl-NL'), FORMAT(d, 't', 'nl-NL'), FORMAT(d, 'dddd d MMMM yyyy', 'nl-NL') FROM fc
----
1.234.567,89	€ 1.234,50	12,34%	donderdag 5 maart 2026	5-3-2026	14:05	donderdag 5 maart 2026

query TTTTTTT
SELECT FORMAT(n, 'N2', 'ja-JP'), FORMAT(m, 'C', 'ja-JP'), FORMAT(r, 'P', 'ja-JP'), FORMAT(d, 'D', 'ja-JP'), FORMAT(d, 'd', 'ja-JP'), FORMAT(d, 't', 'ja-JP'), FORMAT(d, 'dddd d MMMM yyyy', 'ja-JP') FROM fc
----
1,234,567.89	¥1,235	12.34%	2026年3月5日	2026/03/05	14:05	木曜日 5 3月 2026

query TTTTTTT
SELECT FORMAT(n, 'N2', 'zh-CN'), FORMAT(m, 'C', 'zh-CN'), FORMAT(r, 'P', 'zh-CN'), FORMAT(d, 'D', 'zh-CN'), FORMAT(d, 'd', 'zh-CN'), FORMAT(d, 't', 'zh-CN'), FORMAT(d, 'dddd d MMMM yyyy', 'zh-CN') FROM fc
----
1,234,567.89	¥1,234.50	12.34%	2026年3月5日	2026/3/5	14:05	星期四 5 三月 2026

query TTTTTTT
SELECT FORMAT(n, 'N2', 'ru-RU'), FORMAT(m, 'C', 'ru-RU'), FORMAT(r, 'P', 'ru-RU'), FORMAT(d, 'D', 'ru-RU'), FORMAT(d, 'd', 'ru-RU'), FORMAT(d, 't', 'ru-RU'), FORMAT(d, 'dddd d MMMM yyyy', 'ru-RU') FROM fc
----
1 234 567,89	1 234,50 ₽	12,34%	5 марта 2026 г.	05.03.2026	14:05	четверг 5 марта 2026

query TTTTTTT
SELECT FORMAT(n, 'N2', 'sv-SE'), FORMAT(m, 'C', 'sv-SE'), FORMAT(r, 'P', 'sv-SE'), FORMAT(d, 'D', 'sv-SE'), FORMAT(d, 'd', 'sv-SE'), FORMAT(d, 't', 'sv-SE'), FORMAT(d, 'dddd d MMMM yyyy', 'sv-SE') FROM fc
----
1 234 567,89	1 234,50 kr	12,34 %	den 5 mars 2026	2026-03-05	14:05	torsdag 5 mars 2026

query TTTTTTT
SELECT FORMAT(n, 'N2', 'pl-PL'), FORMAT(m, 'C', 'pl-PL'), FORMAT(r, 'P', 'pl-PL'), FORMAT(d, 'D', 'pl-PL'), FORMAT(d, 'd', 'pl-PL'), FORMAT(d, 't', 'pl-PL'), FORMAT(d, 'dddd d MMMM yyyy', 'pl-PL') FROM fc
----
1 234 567,89	1 234,50 zł	12,34%	5 marca 2026	05.03.2026	14:05	czwartek 5 marca 2026

query TTTTTTT
SELECT FORMAT(n, 'N2', 'da-DK'), FORMAT(m, 'C', 'da-DK'), FORMAT(r, 'P', 'da-DK'), FORMAT(d, 'D', 'da-DK'), FORMAT(d, 'd', 'da-DK'), FORMAT(d, 't', 'da-DK'), FORMAT(d, 'dddd d MMMM yyyy', 'da-DK') FROM fc
----
1.234.567,89	kr. 1.234,50	12,34 %	5. marts 2026	05-03-2026	14:05	torsdag 5 marts 2026

query TTTTTTT
SELECT FORMAT(n, 'N2', 'nb-NO'), FORMAT(m, 'C', 'nb-NO'), FORMAT(r, 'P', 'nb-NO'), FORMAT(d, 'D', 'nb-NO'), FORMAT(d, 'd', 'nb-NO'), FORMAT(d, 't', 'nb-NO'), FORMAT(d, 'dddd d MMMM yyyy', 'nb-NO') FROM fc
----
1 234 567,89	kr 1 234,50	12,34 %	5. mars 2026	05.03.2026	14:05	torsdag 5 mars 2026

query TTTTTTT
SELECT FORMAT(n, 'N2', 'fi-FI'), FORMAT(m, 'C', 'fi-FI'), FORMAT(r, 'P', 'fi-FI'), FORMAT(d, 'D', 'fi-FI'), FORMAT(d, 'd', 'fi-FI'), FORMAT(d, 't', 'fi-FI'), FORMAT(d, 'dddd d MMMM yyyy', 'fi-FI') FROM fc
----
1 234 567,89	1 234,50 €	12,34 %	5. maaliskuuta 2026	5.3.2026	14:05	torstai 5 maaliskuu 2026

query TTTTTTT
SELECT FORMAT(n, 'N2', 'ko-KR'), FORMAT(m, 'C', 'ko-KR'), FORMAT(r, 'P', 'ko-KR'), FORMAT(d, 'D', 'ko-KR'), FORMAT(d, 'd', 'ko-KR'), FORMAT(d, 't', 'ko-KR'), FORMAT(d, 'dddd d MMMM yyyy', 'ko-KR') FROM fc
----
1,234,567.89	₩1,235	12.34%	2026년 3월 5일 목요일	2026-03-05	오후 2:05	목요일 5 3월 2026

query TTTTTTT
SELECT FORMAT(n, 'N2', 'de-CH'), FORMAT(m, 'C', 'de-CH'), FORMAT(r, 'P', 'de-CH'), FORMAT(d, 'D', 'de-CH'), FORMAT(d, 'd', 'de-CH'), FORMAT(d, 't', 'de-CH'), FORMAT(d, 'dddd d MMMM yyyy', 'de-CH') FROM fc
----
1'234'567.89	CHF 1'234.50	12.34%	Donnerstag, 5. März 2026	05.03.2026	14:05	Donnerstag 5 März 2026

query TTTTTTT
SELECT FORMAT(n, 'N2', 'fr-CA'), FORMAT(m, 'C', 'fr-CA'), FORMAT(r, 'P', 'fr-CA'), FORMAT(d, 'D', 'fr-CA'), FORMAT(d, 'd', 'fr-CA'), FORMAT(d, 't', 'fr-CA'), FORMAT(d, 'dddd d MMMM yyyy', 'fr-CA') FROM fc
----
1 234 567,89	1 234,50 $	12,34 %	5 mars 2026	2026-03-05	14:05	jeudi 5 mars 2026

query TTTTTTT
SELECT FORMAT(n, 'N2', 'en-AU'), FORMAT(m, 'C', 'en-AU'), FORMAT(r, 'P', 'en-AU'), FORMAT(d, 'D', 'en-AU'), FORMAT(d, 'd', 'en-AU'), FORMAT(d, 't', 'en-AU'), FORMAT(d, 'dddd d MMMM yyyy', 'en-AU') FROM fc
----
1,234,567.89	$1,234.50	12.34%	Thursday, 5 March 2026	5/03/2026	2:05 PM	Thursday 5 March 2026

query TTTTTTT
SELECT FORMAT(n, 'N2', 'en-IN'), FORMAT(m, 'C', 'en-IN'), FORMAT(r, 'P', 'en-IN'), FORMAT(d, 'D', 'en-IN'), FORMAT(d, 'd', 'en-IN'), FORMAT(d, 't', 'en-IN'), FORMAT(d, 'dddd d MMMM yyyy', 'en-IN') FROM fc
----
12,34,567.89	₹ 1,234.50	12.34%	05 March 2026	05-03-2026	14:05	Thursday 5 March 2026

# The documented dates (FORMAT's example A).
query TTTTTT
SELECT FORMAT(CAST('2016-07-31' AS datetime), 'd', 'en-US'), FORMAT(CAST('2016-07-31' AS datetime), 'd', 'en-gb'), FORMAT(CAST('2016-07-31' AS datetime), 'd', 'de-de'), FORMAT(CAST('2016-07-31' AS datetime), 'd', 'zh-cn'), FORMAT(CAST('2016-07-31' AS datetime), 'D', 'en-gb'), FORMAT(CAST('2016-07-31' AS datetime), 'D', 'de-de')
----
7/31/2016	31/07/2016	31.07.2016	2016/7/31	31 July 2016	Sonntag, 31. Juli 2016

# The other standard numeric formats, negative numbers and currency patterns.
query TTTTTTT
SELECT FORMAT(-1234.5, 'C', 'en-US'), FORMAT(-1234.5, 'C', 'de-DE'), FORMAT(-1234.5, 'C', 'nl-NL'), FORMAT(-1234.5, 'N1', 'fr-FR'), FORMAT(-0.001, 'N2', 'en-US'), FORMAT(1234.5, 'C', 'ja-JP'), FORMAT(-0.25, 'P1', 'de-CH')
----
($1,234.50)	-1.234,50 €	€ -1.234,50	-1 234,5	0.00	¥1,235	-25.0%

query TTTTTTT
SELECT FORMAT(1234.5678, 'F2', 'de-DE'), FORMAT(1234.5678, 'E3', 'de-DE'), FORMAT(1234.5678, 'e2', 'en-US'), FORMAT(CAST(1234.5678 AS float), 'G', 'fr-FR'), FORMAT(CAST(1e20 AS float), 'G', 'en-US'), FORMAT(CAST(0.1 AS float) + CAST(0.2 AS float), 'R', 'en-US'), FORMAT(CAST(0.1 AS float) + CAST(0.2 AS float), 'G', 'en-US')
----
1234,57	1,235E+003	1.23e+003	1234,5678	1E+20	0.30000000000000004	0.3

query TTTTT
SELECT FORMAT(255, 'X4', 'de-DE'), FORMAT(255, 'x', 'de-DE'), FORMAT(-42, 'D6', 'fr-FR'), FORMAT(1234567.5, '#,##0.00', 'de-DE'), FORMAT(CAST(12345678.9 AS decimal(10, 1)), 'N1', 'en-IN')
----
00FF	ff	-000042	1.234.567,50	1,23,45,678.9

# Custom numeric patterns: FORMAT's documented '###-##-####' (123-45-6789), sections, scaling,
# percent, exponents, and the culture's group sizes.
query TTTTTTT
SELECT FORMAT(123456789, '###-##-####'), FORMAT(-1234.5, '#,##0.00;(#,##0.00);zero'), FORMAT(0, '#,##0.00;(#,##0.00);zero'), FORMAT(1234567890, '#,##0,,', 'en-US'), FORMAT(0.256, '0.0%', 'fr-FR'), FORMAT(12345.678, '0.###E+00', 'de-DE'), FORMAT(1234567.5, '#,##0.00', 'en-IN')
----
123-45-6789	(1,234.50)	zero	1,235	25,6%	1,235E+04	12,34,567.50

query TTTTTT
SELECT FORMAT(5.25, '.00'), FORMAT(0.5, '#.##'), FORMAT(7, '000'), FORMAT(-0.001, '0.00'), FORMAT(1234.5, '\#0 ''units'''), FORMAT(99.999, '0.00E0')
----
5.25	.5	007	0.00	#1235 units	1.00E2

# R is not a decimal format in .NET: NULL, like any invalid format.
query TT
SELECT FORMAT(1.5, 'R', 'en-US'), FORMAT(1.5, 'Q', 'en-US')
----
NULL	NULL

# The date standard formats in de-DE: f F g G M Y T U s u O R.
query TTTTTT
SELECT FORMAT(d, 'f', 'de-DE'), FORMAT(d, 'F', 'de-DE'), FORMAT(d, 'g', 'de-DE'), FORMAT(d, 'G', 'de-DE'), FORMAT(d, 'M', 'de-DE'), FORMAT(d, 'Y', 'de-DE') FROM fc
----
Donnerstag, 5. März 2026 14:05	Donnerstag, 5. März 2026 14:05:09	05.03.2026 14:05	05.03.2026 14:05:09	5. März	März 2026

query TTTTTT
SELECT FORMAT(d, 'T', 'de-DE'), FORMAT(d, 'U', 'de-DE'), FORMAT(d, 's', 'de-DE'), FORMAT(d, 'u', 'de-DE'), FORMAT(d, 'O', 'de-DE'), FORMAT(d, 'R', 'de-DE') FROM fc
----
14:05:09	Donnerstag, 5. März 2026 14:05:09	2026-03-05T14:05:09	2026-03-05 14:05:09Z	2026-03-05T14:05:09.0000000	Thu, 05 Mar 2026 14:05:09 GMT

query TTTT
SELECT FORMAT(CAST('2026-03-05T14:05:09+02:00' AS datetimeoffset(0)), 'u', 'en-US'), FORMAT(CAST('2026-03-05T14:05:09+02:00' AS datetimeoffset(0)), 'yyyy-MM-dd HH:mm zzz', 'fr-FR'), FORMAT(CAST('2026-03-05T14:05:09' AS datetime2), 'hh:mm:ss tt', 'ja-JP'), FORMAT(CAST('2026-03-05T14:05:09' AS datetime2), 'tt h:mm', 'ko-KR')
----
2026-03-05 12:05:09Z	2026-03-05 14:05 +02:00	02:05:09 午後	오후 2:05

# '/' in a custom pattern is the culture's date separator; genitive month names follow a day number.
query TTTTT
SELECT FORMAT(d, 'dd/MM/yyyy', 'de-DE'), FORMAT(d, 'dd/MM/yyyy', 'nl-NL'), FORMAT(d, 'MMMM', 'ru-RU'), FORMAT(d, 'd MMMM', 'ru-RU'), FORMAT(d, 'MMM ddd', 'fr-FR') FROM fc
----
05.03.2026	05-03-2026	Март	5 марта	mars jeu.

# Neutral cultures format with their default specific culture; case does not matter; '' is the
# invariant culture.
query TTTT
SELECT FORMAT(1234.5, 'N2', 'de'), FORMAT(1234.5, 'C', 'EN-gb'), FORMAT(1234.5, 'C', ''), FORMAT(d, 'D', '') FROM fc
----
1.234,50	£1,234.50	¤1,234.50	Thursday, 05 March 2026

statement error 9818
SELECT FORMAT(1234.5, 'N', 'xx-YY')
----
error 9818: The culture parameter 'xx-YY' provided in the function call is not supported.

statement error 9818
SELECT FORMAT(1234.5, 'N', 'cs-CZ')
----
error 9818: The culture parameter 'cs-CZ' provided in the function call is not supported.

# A time is a .NET TimeSpan: literals must be escaped (FORMAT's documented example D: hh\.mm is
# 07.35, hh:mm is NULL, hh\:mm is 07:35); t is no TimeSpan format.
query TTTTTT
SELECT FORMAT(CAST('07:35' AS time), N'hh\.mm'), FORMAT(CAST('07:35' AS time), N'hh:mm'), FORMAT(CAST('07:35' AS time), N'hh\:mm'), FORMAT(CAST('07:35:12.5' AS time), 'c'), FORMAT(CAST('07:35:12.5' AS time), 'g', 'de-DE'), FORMAT(CAST('07:35' AS time), 't')
----
07.35	NULL	07:35	07:35:12.5000000	7:35:12,5	07:35:00

# Without a culture, FORMAT uses the session language's.
statement ok
SET LANGUAGE Deutsch
----
! Changed language setting to Deutsch.

query TTT
SELECT FORMAT(1234.5, 'N2'), FORMAT(d, 'D'), FORMAT(d, 'd') FROM fc
----
1.234,50	Donnerstag, 5. März 2026	05.03.2026

statement ok
SET LANGUAGE 日本語
----
! Changed language setting to 日本語.

query TTT
SELECT FORMAT(1234.5, 'C'), FORMAT(d, 'D'), FORMAT(d, 'tt h:mm') FROM fc
----
¥1,235	2026年3月5日	午後 2:05

statement ok
SET LANGUAGE us_english
----
! Changed language setting to us_english.

query TT
SELECT FORMAT(1234.5, 'C'), FORMAT(d, 'D') FROM fc
----
$1,234.50	Thursday, March 5, 2026
