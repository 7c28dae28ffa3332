package dev.quern.engine.ast;

/**
 * {@code FOR JSON PATH|AUTO [, ROOT[('name')]] [, INCLUDE_NULL_VALUES] [, WITHOUT_ARRAY_WRAPPER]}
 * after a SELECT: its rows become one JSON text. {@code root} is null without ROOT.
 */
public record ForJson(boolean path, String root, boolean includeNullValues, boolean withoutArrayWrapper)
    implements ForClause {
  @Override
  public String toSql() {
    StringBuilder sb = new StringBuilder(" FOR JSON ").append(path ? "PATH" : "AUTO");
    if (root != null) {
      sb.append(", ROOT('").append(root.replace("'", "''")).append("')");
    }
    if (includeNullValues) {
      sb.append(", INCLUDE_NULL_VALUES");
    }
    if (withoutArrayWrapper) {
      sb.append(", WITHOUT_ARRAY_WRAPPER");
    }
    return sb.toString();
  }
}
