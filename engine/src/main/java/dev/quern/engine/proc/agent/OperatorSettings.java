package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentRow;

/**
 * An operator's settings as sp_add_operator and sp_update_operator take them, checked as
 * sp_verify_operator does: pager times are hhmmss from 000000 to 235959 and pager_days a bitmask
 * of the week (Sunday 1 … Saturday 64: 0..127), else 14266. Quern sends no mail, page or net
 * send: the addresses are kept and shown, and last_email/pager/netsend dates stay 0.
 */
final class OperatorSettings {
  static final String[] TIMES = {"@weekday_pager_start_time", "@weekday_pager_end_time", "@saturday_pager_start_time",
    "@saturday_pager_end_time", "@sunday_pager_start_time", "@sunday_pager_end_time"};
  static final String[] ADDRESSES = {"@email_address", "@pager_address", "@netsend_address"};

  private OperatorSettings() {}

  /** Applies the parameters given to {@code operator} and checks them. */
  static void apply(AgentProcedure.Call c, AgentRow operator) {
    c.checkRange("@enabled", 0, 1, "0, 1");
    for (String t : TIMES) {
      c.checkRange(t, 0, 235959, "000000..235959");
    }
    c.checkRange("@pager_days", 0, 127, "0..127");
    for (String p : new String[] {"@enabled", "@pager_days"}) {
      if (c.given(p)) {
        operator.set(p.substring(1), c.integer(p));
      }
    }
    for (String t : TIMES) {
      if (c.given(t)) {
        operator.set(t.substring(1), c.integer(t));
      }
    }
    for (String a : ADDRESSES) {
      if (c.value(a) != null) {
        operator.set(a.substring(1), c.text(a));
      }
    }
    OtherCategory.apply(c, operator, dev.quern.engine.agent.JobCategories.OPERATOR);
  }

  /** A new operator: enabled, paged 09:00–18:00 every day of the week set in pager_days (none). */
  static AgentRow create(int id, String name) {
    AgentRow o = AgentRow.empty(dev.quern.engine.agent.AgentTable.OPERATORS).set("id", id).set("name", name)
        .set("enabled", 1).set("pager_days", 0)
        .set("category_id", dev.quern.engine.agent.JobCategories.UNCATEGORIZED_OPERATOR);
    for (String last : new String[] {"email", "pager", "netsend"}) {
      o.set("last_" + last + "_date", 0).set("last_" + last + "_time", 0);
    }
    for (String t : TIMES) {
      o.set(t.substring(1), t.endsWith("start_time") ? 90000 : 180000);
    }
    return o;
  }
}
