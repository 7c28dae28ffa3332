package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;

/**
 * {@code msdb.dbo.sp_add_operator @name [, @enabled] [, @email_address] [, @pager_address]
 * [, @weekday_pager_start_time] … [, @pager_days] [, @netsend_address] [, @category_name]}
 * ("sp_add_operator (Transact-SQL)"): a new operator in msdb.dbo.sysoperators; the name is unique
 * (14261); sysadmin only. Quern keeps the addresses but sends nothing.
 */
final class AddOperatorProcedure extends AgentProcedure {
  AddOperatorProcedure() {
    super("sp_add_operator", "@name", "@enabled", "@email_address", "@pager_address", "@weekday_pager_start_time",
        "@weekday_pager_end_time", "@saturday_pager_start_time", "@saturday_pager_end_time", "@sunday_pager_start_time",
        "@sunday_pager_end_time", "@pager_days", "@netsend_address", "@category_name");
  }

  @Override
  int run(Call c) {
    c.requireSysadmin();
    String name = c.required("@name");
    if (name == null || name.isEmpty()) {
      throw AgentErrors.INVALID.raise("@name");
    }
    if (!c.store.named(AgentTable.OPERATORS, name).isEmpty()) {
      throw AgentErrors.EXISTS.raise("@name", name);
    }
    AgentRow operator = OperatorSettings.create(c.store.records().newOperatorId(), name);
    OperatorSettings.apply(c, operator);
    c.store.put(operator);
    return 0;
  }
}
