package dev.quern.engine.ast;

/** A {@code FOR JSON} or {@code FOR XML} clause after a SELECT: its rows become one text. */
public sealed interface ForClause permits ForJson, ForXml {
  String toSql();
}
