package dev.quern.engine.ast;

/** A T-SQL statement as parsed; {@code line} is where it starts in the batch (1-based). */
public sealed interface Statement
    permits SelectStatement,
        DeclareStatement,
        SetVariableStatement,
        SetOptionStatement,
        PrintStatement,
        WaitForStatement,
        UseStatement,
        IfStatement,
        BlockStatement,
        WhileStatement,
        BreakStatement,
        ContinueStatement,
        LabelStatement,
        GotoStatement,
        ReturnStatement,
        TryCatchStatement,
        ThrowStatement,
        RaiserrorStatement,
        ExecuteStatement,
        ExecuteStringStatement,
        TransactionStatement,
        StorageStatement,
        ReconfigureStatement,
        ResourceGovernorStatement,
        KillStatement,
        CursorStatement,
        DbccStatement {
  int line();

  /** The statement as T-SQL text that parses back to an equal tree (line aside). */
  String toSql();
}
