# DBCC DBINFO … WITH TABLERESULTS, as health checks (sp_Blitz) read it: dbi_dbccLastKnownGood is
# 1900-01-01 until a DBCC CHECKDB finds no error, then the time it ended.
statement ok
CREATE DATABASE dbinfo_db

statement ok
CREATE TABLE #dbcc (ParentObject varchar(255), Object varchar(255), Field varchar(255), Value varchar(255))

statement ok
INSERT INTO #dbcc EXEC ('DBCC DBINFO(''dbinfo_db'') WITH TABLERESULTS, NO_INFOMSGS')

query TT rowsort
SELECT Field, Value FROM #dbcc WHERE Field IN ('dbi_dbccLastKnownGood', 'dbi_dbname', 'dbi_version')
----
dbi_dbccLastKnownGood	1900-01-01 00:00:00.000
dbi_dbname	dbinfo_db
dbi_version	957

statement ok
DBCC CHECKDB ('dbinfo_db') WITH NO_INFOMSGS

statement ok
TRUNCATE TABLE #dbcc

statement ok
INSERT INTO #dbcc EXEC ('DBCC DBINFO(''dbinfo_db'') WITH TABLERESULTS, NO_INFOMSGS')

query I
SELECT CASE WHEN DATEDIFF(second, CAST(Value AS datetime), GETDATE()) BETWEEN 0 AND 120 THEN 1 ELSE 0 END
FROM #dbcc WHERE Field = 'dbi_dbccLastKnownGood'
----
1

# Without TABLERESULTS the fields come as messages (times vary, so only that it runs here).
statement ok
DBCC DBINFO (dbinfo_db)

statement error 2520
DBCC DBINFO ('no_such_db') WITH TABLERESULTS

statement ok
DROP DATABASE dbinfo_db
