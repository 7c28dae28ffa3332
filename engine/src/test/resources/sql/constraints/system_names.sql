# Constraints declared without a name get SQL Server's system names: PK__table8__16 hex digits;
# DF/CK/FK__table9__colum5__8 hex digits; CK__table9__8 hex digits for a table-level check.
statement ok
CREATE TABLE dbo.sysnames_parent (id int PRIMARY KEY)

statement ok
CREATE TABLE dbo.sysnames_child (id int PRIMARY KEY, parent_id int REFERENCES dbo.sysnames_parent (id),
  quantity int CHECK (quantity > 0) DEFAULT 1, price money, CHECK (price >= 0))

query TT rowsort
SELECT RTRIM(type), CASE
    WHEN type = 'PK' THEN IIF(name LIKE 'PK[_][_]sysnames[_][_]' + REPLICATE('[0-9A-F]', 16), 'ok', name)
    WHEN type = 'F' THEN IIF(name LIKE 'FK[_][_]sysnames_[_][_]paren[_][_]' + REPLICATE('[0-9A-F]', 8), 'ok', name)
    WHEN type = 'D' THEN IIF(name LIKE 'DF[_][_]sysnames_[_][_]quant[_][_]' + REPLICATE('[0-9A-F]', 8), 'ok', name)
    WHEN type = 'C' AND parent_column_id = 0 THEN IIF(name LIKE 'CK[_][_]sysnames_[_][_]' + REPLICATE('[0-9A-F]', 8), 'ok', name)
    ELSE IIF(name LIKE 'CK[_][_]sysnames_[_][_]quant[_][_]' + REPLICATE('[0-9A-F]', 8), 'ok', name) END
FROM (SELECT name, type, 0 AS parent_column_id FROM sys.objects WHERE parent_object_id = OBJECT_ID('dbo.sysnames_child') AND type IN ('PK', 'F', 'D')
      UNION ALL SELECT name, type, parent_column_id FROM sys.check_constraints WHERE parent_object_id = OBJECT_ID('dbo.sysnames_child')) AS c
----
C	ok
C	ok
D	ok
F	ok
PK	ok

statement ok
ALTER TABLE dbo.sysnames_child ADD weight int NULL DEFAULT 0 CHECK (weight >= 0)

query I
SELECT COUNT(*) FROM sys.objects WHERE parent_object_id = OBJECT_ID('dbo.sysnames_child')
  AND (name LIKE 'DF[_][_]sysnames_[_][_]weigh[_][_]%' OR name LIKE 'CK[_][_]sysnames_[_][_]weigh[_][_]%')
----
2

statement ok
DROP TABLE dbo.sysnames_child, dbo.sysnames_parent
