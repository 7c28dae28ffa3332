package dev.quern.engine.binder;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.TableSource;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.openxml.OpenXmlRows;
import dev.quern.engine.plan.TableFunctionNode;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code OPENXML(handle, rowpattern [, flags]) [WITH …]}: a row source whose arguments are
 * evaluated when it opens, reading the session's prepared document ({@link OpenXmlRows}). Its
 * columns are the WITH schema's, a WITH table's (mapped by name), or the edge table's.
 */
final class OpenXmlBinder {
  private OpenXmlBinder() {}

  static SourceBinder.Bound bind(BindContext bind, TableSource.OpenXml o) {
    ExpressionBinder exprs = new ExpressionBinder(bind, ColumnScope.EMPTY, null, "FROM");
    List<BoundExpr> args = new ArrayList<>();
    args.add(exprs.implicit(exprs.value(o.document()), SqlTypes.INT));
    args.add(exprs.implicit(exprs.value(o.rowPattern()), SqlType.ofLength(TypeId.NVARCHAR, 4000)));
    args.add(o.flags() == null ? null : exprs.implicit(exprs.value(o.flags()), SqlType.of(TypeId.TINYINT)));
    List<OpenXmlRows.Column> schema = schema(bind, o);
    List<ResultColumn> columns = schema == null
        ? OpenXmlRows.EDGE_COLUMNS
        : schema.stream().map(c -> new ResultColumn(c.name(), c.type(), true)).toList();
    var node = new TableFunctionNode(o.toSql(), args, columns, (values, defaulted, ctx) -> {
      var document = ((SessionState) ctx.functions).xmlDocuments().get((Integer) values[0]);
      String pattern = values[1] == null ? "" : values[1].toString();
      if (schema == null) {
        return OpenXmlRows.edgeRows(document, pattern);
      }
      int flags = values[2] == null ? 0 : ((Number) values[2]).intValue();
      return OpenXmlRows.rows(document, pattern, flags, schema);
    });
    return new SourceBinder.Bound(node, new ColumnScope(o.alias() != null ? o.alias() : "OPENXML", node.columns()), false);
  }

  /** The names SELECT * gives. */
  static List<String> columnNames(BindContext bind, TableSource.OpenXml o) {
    List<OpenXmlRows.Column> schema = schema(bind, o);
    return schema == null
        ? OpenXmlRows.EDGE_COLUMNS.stream().map(ResultColumn::name).toList()
        : schema.stream().map(OpenXmlRows.Column::name).toList();
  }

  /** The WITH columns (a table's columns, mapped by name, for WITH table); null for the edge table. */
  private static List<OpenXmlRows.Column> schema(BindContext bind, TableSource.OpenXml o) {
    if (o.table() != null) {
      if (!(bind.session() instanceof SessionState state)) {
        throw SqlErrors.INVALID_OBJECT.raise(String.join(".", o.table()));
      }
      var table = ObjectNames.table(state.store(), state.databaseName(), o.table())
          .orElseThrow(() -> SqlErrors.INVALID_OBJECT.raise(String.join(".", o.table())));
      List<OpenXmlRows.Column> out = new ArrayList<>();
      for (Column c : table.table().columns()) {
        out.add(new OpenXmlRows.Column(c.name(), c.type(), null));
      }
      return out;
    }
    if (o.schema().isEmpty()) {
      return null;
    }
    return o.schema().stream().map(c -> new OpenXmlRows.Column(c.name(), TypeResolver.forCast(c.type()), c.pattern())).toList();
  }
}
