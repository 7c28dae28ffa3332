package dev.quern.engine.exec;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.plan.BatchPlan;
import dev.quern.engine.plan.StatementPlan;
import dev.quern.engine.session.SessionOptions;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.showplan.ActualCounts;
import dev.quern.engine.showplan.ConditionOperators;
import dev.quern.engine.showplan.DmlOperators;
import dev.quern.engine.showplan.MergeOperators;
import dev.quern.engine.showplan.OperatorMapper;
import dev.quern.engine.showplan.ShowplanRows;
import dev.quern.engine.showplan.ShowplanStatement;
import dev.quern.engine.showplan.ShowplanXml;
import java.util.ArrayList;
import java.util.List;

/**
 * The actual plan SQL Server returns after a statement under SET STATISTICS XML (a ShowPlanXML
 * document whose RelOps carry RunTimeInformation) or STATISTICS PROFILE (SHOWPLAN_ALL's rows after
 * two columns, Rows and Executes): one result set per query the statement ran, per INSERT, UPDATE,
 * DELETE or MERGE it ran, and per IF or WHILE condition that read a table (a statement of type COND
 * WITH QUERY, as SQL Server reports the condition apart). DDL and the other statements return none.
 */
final class ActualPlans {
  private static final List<ResultColumn> PROFILE_COLUMNS = profileColumns();

  private final SessionState state;
  private final ShowplanPlans plans;

  ActualPlans(SessionState state) {
    this.state = state;
    this.plans = new ShowplanPlans(state);
  }

  void send(StatementPlan s, ActualCounts counts, ResultSink sink) {
    BatchPlan batch = state.activity().batch();
    String text = batch == null ? "" : ShowplanPlans.text(s, batch);
    for (ActualCounts.Ran ran : counts.ran()) {
      OperatorMapper mapper = new OperatorMapper(plans, counts);
      var root = switch (ran) {
        case ActualCounts.Query q -> mapper.map(q.plan().root());
        case ActualCounts.Change c -> DmlOperators.map(c.plan(), mapper, c);
        case ActualCounts.Merge m -> MergeOperators.map(m.plan(), mapper, m);
        case ActualCounts.Condition c -> ConditionOperators.map(c.condition(), mapper);
      };
      if (root == null) {
        continue;
      }
      String type = ran instanceof ActualCounts.Condition ? ShowplanPlans.COND_WITH_QUERY : ShowplanPlans.type(s);
      ShowplanStatement shown = new ShowplanStatement(1, text, type, root);
      if (state.sessionOptions().flag(StatisticsOutput.XML)) {
        String xml = ShowplanXml.document(List.of(shown), ShowplanExecutor.setOptions(state.sessionOptions()));
        result(ShowplanExecutor.XML_COLUMNS, List.<Object[]>of(new Object[] {xml}), sink);
      }
      if (state.sessionOptions().flag(StatisticsOutput.PROFILE)) {
        result(PROFILE_COLUMNS, ShowplanRows.profileRows(shown), sink);
      }
    }
  }

  private void result(List<ResultColumn> columns, List<Object[]> rows, ResultSink sink) {
    sink.columns(columns);
    rows.forEach(sink::row);
    sink.done(state.sessionOptions().has(SessionOptions.NOCOUNT) ? -1 : rows.size(), false);
  }

  private static List<ResultColumn> profileColumns() {
    List<ResultColumn> out = new ArrayList<>();
    var bigint = dev.quern.catalog.type.SqlType.of(dev.quern.catalog.type.TypeId.BIGINT);
    out.add(new ResultColumn("Rows", bigint, true));
    out.add(new ResultColumn("Executes", bigint, true));
    out.addAll(ShowplanRows.ALL_COLUMNS);
    return List.copyOf(out);
  }
}
