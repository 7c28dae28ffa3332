# Patterns cannot hang the server: RE2 matches in time linear in the text, so the classic
# catastrophic-backtracking patterns (which a backtracking engine needs about 2^n steps for) answer at once.

query IIT
SELECT REGEXP_COUNT(REPLICATE('a', 5000) + 'b', '(a+)+$'), CASE WHEN REGEXP_LIKE(REPLICATE('a', 5000) + '!', '^(a|aa)+$') THEN 1 ELSE 0 END, REGEXP_SUBSTR(REPLICATE('x', 40) + 'y', '(x+x+)+y')
----
0	0	xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxy

query I
SELECT REGEXP_INSTR(REPLICATE(CAST('ab' AS varchar(max)), 100000) + 'c', '(a|b|ab)*c')
----
1

query I
SELECT COUNT(*) FROM REGEXP_MATCHES(REPLICATE(CAST('a' AS varchar(max)), 30) + 'b', '(a*)*b')
----
1
