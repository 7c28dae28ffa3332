package dev.quern.engine.exec;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.plan.BatchPlan;
import dev.quern.engine.plan.StatementPlan;
import dev.quern.engine.session.SessionOptions;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.showplan.ShowplanRows;
import dev.quern.engine.showplan.ShowplanStatement;
import dev.quern.engine.showplan.ShowplanXml;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A batch under SET SHOWPLAN_XML, SHOWPLAN_TEXT or SHOWPLAN_ALL ON ("SET SHOWPLAN_XML"): its
 * statements are compiled, not run, and their plans returned instead: one ShowPlanXML document
 * for the batch, or per statement its text then its operator lines (TEXT), or its rows (ALL). SET
 * statements still run and show nothing (SET SHOWPLAN_XML OFF among them); the statements inside
 * IF, WHILE, BEGIN…END and TRY…CATCH are each compiled, whichever branch would run.
 */
final class ShowplanExecutor {
  static final String XML = "SHOWPLAN_XML";
  static final String TEXT = "SHOWPLAN_TEXT";
  static final String ALL = "SHOWPLAN_ALL";
  static final List<ResultColumn> XML_COLUMNS =
      List.of(new ResultColumn("Microsoft SQL Server 2005 XML Showplan", SqlTypes.NVARCHAR_MAX, true));

  private final SessionState state;
  private final ShowplanPlans plans;

  ShowplanExecutor(SessionState state) {
    this.state = state;
    this.plans = new ShowplanPlans(state);
  }

  /** Whether a SHOWPLAN option is on: the batches that follow are compiled, not run. */
  static boolean active(SessionOptions o) {
    return o.flag(XML) || o.flag(TEXT) || o.flag(ALL);
  }

  /** Error 1067 when the batch sets a SHOWPLAN option beside other statements. */
  static void checkAlone(BatchPlan plan) {
    List<StatementPlan> all = flatten(plan.statements());
    if (all.size() > 1 && all.stream().anyMatch(ShowplanExecutor::setsShowplan)) {
      throw SqlErrors.SHOWPLAN_NOT_ALONE.raise();
    }
  }

  private static boolean setsShowplan(StatementPlan s) {
    return s instanceof StatementPlan.SetOptions so && so.names().stream().anyMatch(n -> n.startsWith("SHOWPLAN_"));
  }

  /**
   * Shows {@code plan}; {@code runSet} runs its SET statements, {@code report} reports an error
   * a statement's compilation raised (that statement is left out, the others still shown).
   */
  void show(BatchPlan plan, ResultSink sink, Consumer<StatementPlan.SetOptions> runSet, Consumer<SqlException> report) {
    SessionOptions o = state.sessionOptions();
    if (o.flag(XML)) {
      List<ShowplanStatement> shown = new Nesting(plan, runSet, report).statements(plan.statements());
      if (!shown.isEmpty()) {
        result(XML_COLUMNS, List.<Object[]>of(new Object[] {ShowplanXml.document(shown, setOptions(o))}), sink);
      }
      return;
    }
    boolean text = o.flag(TEXT);
    int id = 0;
    for (StatementPlan s : flatten(plan.statements())) {
      if (s instanceof StatementPlan.SetOptions so) {
        runSet.accept(so); // SET statements run, and show nothing
        continue;
      }
      ShowplanStatement one;
      try {
        one = plans.statement(++id, s, plan);
      } catch (SqlException e) {
        report.accept(e.at(s.line(), ""));
        continue;
      }
      if (text) {
        text(one, sink);
      } else {
        result(ShowplanRows.ALL_COLUMNS, ShowplanRows.allRows(one), sink);
      }
    }
  }

  /** The document of {@code plan}'s statements (sys.dm_exec_query_plan); SET statements show nothing. */
  String document(BatchPlan plan) {
    List<ShowplanStatement> shown = new Nesting(plan, so -> {}, e -> {
      throw e;
    }).statements(plan.statements());
    return ShowplanXml.document(shown, setOptions(state.sessionOptions()));
  }

