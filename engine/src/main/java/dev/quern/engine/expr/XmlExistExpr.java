package dev.quern.engine.expr;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import java.util.List;

/**
 * {@code xml.exist(path)}: bit 1 when the path selects at least one node (or yields an atomic
 * value, as XQuery's non-empty sequence), 0 when it selects none ({@link XmlPaths#exists}); NULL
 * when the value is NULL.
 */
public final class XmlExistExpr extends BoundExpr {
  private final BoundExpr xml;
  private final XQueryPath path;
  private final List<BoundExpr> externals;
  private final String sql;

  /** {@code externals}: what the path's sql:variable() and sql:column() read, in their order. */
  public XmlExistExpr(BoundExpr xml, XQueryPath path, List<BoundExpr> externals, String sql) {
    this.xml = xml;
    this.path = path;
    this.externals = List.copyOf(externals);
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
    return v == null ? null : XmlPaths.exists(v, path, XmlPaths.externals(externals, ctx));
  }

  @Override
  public String toSql() {
    return sql;
  }

  @Override
  public List<BoundExpr> operands() {
    List<BoundExpr> all = new java.util.ArrayList<>(externals.size() + 1);
    all.add(xml);
    all.addAll(externals);
    return all;
  }
}
