# SQL Server 2025's fuzzy string matching, with the results of SQL Server's documented examples.
statement ok
CREATE TABLE #WordPairs (WordID int IDENTITY PRIMARY KEY, WordUK nvarchar(50), WordUS nvarchar(50))

statement ok
INSERT #WordPairs (WordUK, WordUS) VALUES ('Colour', 'Color'), ('Flavour', 'Flavor'), ('Centre', 'Center'),
  ('Theatre', 'Theater'), ('Organise', 'Organize'), ('Analyse', 'Analyze'), ('Catalogue', 'Catalog'),
  ('Programme', 'Program'), ('Metre', 'Meter'), ('Honour', 'Honor'), ('Neighbour', 'Neighbor'),
  ('Travelling', 'Traveling'), ('Grey', 'Gray'), ('Defence', 'Defense'), ('Practise', 'Practice'),
  ('Practice', 'Practice'), ('Aluminium', 'Aluminum'), ('Cheque', 'Check')

query TTI rowsort
SELECT WordUK, WordUS, EDIT_DISTANCE(WordUK, WordUS) FROM #WordPairs WHERE EDIT_DISTANCE(WordUK, WordUS) <= 2
----
Aluminium	Aluminum	1
Analyse	Analyze	1
Catalogue	Catalog	2
Centre	Center	2
Colour	Color	1
Defence	Defense	1
Flavour	Flavor	1
Grey	Gray	1
Honour	Honor	1
Metre	Meter	2
Neighbour	Neighbor	1
Organise	Organize	1
Practice	Practice	0
Practise	Practice	1
Programme	Program	2
Theatre	Theater	2
Travelling	Traveling	1

query TI rowsort
SELECT WordUK, EDIT_DISTANCE_SIMILARITY(WordUK, WordUS) FROM #WordPairs WHERE EDIT_DISTANCE_SIMILARITY(WordUK, WordUS) >= 75
----
Aluminium	89
Analyse	86
Catalogue	78
Colour	83
Defence	86
Flavour	86
Grey	75
Honour	83
Neighbour	89
Organise	88
Practice	100
Practise	88
Programme	78
Travelling	90

query TR rowsort
SELECT WordUK, ROUND(JARO_WINKLER_DISTANCE(WordUK, WordUS), 6) FROM #WordPairs WHERE JARO_WINKLER_DISTANCE(WordUK, WordUS) <= .05
----
Aluminium	0.022222
Catalogue	0.044444
Centre	0.033333
Colour	0.033333
Flavour	0.028571
Honour	0.033333
Metre	0.046667
Neighbour	0.022222
Practice	0
Programme	0.044444
Theatre	0.028571
Travelling	0.02

query TI rowsort
SELECT WordUK, JARO_WINKLER_SIMILARITY(WordUK, WordUS) FROM #WordPairs WHERE JARO_WINKLER_SIMILARITY(WordUK, WordUS) > 90
----
Aluminium	98
Analyse	94
Catalogue	96
Centre	97
Colour	97
Defence	94
Flavour	97
Honour	97
Metre	95
Neighbour	98
Organise	95
Practice	100
Practise	95
Programme	96
Theatre	97
Travelling	98

query TTIRII
SELECT T.s, T.t, EDIT_DISTANCE(T.s, T.t), ROUND(JARO_WINKLER_DISTANCE(T.s, T.t), 6), EDIT_DISTANCE_SIMILARITY(T.s, T.t),
       JARO_WINKLER_SIMILARITY(T.s, T.t)
FROM (VALUES ('Black', 'Red'), ('Colour', 'Yellow'), ('Microsoft', 'Msft'), ('Regex', 'Regex')) AS T(s, t)
----
Black	Red	5	1	0	0
Colour	Yellow	5	0.444444	17	56
Microsoft	Msft	5	0.491667	44	51
Regex	Regex	0	0	100	100

# Characters compare under the arguments' collation: the default ignores case; a binary one does not.
query III
SELECT EDIT_DISTANCE('ABC', 'abc'), EDIT_DISTANCE('ABC' COLLATE Latin1_General_BIN2, 'abc'),
       EDIT_DISTANCE('café' COLLATE Latin1_General_CI_AI, 'cafe')
----
0	3	0

query III
SELECT EDIT_DISTANCE('', 'abc'), EDIT_DISTANCE_SIMILARITY('', ''), JARO_WINKLER_SIMILARITY('', 'x')
----
3	100	0

query II
SELECT EDIT_DISTANCE('kitten', 'sitting', 1), EDIT_DISTANCE(NULL, 'a')
----
3	NULL

statement error 8116
SELECT EDIT_DISTANCE(CAST('a' AS varchar(max)), 'b')

statement error 8116
SELECT JARO_WINKLER_DISTANCE(CAST('<a/>' AS xml), 'b')

statement error 174
SELECT EDIT_DISTANCE_SIMILARITY('a', 'b', 1)
