-- Objects that hold on to each other, which Flyway's clean must take apart in a working order:
-- a schema-bound function used by a CHECK and a computed column, a schema-bound view, a table type
-- a procedure takes, self-referencing and mutually referencing foreign keys, a database DDL trigger,
-- an index and statistics, and a system-versioned table with its history table.
CREATE FUNCTION dbo.double_it(@x INT) RETURNS INT WITH SCHEMABINDING AS BEGIN RETURN @x * 2; END
GO
CREATE TABLE dbo.measure (id INT PRIMARY KEY, v INT NOT NULL CONSTRAINT ck_measure_v CHECK (dbo.double_it(v) < 1000),
  doubled AS dbo.double_it(v), created DATE CONSTRAINT df_measure_created DEFAULT (CONVERT(date, GETDATE())));
GO
CREATE VIEW dbo.measure_bound WITH SCHEMABINDING AS SELECT id, v FROM dbo.measure;
GO
CREATE TYPE dbo.id_table AS TABLE (id INT NOT NULL);
GO
CREATE PROCEDURE dbo.take_ids @ids dbo.id_table READONLY AS SELECT COUNT(*) FROM @ids;
GO
CREATE TABLE dbo.tree (id INT PRIMARY KEY, parent_id INT NULL CONSTRAINT fk_tree_parent REFERENCES dbo.tree(id));
GO
CREATE TABLE dbo.a (id INT PRIMARY KEY, b_id INT NULL);
CREATE TABLE dbo.b (id INT PRIMARY KEY, a_id INT NULL REFERENCES dbo.a(id));
ALTER TABLE dbo.a ADD CONSTRAINT fk_a_b FOREIGN KEY (b_id) REFERENCES dbo.b(id);
GO
CREATE FUNCTION dbo.multi() RETURNS @t TABLE (n INT) AS BEGIN INSERT INTO @t VALUES (1); RETURN; END
GO
CREATE TRIGGER trg_ddl ON DATABASE FOR CREATE_TABLE AS PRINT 'created';
GO
CREATE INDEX ix_measure_v ON dbo.measure(v) INCLUDE (created);
GO
CREATE STATISTICS st_measure_created ON dbo.measure(created);
GO
CREATE TABLE dbo.temporal_t (id INT PRIMARY KEY, ValidFrom DATETIME2 GENERATED ALWAYS AS ROW START, ValidTo DATETIME2 GENERATED ALWAYS AS ROW END,
  PERIOD FOR SYSTEM_TIME (ValidFrom, ValidTo)) WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.temporal_t_history));
GO