  /**
   * A batch's statements as ShowPlanXML nests them: an IF or WHILE holds the statements of its
   * branches (BEGIN…END and TRY…CATCH add no level), numbered in text order; SET statements run
   * ({@code runSet}) and show nothing; a statement whose compilation fails is reported and left out.
   */
  private final class Nesting {
    private final BatchPlan batch;
    private final Consumer<StatementPlan.SetOptions> runSet;
    private final Consumer<SqlException> report;
    private int id;

    Nesting(BatchPlan batch, Consumer<StatementPlan.SetOptions> runSet, Consumer<SqlException> report) {
      this.batch = batch;
      this.runSet = runSet;
      this.report = report;
    }

    List<ShowplanStatement> statements(List<StatementPlan> list) {
      List<ShowplanStatement> out = new ArrayList<>();
      list.forEach(s -> add(s, out));
      return out;
    }

    private void add(StatementPlan s, List<ShowplanStatement> out) {
      switch (s) {
        case StatementPlan.Block b -> b.body().forEach(x -> add(x, out));
        case StatementPlan.TryCatch t -> {
          t.tryBody().forEach(x -> add(x, out));
          t.catchBody().forEach(x -> add(x, out));
        }
        case StatementPlan.SetOptions so -> runSet.accept(so); // SET statements run, and show nothing
        case StatementPlan.If i -> {
          ShowplanStatement cond = compiled(s);
          List<ShowplanStatement> then = statements(List.of(i.then()));
          List<ShowplanStatement> otherwise = i.otherwise() == null ? null : statements(List.of(i.otherwise()));
          if (cond != null) {
            out.add(cond.withBranches(then, otherwise));
          }
        }
        case StatementPlan.While w -> {
          ShowplanStatement cond = compiled(s);
          List<ShowplanStatement> body = statements(List.of(w.body()));
          if (cond != null) {
            out.add(cond.withBranches(body, null));
          }
        }
        default -> {
          ShowplanStatement one = compiled(s);
          if (one != null) {
            out.add(one);
          }
        }
      }
    }

    private ShowplanStatement compiled(StatementPlan s) {
      try {
        return plans.statement(++id, s, batch);
      } catch (SqlException e) {
        report.accept(e.at(s.line(), ""));
        return null;
      }
    }
  }

  private void text(ShowplanStatement s, ResultSink sink) {
    result(ShowplanRows.TEXT_COLUMNS, List.<Object[]>of(new Object[] {s.text()}), sink);
    if (s.root() != null) {
      result(ShowplanRows.TEXT_COLUMNS, ShowplanRows.textLines(s.root()), sink);
    }
  }

  private void result(List<ResultColumn> columns, List<Object[]> rows, ResultSink sink) {
    sink.columns(columns);
    rows.forEach(sink::row);
    sink.done(state.sessionOptions().has(SessionOptions.NOCOUNT) ? -1 : rows.size(), false);
  }

  static ShowplanXml.SetOptions setOptions(SessionOptions o) {
    return new ShowplanXml.SetOptions(
        o.has(SessionOptions.ANSI_NULLS), o.has(SessionOptions.ANSI_PADDING), o.has(SessionOptions.ANSI_WARNINGS),
        o.has(SessionOptions.ARITHABORT), o.has(SessionOptions.CONCAT_NULL_YIELDS_NULL),
        o.has(SessionOptions.NUMERIC_ROUNDABORT), o.has(SessionOptions.QUOTED_IDENTIFIER));
  }

  /** The statements of a batch in text order, those of blocks and branches after their head. */
  static List<StatementPlan> flatten(List<StatementPlan> statements) {
    List<StatementPlan> out = new ArrayList<>();
    statements.forEach(s -> flatten(s, out));
    return out;
  }

  private static void flatten(StatementPlan s, List<StatementPlan> out) {
    switch (s) {
      case StatementPlan.Block b -> b.body().forEach(x -> flatten(x, out));
      case StatementPlan.If i -> {
        out.add(i);
        flatten(i.then(), out);
        if (i.otherwise() != null) {
          flatten(i.otherwise(), out);
        }
      }
      case StatementPlan.While w -> {
        out.add(w);
        flatten(w.body(), out);
      }
      case StatementPlan.TryCatch t -> {
        t.tryBody().forEach(x -> flatten(x, out));
        t.catchBody().forEach(x -> flatten(x, out));
      }
      default -> out.add(s);
    }
  }
}
