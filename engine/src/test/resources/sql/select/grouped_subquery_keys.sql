# A subquery in a grouped query's select list reads the grouped row: a grouping key that is an
# expression (COALESCE(t.o, '(null)'), t.s + 1) may be read whole there, as SQL Server allows.
statement ok
CREATE TABLE gk_locks (s int, o sysname NULL, m varchar(10))
INSERT gk_locks VALUES (1, 'a', 'X'), (1, 'a', 'S'), (1, NULL, 'S'), (2, 'b', 'X')

query ITI
SELECT l3.s, COALESCE(l3.o, '(null)') AS name,
  (SELECT COUNT(*) FROM gk_locks AS l4 WHERE l4.s = l3.s AND COALESCE(l3.o, '(null)') = COALESCE(l4.o, '(null)')) AS n
FROM gk_locks AS l3
GROUP BY l3.s, COALESCE(l3.o, '(null)')
ORDER BY l3.s, name
----
1	(null)	1
1	a	2
2	b	1

query II
SELECT l3.s + 1 AS k, (SELECT COUNT(*) FROM gk_locks AS l4 WHERE l4.s + 1 = l3.s + 1) AS n
FROM gk_locks AS l3 GROUP BY l3.s + 1 ORDER BY k
----
2	3
3	1

# The same in FOR XML PATH, as lock reports nest them, and two levels down.
query T
SELECT COALESCE(l3.o, '(null)') AS [Object/@name],
  (SELECT l4.m AS [Lock/@mode] FROM gk_locks AS l4
   WHERE COALESCE(l3.o, '(null)') = COALESCE(l4.o, '(null)') ORDER BY l4.m FOR XML PATH(''), TYPE) AS [Object/Locks]
FROM gk_locks AS l3 WHERE l3.s = 1
GROUP BY COALESCE(l3.o, '(null)') ORDER BY COALESCE(l3.o, '(null)')
FOR XML PATH('')
----
<Object name="(null)"><Locks><Lock mode="S"/></Locks></Object><Object name="a"><Locks><Lock mode="S"/><Lock mode="X"/></Locks></Object>

query TI
SELECT COALESCE(g.o, '-'), (SELECT COUNT(*) FROM gk_locks AS a WHERE EXISTS
  (SELECT 1 FROM gk_locks AS b WHERE b.s = a.s AND COALESCE(g.o, '-') = COALESCE(b.o, '-')))
FROM gk_locks AS g GROUP BY COALESCE(g.o, '-') ORDER BY 1
----
-	3
a	3
b	1

# A column of the subquery's own with the key's name is the subquery's: COALESCE(o, '-') in the
# subquery below reads l4.o, not the enclosing key.
query TI
SELECT COALESCE(o, '-') AS k, (SELECT COUNT(*) FROM gk_locks AS l4 WHERE COALESCE(o, '-') = 'a')
FROM gk_locks GROUP BY COALESCE(o, '-') ORDER BY k
----
-	2
a	2
b	2

statement ok
DROP TABLE gk_locks
