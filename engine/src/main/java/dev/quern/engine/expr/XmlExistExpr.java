package dev.quern.engine.expr;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import java.util.List;

/**
 * {@code xml.exist(path)}: bit 1 when the path selects at least one node (or yields an atomic value, as XQuery's non-empty sequence), 0 when it selects none ({@link XmlPaths#exists}); NULL when the value is NULL.
 */
public final class XmlExistExpr extends BoundExpr {
  private final BoundExpr xml;
  private final XQueryPath path;
  private final String sql;

  public XmlExistExpr(BoundExpr xml, XQueryPath path, String sql) {
    this.xml = xml;
    this.path = path;
    this.sql = sql;
  }

  @Override
  public SqlType type() {
    return SqlTypes.BIT;
  }

  @Override
  public boolean nullable() {
    return true;
  }

  @Override
  public Object eval(EvalContext ctx) {
    Object v = xml.eval(ctx);
    return v == null ? null : XmlPaths.exists(v, path);
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
