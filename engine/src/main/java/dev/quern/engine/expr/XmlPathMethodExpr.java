package dev.quern.engine.expr;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import java.util.List;

/**
 * {@code xml.exist(path)} and {@code xml.query(path)}, NULL when the value is NULL. exist: bit 1
 * when the path selects at least one node (or yields an atomic value, as XQuery's non-empty
 * sequence), 0 when it selects none ({@link XmlPaths#exists}). query: the nodes the path selects
 * as an xml fragment, the empty string when none ({@link XmlPaths#query}).
 */
public final class XmlPathMethodExpr extends BoundExpr {
  /** Which of the two methods. */
  public enum Method {
    EXIST(SqlTypes.BIT),
    QUERY(SqlTypes.XML);

    private final SqlType type;

    Method(SqlType type) {
      this.type = type;
    }
  }

  private final Method method;
  private final BoundExpr xml;
  private final XQueryPath path;
  private final List<BoundExpr> externals;
  private final String sql;

  /** {@code externals}: what the path's sql:variable() and sql:column() read, in their order. */
  public XmlPathMethodExpr(Method method, BoundExpr xml, XQueryPath path, List<BoundExpr> externals, String sql) {
    this.method = method;
    this.xml = xml;
    this.path = path;
    this.externals = List.copyOf(externals);
    this.sql = sql;
  }

  @Override
  public SqlType type() {
    return method.type;
  }

  @Override
  public boolean nullable() {
    return true;
  }

  @Override
  public Object eval(EvalContext ctx) {
    Object v = xml.eval(ctx);
    if (v == null) {
      return null;
    }
    var values = XmlPaths.externals(externals, ctx);
    return method == Method.EXIST ? XmlPaths.exists(v, path, values) : XmlPaths.query(v, path, values);
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
