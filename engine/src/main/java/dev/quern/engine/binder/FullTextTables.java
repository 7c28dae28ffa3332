package dev.quern.engine.binder;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.FullTextIndex;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.Literal;
import dev.quern.engine.ast.TableSource;
import dev.quern.engine.error.FullTextErrors;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.plan.FullTextTableNode;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.ResolvedTable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Binds CONTAINSTABLE and FREETEXTTABLE (parsed as functions: the table, the column count and
 * columns, the condition, then top_n_by_rank): the table must have a full-text index (7601) holding
 * the columns (7601 state 3); the rows are [KEY], of the full-text key column's type, and RANK.
 */
final class FullTextTables {
  private FullTextTables() {}

  static boolean is(TableSource.Function f) {
    return (f.name().equals("CONTAINSTABLE") || f.name().equals("FREETEXTTABLE")) && !f.args().isEmpty()
        && f.args().getFirst() instanceof ColumnRef && f.args().size() > 2 && f.args().get(1) instanceof Literal;
  }

  static SourceBinder.Bound bind(BindContext bind, TableSource.Function f, ExpressionBinder exprs) {
    List<String> name = ((ColumnRef) f.args().getFirst()).parts();
    String written = String.join(".", name);
    if (!(bind.session() instanceof SessionState state) || !state.store().inStatement()) {
      throw SqlErrors.INVALID_OBJECT.raise(written);
    }
    ResolvedTable t = ObjectNames.table(state.store(), state.databaseName(), name)
        .orElseThrow(() -> SqlErrors.INVALID_OBJECT.raise(written));
    FullTextIndex index = state.store().metadata(t.catalog()).fullText().index(t.table().id());
    if (index == null) {
      throw FullTextErrors.TABLE_NOT_INDEXED.raise(written);
    }
    int n = Integer.parseInt(((Literal) f.args().get(1)).text());
    int next = 2 + Math.max(n, 0) + (n < 0 ? 1 : 0);
    Set<Integer> searched = null;
    if (n > 0) {
      searched = new HashSet<>();
      for (Expr e : f.args().subList(2, 2 + n)) {
        String columnName = ((ColumnRef) e).parts().getLast();
        Column column = t.table().column(columnName).orElseThrow(() -> SqlErrors.INVALID_COLUMN.raise(columnName));
        if (!index.indexes(column.columnId())) {
          throw FullTextErrors.COLUMN_NOT_INDEXED.raise(column.name());
        }
        searched.add(column.columnId());
      }
    }
    BoundExpr condition = exprs.implicit(exprs.value(f.args().get(next)), SqlTypes.NVARCHAR_MAX);
    BoundExpr top = f.args().size() > next + 1 ? exprs.implicit(exprs.value(f.args().get(next + 1)), SqlTypes.BIGINT)
        : null;
    Index keyIndex = t.table().indexes().stream().filter(i -> i.indexId() == index.keyIndexId()).findFirst()
        .orElseThrow();
    Column key = t.table().columnById(keyIndex.keys().getFirst().columnId());
    List<ResultColumn> columns = List.of(new ResultColumn("KEY", key.type(), false),
        new ResultColumn("RANK", SqlTypes.INT, false));
    var node = new FullTextTableNode(f.name().equals("FREETEXTTABLE"), t.catalog(), t.table().id(),
        t.schemaQualified(), searched, condition, top, columns);
    return new SourceBinder.Bound(node, new ColumnScope(TableFunctions.qualifier(f), node.columns()), true);
  }
}
