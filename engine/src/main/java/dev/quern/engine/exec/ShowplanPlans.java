package dev.quern.engine.exec;

import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Statistics;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.ast.DeleteStatement;
import dev.quern.engine.ast.InsertStatement;
import dev.quern.engine.ast.MergeStatement;
import dev.quern.engine.ast.SourceSpan;
import dev.quern.engine.ast.StorageStatement;
import dev.quern.engine.ast.UpdateStatement;
import dev.quern.engine.binder.BatchBinder;
import dev.quern.engine.binder.BindContext;
import dev.quern.engine.binder.DmlBinder;
import dev.quern.engine.binder.LateBoundExpr;
import dev.quern.engine.binder.MergeBinder;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.plan.BatchPlan;
import dev.quern.engine.plan.DmlPlan;
import dev.quern.engine.plan.StatementPlan;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.showplan.ConditionOperators;
import dev.quern.engine.showplan.DmlOperators;
import dev.quern.engine.showplan.MergeOperators;
import dev.quern.engine.showplan.OperatorMapper;
import dev.quern.engine.showplan.PlanContext;
import dev.quern.engine.showplan.PlanOperator;
import dev.quern.engine.showplan.ShowplanStatement;
import dev.quern.engine.sys.TableSizes;
import java.util.Locale;

/**
 * Compiles, without running, one statement of a batch into what a showplan reports: binds what the
 * engine binds only when it runs (DML, a SELECT over tables) against the catalog of this moment,
 * and maps the plan to SQL Server's operators. Table sizes for the estimates come from the table's
 * statistics when UPDATE STATISTICS computed some, else from counting its rows.
 */
final class ShowplanPlans implements PlanContext {
  private final SessionState state;

  ShowplanPlans(SessionState state) {
    this.state = state;
  }

  /** The showplan of {@code s}, statement number {@code id} of {@code batch}. */
  ShowplanStatement statement(int id, StatementPlan s, BatchPlan batch) {
    PlanOperator root = operators(s);
    // An IF whose condition reads a table is COND WITH QUERY, as SQL Server types it.
    String type = s instanceof StatementPlan.If && root != null ? COND_WITH_QUERY : type(s);
    return new ShowplanStatement(id, text(s, batch), type, root);
  }

  /** The type of an IF or WHILE condition that runs a query, shown apart in actual plans. */
  static final String COND_WITH_QUERY = "COND WITH QUERY";

  /**
   * {@code condition} as bound now: one that read a table when the batch compiled binds when it
   * runs (LateBoundExpr), so it is bound here to show its queries; one that does not bind (a
   * table still missing) shows none.
   */
  BoundExpr bound(BoundExpr condition) {
    if (!(condition instanceof LateBoundExpr late)) {
      return condition;
    }
    state.store().beginStatement();
    try {
      return late.bind();
    } catch (dev.quern.engine.error.SqlException e) {
      return condition;
    } finally {
      state.store().endStatement(true);
    }
  }

  private PlanOperator operators(StatementPlan s) {
    return switch (s) {
      case StatementPlan.Select sel -> new OperatorMapper(this).map(sel.query().root());
      case StatementPlan.AssignSelect a -> new OperatorMapper(this).map(a.query().root());
      case StatementPlan.LateBound l -> late(l);
      case StatementPlan.If i -> ConditionOperators.map(bound(i.condition()), new OperatorMapper(this));
      case StatementPlan.While w -> ConditionOperators.map(bound(w.condition()), new OperatorMapper(this));
      default -> null;
    };
  }

  private PlanOperator late(StatementPlan.LateBound l) {
    BindContext bind = (BindContext) l.scope();
    state.store().beginStatement();
    try {
      if (!(l.statement() instanceof StorageStatement storage)) {
        // Bound again now, as the executor does: the error of compile time may be gone.
        StatementPlan plan = new BatchBinder(bind).statement(l.statement());
        if (plan instanceof StatementPlan.LateBound again) {
          throw again.error() != null ? again.error() : l.error();
        }
        return operators(plan);
      }
      DmlBinder dml = new DmlBinder(bind, state);
      if (storage instanceof MergeStatement m) {
        return MergeOperators.map(new MergeBinder(bind, dml).bind(m), new OperatorMapper(this), null);
      }
      DmlPlan plan = switch (storage) {
        case InsertStatement i -> dml.insert(i);
        case UpdateStatement u -> dml.update(u);
        case DeleteStatement d -> dml.delete(d);
        default -> null;
      };
      return plan == null ? null : DmlOperators.map(plan, new OperatorMapper(this));
    } finally {
      state.store().endStatement(true);
    }
  }

  static String text(StatementPlan s, BatchPlan batch) {
    SourceSpan span = batch.spans() == null ? null : batch.spans().get(s);
    if (span == null || batch.text() == null) {
      return "";
    }
    int end = Math.min(span.end(), batch.text().length());
    // An IF or WHILE is shown as its head, as SQL Server shows it: the text before its statement.
    StatementPlan body = switch (s) {
      case StatementPlan.If i -> i.then();
      case StatementPlan.While w -> w.body();
      default -> null;
    };
    SourceSpan bodySpan = body == null ? null : batch.spans().get(body);
    if (bodySpan != null && bodySpan.start() > span.start() && bodySpan.start() < end) {
      end = bodySpan.start();
    }
    return batch.text().substring(span.start(), end).strip();
  }

  /** SQL Server's StatementType: SELECT, INSERT, COND, SET ON/OFF, CREATE TABLE … */
  static String type(StatementPlan s) {
    return switch (s) {
      case StatementPlan.Select sel -> "SELECT";
      case StatementPlan.AssignSelect a -> "SELECT";
      case StatementPlan.SetVariable v -> "ASSIGN";
      case StatementPlan.SetOptions o -> "SET ON/OFF";
      case StatementPlan.If i -> "COND";
      case StatementPlan.While w -> "WHILE";
      case StatementPlan.Execute e -> "EXECUTE PROC";
      case StatementPlan.ExecuteString e -> "EXECUTE STRING";
      case StatementPlan.Use u -> "USE DATABASE";
      case StatementPlan.LateBound l -> words(l.statement().getClass().getSimpleName());
      default -> words(s.getClass().getSimpleName());
    };
  }

  /** "CreateTableStatement" → "CREATE TABLE". */
  private static String words(String className) {
    String name = className.replaceAll("Statement$", "");
    return name.replaceAll("([a-z])([A-Z])", "$1 $2").toUpperCase(Locale.ROOT);
  }

  @Override
  public String databaseName(int databaseId) {
    return state.databaseName(databaseId).orElse("tempdb");
  }

  @Override
  public long tableRows(int databaseId, Table t) {
    try {
      var catalog = state.store().storage().catalog(databaseId);
      Metadata md = state.store().metadata(catalog);
      long rows = -1;
      for (Statistics st : md.statistics(t.id())) {
        if (st.content() != null) {
          rows = Math.max(rows, st.content().rows());
        }
      }
      return rows >= 0 ? rows : TableSizes.of(state, catalog, t).rows();
    } catch (RuntimeException e) {
      return 1; // a table variable or a table of a moment the store cannot count: one row, as SQL Server guesses
    }
  }
}
