package dev.quern.engine.binder;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.SystemTimePeriod;
import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.ComparisonExpr;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.LogicalExpr;
import dev.quern.engine.ast.QuerySpec;
import dev.quern.engine.ast.SelectItem;
import dev.quern.engine.ast.SystemTimeClause;
import dev.quern.engine.ast.TableSource;
import dev.quern.engine.error.TemporalErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ResolvedTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What binding knows of system-versioned temporal tables: HIDDEN period columns (left out of
 * {@code SELECT *} and of an INSERT without a column list), the writes refused (GENERATED ALWAYS
 * columns, the history table), and FOR SYSTEM_TIME, which reads the table as the union of its
 * current and history rows whose periods meet SQL Server's condition for the form:
 *
 * <pre>
 * AS OF t                 start &lt;= t AND end &gt; t
 * FROM a TO b             start &lt; b AND end &gt; a
 * BETWEEN a AND b         start &lt;= b AND end &gt; a
 * CONTAINED IN (a, b)     start &gt;= a AND end &lt;= b
 * ALL                     every row
 * </pre>
 *
 * and, for every form, start &lt;&gt; end: history rows of empty periods (a row changed several
 * times in one transaction) are never returned, as SQL Server does not return them; nor are
 * history rows past a finite HISTORY_RETENTION_PERIOD ({@link #retained}).
 */
final class TemporalTables {
  private TemporalTables() {}

  static Optional<SystemTimePeriod> period(SessionState state, ResolvedTable t) {
    return state.store().metadata(t.catalog()).period(t.table().id());
  }

  /** 13559, 13561, 13560, 13562: {@code verb} writes the history table of a versioned table. */
  static void refuseHistoryWrite(SessionState state, ResolvedTable t, String verb) {
    if (state.store().metadata(t.catalog()).versionedBy(t.table().id()).isEmpty()) {
      return;
    }
    String name = t.fullyQualified();
    throw switch (verb) {
      case "INSERT" -> TemporalErrors.INSERT_HISTORY.raise(name);
      case "UPDATE" -> TemporalErrors.UPDATE_HISTORY.raise(name);
      case "DELETE" -> TemporalErrors.DELETE_HISTORY.raise(name);
      default -> TemporalErrors.MERGE_HISTORY.raise(name);
    };
  }

  /** 13537: an UPDATE (or MERGE) assigns period column {@code c}. */
  static void refuseAssigned(SessionState state, ResolvedTable t, Column c) {
    var p = period(state, t);
    if (p.isPresent() && (c.columnId() == p.get().startColumnId() || c.columnId() == p.get().endColumnId())) {
      throw TemporalErrors.UPDATE_GENERATED.raise(t.fullyQualified());
    }
  }

  /** Whether {@code c} is a HIDDEN period column of {@code t}. */
  static boolean hidden(SessionState state, ResolvedTable t, Column c) {
    return period(state, t).filter(p -> p.hidden(c.columnId())).isPresent();
  }

  /** The FOR SYSTEM_TIME that applies to {@code n}: its own, else that of the view being read. */
  static SystemTimeClause clause(BindContext bind, TableSource.Named n) {
    return n.systemTime() != null ? n.systemTime() : bind.viewSystemTime();
  }

  /**
   * {@code t} read FOR SYSTEM_TIME {@code clause}: the derived table {@code (SELECT columns FROM t
   * WHERE condition UNION ALL SELECT columns FROM history WHERE condition) AS qualifier}, bound.
   * A table that is not versioned cannot be read so (13544); a clause that came from a view is
   * applied only to the versioned tables it reads (TableSources leaves the others as they are).
   */
  static SourceBinder.Bound bind(BindContext bind, SessionState state, ResolvedTable t, TableSource.Named n,
      SystemTimeClause clause, String qualifier) {
    SystemTimePeriod p = period(state, t).filter(SystemTimePeriod::versioned)
        .orElseThrow(() -> TemporalErrors.NOT_TEMPORAL.raise(t.table().name()));
    var history = state.store().metadata(t.catalog()).table(p.historyTableId()).orElseThrow();
    String start = t.table().columnById(p.startColumnId()).name();
    String end = t.table().columnById(p.endColumnId()).name();
    Expr condition = condition(clause, start, end);
    List<SelectItem> items = new ArrayList<>();
    for (Column c : t.table().columns()) {
      items.add(new SelectItem.Column(new ColumnRef(List.of(c.name())), null));
    }
    String schema = t.schema().name();
    String database = t.database().name();
    Expr retained = retained(t, p, end);
    QuerySpec historyRows = block(items, List.of(database, schema, history.name()),
        retained == null ? condition : condition == null ? retained : and(condition, retained));
    QuerySpec current = block(items, List.of(database, schema, t.table().name()), condition);
    QuerySpec union = new QuerySpec(false, null, current.items(), current.from(), current.where(), List.of(), null,
        List.of(), null, null, List.of(new QuerySpec.Compound(QuerySpec.SetOperator.UNION, true, historyRows)));
    // The tables inside are read as they are: the view's clause must not apply to them again.
    return bind.withViewSystemTime(null,
        () -> DerivedTables.bind(bind, new TableSource.Derived(union, qualifier, List.of())));
  }

  /**
   * The history rows FOR SYSTEM_TIME still returns under a finite HISTORY_RETENTION_PERIOD: those
   * whose period ended no earlier than now less the retention ("end &gt;= DATEADD(unit, -n,
   * SYSUTCDATETIME())", the filter SQL Server adds), so aged rows stay out of temporal queries
   * whether the cleanup has deleted them yet or not. Null (no filter) for INFINITE, and while the
   * database's TEMPORAL_HISTORY_RETENTION is OFF, which keeps aged rows as they are.
   */
  private static Expr retained(ResolvedTable t, SystemTimePeriod p, String end) {
    if (p.retention().equals("INFINITE")
        || "OFF".equals(t.database().options().get("TEMPORAL_HISTORY_RETENTION"))) {
      return null;
    }
    String[] parts = p.retention().split(" ");
    String unit = parts[1].substring(0, parts[1].length() - 1); // DAYS -> DAY
    Expr cutoff = ComputedColumnBinder.parse("DATEADD(" + unit + ", -" + parts[0] + ", SYSUTCDATETIME())");
    return new ComparisonExpr(">=", new ColumnRef(List.of(end)), cutoff);
  }

  private static QuerySpec block(List<SelectItem> items, List<String> table, Expr where) {
    return new QuerySpec(false, null, items, new TableSource.Named(table, null), where, List.of(), null, List.of(),
        null, null, List.of());
  }

  private static Expr condition(SystemTimeClause c, String start, String end) {
    Expr s = new ColumnRef(List.of(start));
    Expr e = new ColumnRef(List.of(end));
    Expr nonEmpty = new ComparisonExpr("<>", s, e);
    Expr period = switch (c.kind()) {
      case AS_OF -> and(new ComparisonExpr("<=", s, c.from()), new ComparisonExpr(">", e, c.from()));
      case FROM_TO -> and(new ComparisonExpr("<", s, c.to()), new ComparisonExpr(">", e, c.from()));
      case BETWEEN -> and(new ComparisonExpr("<=", s, c.to()), new ComparisonExpr(">", e, c.from()));
      case CONTAINED_IN -> and(new ComparisonExpr(">=", s, c.from()), new ComparisonExpr("<=", e, c.to()));
      case ALL -> null;
    };
    return period == null ? nonEmpty : and(period, nonEmpty);
  }

  private static Expr and(Expr a, Expr b) {
    return new LogicalExpr(true, a, b);
  }
}
