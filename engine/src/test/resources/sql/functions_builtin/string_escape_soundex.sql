# STRING_ESCAPE (JSON rules only), SOUNDEX and DIFFERENCE.

query T
SELECT STRING_ESCAPE(N'\   /  "' + CHAR(9) + CHAR(10) + CHAR(13) + CHAR(8) + CHAR(12) + CHAR(0) + CHAR(31) + N'é', 'json')
----
\\   \/  \"\t\n\r\b\f\u0000\u001fé

query TT
SELECT STRING_ESCAPE('plain', 'JSON'), STRING_ESCAPE(NULL, 'json')
----
plain	NULL

statement error 13622
SELECT STRING_ESCAPE('a', 'html')
----
error 13622: An invalid value was specified for argument 2.

statement error 8116
DECLARE @t varchar(10) = NULL; SELECT STRING_ESCAPE('a', @t)
----
error 8116: Argument data type NULL is invalid for argument 2 of STRING_ESCAPE function.

query TTTTTT
SELECT SOUNDEX('Smith'), SOUNDEX('Smythe'), SOUNDEX('Robert'), SOUNDEX('Rupert'), SOUNDEX('Rubin'), SOUNDEX('Washington')
----
S530	S530	R163	R163	R150	W252

query TTTTTTT
SELECT SOUNDEX('Tymczak'), SOUNDEX('Pfister'), SOUNDEX('Jackson'), SOUNDEX('Gutierrez'), SOUNDEX('lee'), SOUNDEX('Lloyd'), SOUNDEX('Burroughs')
----
T522	P236	J250	G362	L000	L300	B622

# Only upper-case H and W let equal codes merge (SQL Server's own rule); a non-letter ends the code.
query TTTTTTT
SELECT SOUNDEX('Ashcraft'), SOUNDEX('BHB'), SOUNDEX('Bhb'), SOUNDEX('SWC'), SOUNDEX('O''Brien'), SOUNDEX('Rob ert'), SOUNDEX('abc.')
----
A226	B000	B100	S000	O000	R100	A120

query TTTT
SELECT SOUNDEX(''), SOUNDEX(' Smith'), SOUNDEX(123), SOUNDEX(N'émile')
----
0000	0000	0000	É540

statement error 8116
SELECT SOUNDEX(CAST('a' AS text))
----
error 8116: Argument data type text is invalid for argument 1 of soundex function.

query TT
SELECT SOUNDEX(N'Honeyman'), SOUNDEX(NULL)
----
H555	NULL

query IIII
SELECT DIFFERENCE('Green', 'Greene'), DIFFERENCE('Smithers', 'Smythers'), DIFFERENCE('Anothers', 'Brothers'), DIFFERENCE('Blotchet-Halls', 'Greene')
----
4	4	2	0
