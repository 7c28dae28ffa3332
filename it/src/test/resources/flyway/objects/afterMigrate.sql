-- Flyway runs this callback after every migrate; ${marker} is a placeholder.
IF OBJECT_ID('dbo.migrate_marker') IS NULL CREATE TABLE dbo.migrate_marker (n INT NOT NULL);
INSERT INTO dbo.migrate_marker(n) VALUES (${marker});
