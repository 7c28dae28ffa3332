package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;

import dev.quern.catalog.meta.Trigger;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.DdlEventTypes;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.trigger_events and sys.server_trigger_events: one row per event that fires a trigger, an
 * event group a DDL trigger names listed as the events under it (event_group_type naming the
 * group); a DML trigger's INSERT (1), UPDATE (2) and DELETE (3).
 */
final class TriggerEventsView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          integer("object_id", false), integer("type", false), nvarchar("type_desc", 60, true),
          bit("is_first", true), bit("is_last", true), integer("event_group_type", true),
          nvarchar("event_group_type_desc", 60, true), bit("is_trigger_event", true));
  private static final List<String> DML_EVENTS = List.of("INSERT", "UPDATE", "DELETE");

  private final boolean server;

  private TriggerEventsView(boolean server) {
    this.server = server;
  }

  static TriggerEventsView database() {
    return new TriggerEventsView(false);
  }

  static TriggerEventsView server() {
    return new TriggerEventsView(true);
  }

  @Override
  public String name() {
    return server ? "server_trigger_events" : "trigger_events";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    if (server) {
      CatalogObjects.serverTriggers(session).forEach(t -> ddl(t, out));
      return out;
    }
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      if (e.object() instanceof Trigger t) {
        for (int i = 0; i < DML_EVENTS.size(); i++) {
          if (t.firesOn(DML_EVENTS.get(i))) {
            String event = DML_EVENTS.get(i);
            out.add(new Object[] {t.id(), i + 1, event, t.firstFor().contains(event), t.lastFor().contains(event), null,
                null, true});
          }
        }
      }
    }
    CatalogObjects.databaseTriggers(session).forEach(t -> ddl(t, out));
    return out;
  }

  private static void ddl(Trigger t, List<Object[]> out) {
    for (String named : t.events()) {
      DdlEventTypes.EventType type = DdlEventTypes.of(named).orElseThrow();
      for (DdlEventTypes.EventType e : DdlEventTypes.eventsOf(named)) {
        out.add(new Object[] {t.id(), e.type(), e.name(), t.firstFor().contains(e.name()), t.lastFor().contains(e.name()),
            type.group() ? type.type() : null, type.group() ? type.name() : null, true});
      }
    }
  }
}
