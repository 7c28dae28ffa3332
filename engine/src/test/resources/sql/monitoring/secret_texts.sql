# (The queries build the passwords they look for, so that their own texts do not hold them.)
# A batch that sets a password is never shown as written by the views that show texts: SQL
# Server's trace comment stands in for it, and security statements get no query statistics.

statement ok
CREATE LOGIN secret_texts_login WITH PASSWORD = 'Secret-Texts-Pa55!'

statement ok
ALTER LOGIN secret_texts_login WITH PASSWORD = 'Other-Secret-Pa55!'

query I
SELECT COUNT(*) FROM sys.dm_exec_cached_plans AS p CROSS APPLY sys.dm_exec_sql_text(p.plan_handle) AS t WHERE t.text LIKE '%' + 'Secret-' + 'Pa55%' OR t.text LIKE '%' + 'Secret-' + 'Texts-Pa55%'
----
0

query I
SELECT CASE WHEN COUNT(*) >= 2 THEN 1 ELSE 0 END FROM sys.dm_exec_cached_plans AS p CROSS APPLY sys.dm_exec_sql_text(p.plan_handle) AS t WHERE t.text LIKE '-- ''password'' was found in the text of this event.%'
----
1

query I
SELECT COUNT(*) FROM sys.dm_exec_query_stats AS s CROSS APPLY sys.dm_exec_sql_text(s.sql_handle) AS t WHERE t.text LIKE '%LOGIN%' OR t.text LIKE '-- ''password''%'
----
0

# Procedures whose arguments carry a password are hidden too.
statement ok
EXEC sp_addlogin 'secret_texts_legacy', 'Legacy-Secret-Pa66!'

statement error 15161
EXEC sp_setapprole 'no_such_role', 'Approle-Secret-Pa66!'

query I
SELECT COUNT(*) FROM sys.dm_exec_cached_plans AS p CROSS APPLY sys.dm_exec_sql_text(p.plan_handle) AS t WHERE t.text LIKE '%' + 'Secret-' + 'Pa66%'
----
0

statement ok
DROP LOGIN secret_texts_login;
DROP LOGIN secret_texts_legacy
