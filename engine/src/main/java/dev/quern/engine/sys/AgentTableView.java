package dev.quern.engine.sys;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.Catalog;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentStore;
import dev.quern.engine.agent.AgentTable;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.StoreSession;
import java.util.List;

/**
 * One of SQL Server Agent's msdb tables (msdb.dbo.sysjobs, sysjobsteps, sysschedules,
 * sysjobschedules, sysjobservers, sysjobhistory, sysjobactivity) as the session's transaction
 * sees them: a job added in an open transaction shows to that transaction only. Read-only (the
 * msdb procedures change them).
 */
final class AgentTableView implements SystemView {
  private final AgentTable table;

  private AgentTableView(AgentTable table) {
    this.table = table;
  }

  static List<SystemView> all() {
    return AgentTable.ALL.stream().<SystemView>map(AgentTableView::new).toList();
  }

  @Override
  public String name() {
    return table.name();
  }

  @Override
  public List<ResultColumn> columns() {
    return table.columns();
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    StoreSession store = session.store();
    Catalog main = store.storage().main();
    if (store.inStatement()) {
      return read(new AgentStore(main.agent(), store.txn(main)));
    }
    try (KvTxn t = main.store().beginReadOnly()) {
      return read(new AgentStore(main.agent(), t));
    }
  }

  private List<Object[]> read(AgentStore s) {
    return s.rows(table).stream().map(AgentRow::values).toList();
  }
}
