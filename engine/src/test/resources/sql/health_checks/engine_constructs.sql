# Constructs sp_Blitz's text uses that Quern refused or got wrong.
# A trailing comma before a table body's closing parenthesis is accepted.
statement ok
CREATE TABLE #cfg (ID INT IDENTITY(1,1), configuration_id INT, name NVARCHAR(60), CheckID INT, )

statement ok
INSERT INTO #cfg (configuration_id, name, CheckID) VALUES (1, N'MAXDOP', 194)

query IT
SELECT configuration_id, name FROM #cfg
----
1	MAXDOP

statement error 102
CREATE TABLE #two_commas (a INT,, b INT)

# EXISTS never evaluates its select list (SELECT 1/0 raises nothing).
query I
IF EXISTS (SELECT 1/0 FROM #cfg WHERE CheckID = 194) SELECT 1 ELSE SELECT 0
----
1

query I
IF NOT EXISTS (SELECT 1/0 FROM #cfg AS sc WHERE sc.CheckID = 257) SELECT 1 ELSE SELECT 0
----
1

# INSERT … SELECT TOP … ORDER BY a column the select list leaves out inserts the listed columns.
statement ok
CREATE TABLE #found (CheckID INT, Details NVARCHAR(100))

statement ok
INSERT INTO #found (CheckID, Details) SELECT TOP 1 125, name FROM #cfg ORDER BY configuration_id DESC

query IT
SELECT CheckID, Details FROM #found
----
125	MAXDOP

# value() of a parenthesized single attribute is a singleton, as SQL Server types it.
query T
DECLARE @x xml = N'<Executables><Executable ObjectName="Shrink Database Task"/><Executable ObjectName="Rebuild"/></Executables>';
SELECT c.value('(@ObjectName)', 'varchar(128)') FROM @x.nodes('/Executables/Executable') t(c) ORDER BY 1
----
Rebuild
Shrink Database Task

statement error 2389
DECLARE @x xml = N'<a><b/><b/></a>';
SELECT @x.value('(a/b)', 'varchar(10)')

# sys.sql_modules.is_recompiled: WITH RECOMPILE, read from the stored definition.
statement ok
CREATE PROCEDURE dbo.health_recompiled WITH RECOMPILE AS SELECT 1

statement ok
CREATE PROCEDURE dbo.health_plain AS SELECT 1

query TI
SELECT o.name, m.is_recompiled FROM sys.sql_modules m JOIN sys.objects o ON o.object_id = m.object_id
WHERE o.name LIKE 'health[_]%' ORDER BY o.name
----
health_plain	0
health_recompiled	1

# sys.foreign_keys.is_not_for_replication (Quern has no replication: 0).
statement ok
CREATE TABLE dbo.health_parent (id INT PRIMARY KEY)

statement ok
CREATE TABLE dbo.health_child (id INT, pid INT CONSTRAINT fk_health REFERENCES dbo.health_parent (id))

query TIII
SELECT name, is_disabled, is_not_for_replication, is_not_trusted FROM sys.foreign_keys WHERE name = 'fk_health'
----
fk_health	0	0	0

# sys.all_columns lists system views' columns with every column sys.columns has.
query TIIT
SELECT c.name, c.is_hidden, c.generated_always_type, c.generated_always_type_desc FROM sys.all_columns c
WHERE c.object_id = OBJECT_ID('sys.databases') AND c.name = 'create_date'
----
create_date	0	0	NOT_APPLICABLE

query I
IF EXISTS (SELECT * FROM sys.all_columns c WHERE c.name = 'pvt_key_last_backup_date') SELECT 1 ELSE SELECT 0
----
1
