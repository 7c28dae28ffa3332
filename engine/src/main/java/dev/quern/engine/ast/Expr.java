package dev.quern.engine.ast;

/** An expression as written (unbound): prints itself back as T-SQL. */
public sealed interface Expr
    permits Literal,
        VariableRef,
        ColumnRef,
        UnaryExpr,
        BinaryExpr,
        ComparisonExpr,
        NotExpr,
        LogicalExpr,
        BetweenExpr,
        InListExpr,
        LikeExpr,
        IsNullExpr,
        CaseExpr,
        CastExpr,
        FunctionCall,
        ParenExpr,
        CollateExpr,
        AtTimeZoneExpr,
        SubqueryExpr,
        ExistsExpr,
        QuantifiedExpr,
        NextValueExpr,
        WindowExpr,
        WithinGroupExpr,
        JsonConstructor,
        MethodCall,
        StaticMethodCall,
        PropertyRef {
  /** The expression as T-SQL text that parses back to an equal tree. */
  String toSql();
}
