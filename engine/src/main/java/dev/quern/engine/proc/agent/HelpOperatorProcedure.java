package dev.quern.engine.proc.agent;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;
import dev.quern.engine.api.ResultColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code msdb.dbo.sp_help_operator [@operator_name | @operator_id]} ("sp_help_operator
 * (Transact-SQL)"): one operator (14262 when it does not exist) or all of them by name, with
 * sysoperators' columns and the category's name.
 */
final class HelpOperatorProcedure extends AgentProcedure {
  private static final List<String> STORED = List.of("id", "name", "enabled", "email_address", "last_email_date",
      "last_email_time", "pager_address", "last_pager_date", "last_pager_time", "weekday_pager_start_time",
      "weekday_pager_end_time", "saturday_pager_start_time", "saturday_pager_end_time", "sunday_pager_start_time",
      "sunday_pager_end_time", "pager_days", "netsend_address", "last_netsend_date", "last_netsend_time");
  private static final List<ResultColumn> COLUMNS = columns();

  HelpOperatorProcedure() {
    super("sp_help_operator", "@operator_name", "@operator_id");
  }

  private static List<ResultColumn> columns() {
    List<ResultColumn> out = new ArrayList<>(STORED.stream().map(AgentTable.OPERATORS::column).toList());
    out.add(sysname("category_name", true));
    return List.copyOf(out);
  }

  @Override
  int run(Call c) {
    List<AgentRow> operators;
    Integer id = c.integer("@operator_id");
    if (c.given("@operator_name")) {
      operators = List.of(c.named(AgentTable.OPERATORS, "@operator_name"));
    } else if (id != null) {
      operators = List.of(c.store.byId(AgentTable.OPERATORS, id)
          .orElseThrow(() -> AgentErrors.NOT_FOUND.raise("@operator_id", String.valueOf(id))));
    } else {
      operators = c.store.rows(AgentTable.OPERATORS).stream()
          .sorted(Comparator.comparing((AgentRow o) -> o.string("name"))).toList();
    }
    List<Object[]> rows = new ArrayList<>();
    for (AgentRow o : operators) {
      List<Object> row = new ArrayList<>();
      STORED.forEach(n -> row.add(o.get(n)));
      row.add(OtherCategory.name(c, o));
      rows.add(row.toArray());
    }
    c.result(COLUMNS, rows);
    return 0;
  }
}
