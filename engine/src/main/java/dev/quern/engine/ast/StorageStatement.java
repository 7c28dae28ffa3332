package dev.quern.engine.ast;

/**
 * A statement over the catalog and tables (DDL, DML). Bound when it runs, against the metadata of
 * that moment: SQL Server's deferred name resolution, so a batch can create a table and use it.
 */
public sealed interface StorageStatement extends Statement
    permits CreateTableStatement,
        DropTableStatement,
        InsertStatement,
        UpdateStatement,
        DeleteStatement,
        TruncateTableStatement,
        CreateDatabaseStatement,
        DropDatabaseStatement,
        SetIdentityInsertStatement,
        CreateIndexStatement,
        DropIndexStatement,
        CreateViewStatement,
        DropViewStatement,
        CreateProcedureStatement,
        DropProcedureStatement,
        CreateFunctionStatement,
        DropFunctionStatement,
        CreateTriggerStatement,
        DropTriggerStatement,
        EnableTriggerStatement,
        CreateSchemaStatement,
        DropSchemaStatement,
        AlterTableStatement,
        CreateSequenceStatement,
        DropSequenceStatement,
        AlterSequenceStatement,
        CreateTypeStatement,
        CreateSynonymStatement,
        DropSynonymStatement,
        DropTypeStatement,
        SelectIntoStatement,
        DeclareTableStatement,
        OutputStatement,
        MergeStatement,
        PositionedStatement,
        SecurityStatement {}
