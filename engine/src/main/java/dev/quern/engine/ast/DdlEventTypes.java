package dev.quern.engine.ast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The DDL event types and event groups a DDL trigger may name (SQL Server's "DDL Events" and "DDL
 * Event Groups", sys.trigger_event_types): each with its type number and parent group, so that a
 * group covers every event below it (DDL_TABLE_VIEW_EVENTS covers CREATE_TABLE through
 * DDL_TABLE_EVENTS), and LOGON, a logon trigger's. Only the events Quern raises are listed; a name
 * not here is 1084.
 */
public final class DdlEventTypes {
  /** One event type or group: sys.trigger_event_types' type, type_name and parent_type's name. */
  public record EventType(int type, String name, String parent) {
    public boolean group() {
      return type >= 10000;
    }
  }

  private static final Map<String, EventType> TYPES = new LinkedHashMap<>();

  static {
    group(10001, "DDL_EVENTS", null);
    group(10016, "DDL_DATABASE_LEVEL_EVENTS", "DDL_EVENTS");
    group(10017, "DDL_TABLE_VIEW_EVENTS", "DDL_DATABASE_LEVEL_EVENTS");
    events(10018, "DDL_TABLE_EVENTS", "DDL_TABLE_VIEW_EVENTS", "TABLE", 21);
    events(10019, "DDL_VIEW_EVENTS", "DDL_TABLE_VIEW_EVENTS", "VIEW", 41);
    events(10020, "DDL_INDEX_EVENTS", "DDL_TABLE_VIEW_EVENTS", "INDEX", 24);
    group(10021, "DDL_STATISTICS_EVENTS", "DDL_TABLE_VIEW_EVENTS");
    event(27, "CREATE_STATISTICS", "DDL_STATISTICS_EVENTS");
    event(28, "UPDATE_STATISTICS", "DDL_STATISTICS_EVENTS");
    event(29, "DROP_STATISTICS", "DDL_STATISTICS_EVENTS");
    group(10022, "DDL_SYNONYM_EVENTS", "DDL_DATABASE_LEVEL_EVENTS");
    event(34, "CREATE_SYNONYM", "DDL_SYNONYM_EVENTS");
    event(36, "DROP_SYNONYM", "DDL_SYNONYM_EVENTS");
    events(10023, "DDL_FUNCTION_EVENTS", "DDL_DATABASE_LEVEL_EVENTS", "FUNCTION", 61);
    events(10024, "DDL_PROCEDURE_EVENTS", "DDL_DATABASE_LEVEL_EVENTS", "PROCEDURE", 51);
    events(10025, "DDL_TRIGGER_EVENTS", "DDL_DATABASE_LEVEL_EVENTS", "TRIGGER", 71);
    group(10028, "DDL_TYPE_EVENTS", "DDL_DATABASE_LEVEL_EVENTS");
    event(91, "CREATE_TYPE", "DDL_TYPE_EVENTS");
    event(93, "DROP_TYPE", "DDL_TYPE_EVENTS");
    group(10029, "DDL_DATABASE_SECURITY_EVENTS", "DDL_DATABASE_LEVEL_EVENTS");
    events(10031, "DDL_USER_EVENTS", "DDL_DATABASE_SECURITY_EVENTS", "USER", 131);
    events(10032, "DDL_ROLE_EVENTS", "DDL_DATABASE_SECURITY_EVENTS", "ROLE", 134);
    events(10034, "DDL_SCHEMA_EVENTS", "DDL_DATABASE_SECURITY_EVENTS", "SCHEMA", 141);
    events(10030, "DDL_CERTIFICATE_EVENTS", "DDL_DATABASE_SECURITY_EVENTS", "CERTIFICATE", 197);
    events(10037, "DDL_SYMMETRIC_KEY_EVENTS", "DDL_DATABASE_SECURITY_EVENTS", "SYMMETRIC_KEY", 244);
    events(10040, "DDL_MASTER_KEY_EVENTS", "DDL_DATABASE_SECURITY_EVENTS", "MASTER_KEY", 252);
    events(10052, "DDL_SEQUENCE_EVENTS", "DDL_DATABASE_LEVEL_EVENTS", "SEQUENCE", 157);
    group(10049, "DDL_PARTITION_EVENTS", "DDL_DATABASE_LEVEL_EVENTS");
    events(10050, "DDL_PARTITION_FUNCTION_EVENTS", "DDL_PARTITION_EVENTS", "PARTITION_FUNCTION", 191);
    events(10051, "DDL_PARTITION_SCHEME_EVENTS", "DDL_PARTITION_EVENTS", "PARTITION_SCHEME", 194);
    group(10002, "DDL_SERVER_LEVEL_EVENTS", "DDL_EVENTS");
    events(10013, "DDL_DATABASE_EVENTS", "DDL_SERVER_LEVEL_EVENTS", "DATABASE", 1);
    group(10003, "DDL_SERVER_SECURITY_EVENTS", "DDL_SERVER_LEVEL_EVENTS");
    events(10004, "DDL_LOGIN_EVENTS", "DDL_SERVER_SECURITY_EVENTS", "LOGIN", 144);
    // A logon trigger's event: no DDL event, in no group.
    event(210, "LOGON", null);
  }

  private DdlEventTypes() {}

  private static void group(int type, String name, String parent) {
    TYPES.put(name, new EventType(type, name, parent));
  }

  private static void event(int type, String name, String parent) {
    TYPES.put(name, new EventType(type, name, parent));
  }

  /** A group of CREATE_, ALTER_ and DROP_{@code object}, numbered from {@code first}. */
  private static void events(int type, String name, String parent, String object, int first) {
    group(type, name, parent);
    event(first, "CREATE_" + object, name);
    event(first + 1, "ALTER_" + object, name);
    event(first + 2, "DROP_" + object, name);
  }

  /** The event type or group named {@code name} (any case). */
  public static Optional<EventType> of(String name) {
    return Optional.ofNullable(TYPES.get(name.toUpperCase(Locale.ROOT)));
  }

  /** Whether {@code eventOrGroup} is {@code event} or a group above it. */
  public static boolean covers(String eventOrGroup, String event) {
    for (EventType t = TYPES.get(event); t != null; t = t.parent() == null ? null : TYPES.get(t.parent())) {
      if (t.name().equals(eventOrGroup)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code eventOrGroup} is a server-level DDL event or group (DDL_SERVER_LEVEL_EVENTS and below). */
  public static boolean serverLevel(String eventOrGroup) {
    return covers("DDL_SERVER_LEVEL_EVENTS", eventOrGroup);
  }

  /** Whether only a trigger ON ALL SERVER may name {@code eventOrGroup} (ON DATABASE: 1098). */
  public static boolean serverOnly(String eventOrGroup) {
    return serverLevel(eventOrGroup) || eventOrGroup.equals("LOGON");
  }

  /** The events (not groups) {@code eventOrGroup} covers, in type order: the rows of sys.trigger_events. */
  public static List<EventType> eventsOf(String eventOrGroup) {
    List<EventType> out = new ArrayList<>();
    for (EventType t : TYPES.values()) {
      if (!t.group() && covers(eventOrGroup, t.name())) {
        out.add(t);
      }
    }
    out.sort(java.util.Comparator.comparingInt(EventType::type));
    return out;
  }
}
