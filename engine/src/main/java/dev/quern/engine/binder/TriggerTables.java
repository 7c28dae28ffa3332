package dev.quern.engine.binder;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.TableSource;
import dev.quern.engine.plan.TableFunctionNode;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.session.TriggerFrame;
import dev.quern.engine.store.ResolvedTable;
import java.util.List;
import java.util.Optional;

/**
 * The pseudo-tables {@code inserted} and {@code deleted} of a trigger's body: the table's columns,
 * their rows read when the statement runs from the firing under way (the same compiled body
 * serves every firing of its trigger).
 */
public final class TriggerTables {
  private TriggerTables() {}

  /** The columns a trigger's pseudo-tables have: its table's. */
  public static List<ResultColumn> columns(ResolvedTable t) {
    return TableSources.columns(t);
  }

  static Optional<SourceBinder.Bound> pseudo(BindContext bind, TableSource.Named n) {
    if (n.parts().size() != 1 || !(bind.session() instanceof SessionState state) || state.trigger() == null
        || state.trigger().ddl()) { // a DDL trigger has no inserted or deleted (208)
      return Optional.empty();
    }
    String name = n.parts().getFirst();
    boolean inserted = name.equalsIgnoreCase("inserted");
    if (!inserted && !name.equalsIgnoreCase("deleted")) {
      return Optional.empty();
    }
    List<ResultColumn> columns = state.trigger().columns();
    var node = new TableFunctionNode(
        inserted ? "inserted" : "deleted", List.of(), columns,
        (values, defaulted, ctx) -> current(ctx).rows(inserted));
    String qualifier = n.alias() != null ? n.alias() : name;
    return Optional.of(new SourceBinder.Bound(node, new ColumnScope(qualifier, columns), true));
  }

  private static TriggerFrame current(dev.quern.engine.expr.EvalContext ctx) {
    return ((SessionState) ctx.functions).trigger();
  }
}
