# Literals and their types ("Constants (Transact-SQL)").
query I
SELECT 1
----
1

describe
SELECT 1, N'a', 'abc', 1.50, 1e3, $12.5, 0x0A0B, NULL, -5
----
	int	NOT NULL
	nvarchar(1)	NOT NULL
	varchar(3)	NOT NULL
	numeric(3,2)	NOT NULL
	float	NOT NULL
	money	NOT NULL
	varbinary(2)	NOT NULL
	int	NULL
	int	NOT NULL

query TTTT
SELECT 'it''s', N'ünï', '', 'a' + 'b'
----
it's	ünï	(empty)	ab

query RRR
SELECT 1.5, .5, 2.25
----
1.5	0.5	2.25

query T
SELECT 0x00FF
----
0x00FF

describe
SELECT 1 AS a, b = 2, 3 'c', 4 AS [d e], 5 "f"
----
a	int	NOT NULL
b	int	NOT NULL
c	int	NOT NULL
d e	int	NOT NULL
f	int	NOT NULL

query I
SELECT /* a /* nested */ comment */ 7 -- trailing
----
7

# An exponent without digits counts as 0 (found by TdsFuzzIT: "1E" was a NumberFormatException).
query RRR
SELECT 1E, 2.5e+, 4E-
----
1	2.5	4
