package dev.quern.engine.parser;

import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.Names;
import dev.quern.engine.ast.TableSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code VECTOR_SEARCH(TABLE = object [AS alias], COLUMN = column, SIMILAR_TO = vector, METRIC =
 * 'cosine' | 'dot' | 'euclidean', TOP_N = k)}, after its name: the arguments are named (each once,
 * in any order; a missing one or any other name is 102). Its rows are those of an exact k-nearest
 * search written as the query SQL Server describes: the table's rows (those with a vector) in order
 * of their distance to the given vector, the first k, each with its distance. SQL Server answers from an approximate
 * index when there is one; Quern has none, and the exact answer is what SQL Server gives without
 * one.
 */
final class VectorSearchParser {
  private final TokenStream in;
  private final ExpressionParser expr;

  VectorSearchParser(TokenStream in, ExpressionParser expr) {
    this.in = in;
    this.expr = expr;
  }

  TableSource parse(java.util.function.Supplier<String> alias) {
    in.expectSymbol("(");
    List<String> table = null;
    String tableAlias = null;
    String column = null;
    Map<String, Expr> values = new HashMap<>();
    do {
      var name = in.next();
      String key = name.upper();
      in.expectSymbol("=");
      switch (key) {
        case "TABLE" -> {
          if (table != null) {
            throw TokenStream.errorNear(name);
          }
          table = NameParser.objectName(in);
          if (in.accept("AS")) {
            tableAlias = in.identifier();
          }
        }
        case "COLUMN" -> {
          if (column != null) {
            throw TokenStream.errorNear(name);
          }
          column = in.identifier();
        }
        case "SIMILAR_TO", "METRIC", "TOP_N" -> {
          if (values.put(key, expr.parse()) != null) {
            throw TokenStream.errorNear(name);
          }
        }
        default -> throw TokenStream.errorNear(name);
      }
    } while (in.acceptSymbol(","));
    if (table == null || column == null || values.size() != 3) {
      throw TokenStream.errorNear(in.peek());
    }
    in.expectSymbol(")");
    String qualifier = tableAlias != null ? tableAlias : table.getLast();
    String q = Names.quote(qualifier);
    String distance = "VECTOR_DISTANCE(" + values.get("METRIC").toSql() + ", " + q + "." + Names.quote(column) + ", "
        + values.get("SIMILAR_TO").toSql() + ")";
    String sql = "SELECT TOP (" + values.get("TOP_N").toSql() + ") " + q + ".*, " + distance + " AS [distance] FROM "
        + Names.quoteAll(table) + " AS " + q + " WHERE " + q + "." + Names.quote(column) + " IS NOT NULL ORDER BY [distance]";
    String written = "VECTOR_SEARCH(TABLE = " + Names.quoteAll(table) + (tableAlias == null ? "" : " AS " + q)
        + ", COLUMN = " + Names.quote(column) + ", SIMILAR_TO = " + values.get("SIMILAR_TO").toSql()
        + ", METRIC = " + values.get("METRIC").toSql() + ", TOP_N = " + values.get("TOP_N").toSql() + ")";
    return new TableSource.VectorSearch(Parser.parseQuery(sql, true), qualifier, alias.get(), written);
  }
}
