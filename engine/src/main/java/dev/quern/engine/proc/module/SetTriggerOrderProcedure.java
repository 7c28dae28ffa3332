package dev.quern.engine.proc.module;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Schema;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.Trigger;
import dev.quern.engine.error.CatalogProcedureErrors;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.proc.catalog.CatalogArguments;
import dev.quern.engine.session.PermissionGate;
import dev.quern.engine.session.SessionState;
import java.util.List;
import java.util.Locale;

/**
 * {@code sp_settriggerorder [@triggername =] 'trigger', [@order =] 'First' | 'Last' | 'None',
 * [@stmttype =] 'INSERT' | 'UPDATE' | 'DELETE'} ("sp_settriggerorder (Transact-SQL)"): which of a
 * table's AFTER triggers fires first or last for a statement type; the others fire between them
 * in creation order. Kept in the trigger's metadata (ALTER TRIGGER drops it, as SQL Server does),
 * shown by sys.trigger_events.is_first / is_last and OBJECTPROPERTY ExecIsFirstInsertTrigger …
 * Needs ALTER on the table (229). A name that is no DML trigger is 15009, an INSTEAD OF trigger
 * 15133, a type it does not fire on 15125, a place another trigger has 15130, an order other than
 * First, Last or None 15600. DDL triggers (@namespace DATABASE or SERVER) are not handled: 15009.
 */
public final class SetTriggerOrderProcedure implements SystemProcedure {
  private static final List<String> PARAMETERS = List.of("@triggername", "@order", "@stmttype", "@namespace");

  @Override
  public String name() {
    return "sp_settriggerorder";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    CatalogArguments a = CatalogArguments.bind(args, PARAMETERS, name());
    String triggerName = a.required(0, "@triggername");
    String order = order(a.required(1, "@order"));
    String event = a.required(2, "@stmttype");
    SessionState s = host.state();
    Trigger trigger = (triggerName == null || a.string(3) != null ? java.util.Optional.<SchemaObject>empty()
        : ModuleName.resolve(s, triggerName))
        .filter(o -> o instanceof Trigger t && !t.ddl())
        .map(Trigger.class::cast)
        .orElseThrow(() -> SqlErrors.HELPTEXT_NO_OBJECT.raise(triggerName, s.databaseName()));
    Catalog catalog = s.store().storage().catalog(s.databaseId());
    Metadata md = s.store().metadata(catalog);
    SchemaObject parent = md.object(trigger.parentId()).orElseThrow();
    Schema schema = md.schema(parent.schemaId()).orElseThrow();
    PermissionGate.object(s, md.database(s.databaseId()).orElseThrow(), schema, parent, "ALTER");
    if (trigger.insteadOf()) {
      throw CatalogProcedureErrors.INSTEAD_OF_NO_ORDER.raise(trigger.name());
    }
    String type = event == null ? "" : event.strip().toUpperCase(Locale.ROOT);
    if (!trigger.firesOn(type)) {
      throw CatalogProcedureErrors.NOT_A_TRIGGER_FOR.raise(trigger.name(), event);
    }
    boolean taken = md.triggers(parent.id()).stream()
        .anyMatch(t -> t.id() != trigger.id() && (order.equals("First") ? t.firstFor() : order.equals("Last")
            ? t.lastFor() : java.util.Set.<String>of()).contains(type));
    if (taken) {
      throw CatalogProcedureErrors.ORDER_TAKEN.raise(order, type);
    }
    save(s, catalog, trigger.withOrder(type, order));
    return 0;
  }

  /** First, Last or None in any case; 15600 for anything else. */
  private String order(String value) {
    String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    return switch (v) {
      case "FIRST" -> "First";
      case "LAST" -> "Last";
      case "NONE" -> "None";
      default -> throw CatalogProcedureErrors.INVALID_PARAMETER_OR_OPTION.raise(name());
    };
  }

  /** Writes the trigger's new order as a statement of its own, in the caller's transaction if any. */
  private static void save(SessionState s, Catalog catalog, Trigger changed) {
    var store = s.store();
    store.beginStatement();
    boolean ok = false;
    try {
      catalog.alterObject(store.txn(catalog), changed);
      store.markDdl();
      ok = true;
    } finally {
      store.endStatement(ok);
    }
  }
}
