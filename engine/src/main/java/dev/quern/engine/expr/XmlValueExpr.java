package dev.quern.engine.expr;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.Conversions;
import dev.quern.catalog.value.SqlValueException;
import dev.quern.catalog.value.ValueConverter;
import java.util.List;

/**
 * {@code xml.value(path, 'type')}: the text the path selects in the xml value ({@link XmlPaths}),
 * converted to the type as CONVERT would; NULL when the value is NULL or the path selects nothing.
 */
public final class XmlValueExpr extends BoundExpr {
  private final BoundExpr xml;
  private final XQueryPath path;
  private final SqlType type;
  private final List<BoundExpr> externals;
  private final String sql;
  private final ValueConverter converter;

  /** {@code externals}: what the path's sql:variable() and sql:column() read, in their order. */
  public XmlValueExpr(BoundExpr xml, XQueryPath path, List<BoundExpr> externals, SqlType type, String sql) {
    this.xml = xml;
    this.path = path;
    this.externals = List.copyOf(externals);
    this.type = type;
    this.sql = sql;
    this.converter = Conversions.converter(
        path.hexBinary() ? SqlTypes.VARBINARY_MAX : SqlTypes.NVARCHAR_MAX, type, Conversions.NO_STYLE);
  }

  @Override
  public SqlType type() {
    return type;
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
    String text = XmlPaths.value(v, path, XmlPaths.externals(externals, ctx));
    if (text == null) {
      return null;
    }
    Object value = text;
    if (path.hexBinary()) {
      try {
        value = java.util.HexFormat.of().parseHex(text.strip());
      } catch (IllegalArgumentException e) {
        return null; // a failed cast is a dynamic error, which SQL Server's XQuery makes the empty sequence
      }
    }
    try {
      return converter.convert(value, ctx.functions.dateFormat());
    } catch (SqlValueException e) {
      throw ValueErrors.toSql(e);
    }
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
