package dev.quern.engine.expr;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.error.XQueryErrors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.DocumentFragment;
import org.w3c.dom.Node;

/**
 * The new value {@code SET @x.modify('…')} gives its variable, and an UPDATE's {@code SET
 * col.modify('…')} its column: the xml value with the XML DML statement applied ({@link XmlDml}),
 * written back as SQL Server writes changed xml (whitespace-only text gone, {@code <a/>} for an
 * empty element). A NULL value is SQL Server's error 5302, which ends the batch.
 */
public final class XmlModifyExpr extends BoundExpr {
  private final BoundExpr xml;
  private final String targetName;
  private final XmlDml dml;
  private final List<XQueryPath> paths;
  private final List<List<BoundExpr>> externals;
  private final String sql;

  /** {@code externals}: for each of {@code dml.paths()}, what its sql:variable() and sql:column() read. */
  public XmlModifyExpr(BoundExpr xml, String targetName, XmlDml dml, List<List<BoundExpr>> externals, String sql) {
    this.xml = xml;
    this.targetName = targetName;
    this.dml = dml;
    this.paths = dml.paths();
    this.externals = externals.stream().map(List::copyOf).toList();
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
    if (v == null) {
      throw XQueryErrors.MUTATOR_ON_NULL.raise(targetName);
    }
    Map<XQueryPath, Object[]> values = new HashMap<>();
    for (int i = 0; i < paths.size(); i++) {
      values.put(paths.get(i), XmlPaths.externals(externals.get(i), ctx));
    }
    DocumentFragment root = XmlFragmentReader.parse(v.toString());
    dml.apply(root, values::get);
    List<Node> top = new ArrayList<>();
    for (Node c = root.getFirstChild(); c != null; c = c.getNextSibling()) {
      top.add(c);
    }
    return XmlNodeText.of(top);
  }

  @Override
  public String toSql() {
    return sql;
  }

  @Override
  public List<BoundExpr> operands() {
    List<BoundExpr> all = new ArrayList<>();
    all.add(xml);
    externals.forEach(all::addAll);
    return all;
  }
}
