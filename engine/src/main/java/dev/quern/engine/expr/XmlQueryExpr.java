package dev.quern.engine.expr;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import java.util.List;

/**
 * {@code xml.query(path)}: the nodes the path selects as an xml fragment, the empty string when none ({@link XmlPaths#query}); NULL when the value is NULL.
 */
public final class XmlQueryExpr extends BoundExpr {
  private final BoundExpr xml;
  private final XQueryPath path;
  private final String sql;

  public XmlQueryExpr(BoundExpr xml, XQueryPath path, String sql) {
    this.xml = xml;
    this.path = path;
    this.sql = sql;
  }

  @Override
  public SqlType type() {
    return SqlTypes.XML;
  }

  @Override
  public boolean nullable() {
    return true;
  }

  @Override
  public Object eval(EvalContext ctx) {
    Object v = xml.eval(ctx);
    return v == null ? null : XmlPaths.query(v, path);
  }

  @Override
  public String toSql() {
    return sql;
  }

  @Override
  public List<BoundExpr> operands() {
    return List.of(xml);
  }
}
