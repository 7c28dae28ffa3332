package dev.quern.engine.ast;

/**
 * A property of a CLR type's value, read without parentheses: geometry's {@code @g.STX}, {@code
 * (geometry::Point(1, 2, 0)).STSrid}, a column's {@code loc.Lat} (which parses as a two-part
 * column name and is taken as a property when bound).
 */
public record PropertyRef(Expr target, String property) implements Expr {
  @Override
  public String toSql() {
    return target.toSql() + "." + property;
  }
}
