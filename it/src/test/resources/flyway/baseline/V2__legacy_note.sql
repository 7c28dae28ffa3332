ALTER TABLE legacy ADD note NVARCHAR(200) NULL CONSTRAINT df_legacy_note DEFAULT N'none';
GO
UPDATE legacy SET note = N'migrated';
