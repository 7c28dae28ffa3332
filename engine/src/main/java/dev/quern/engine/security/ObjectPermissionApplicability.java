package dev.quern.engine.security;

import java.util.Map;
import java.util.Set;

/**
 * Which of the OBJECT class's permissions apply to which kind of object ("Permissions (Database
 * Engine)", "Permissions applicable to specific securables"): SELECT, INSERT, UPDATE and DELETE to
 * tables, views and synonyms (SELECT also to table-valued functions, UPDATE to sequences),
 * EXECUTE to procedures, scalar functions and synonyms, REFERENCES to all but triggers, VIEW
 * CHANGE TRACKING to tables, RECEIVE to queues (Quern has none); ALTER, CONTROL, TAKE OWNERSHIP
 * and VIEW DEFINITION to every object. fn_my_permissions lists a class's permissions through it,
 * as SQL Server lists no EXECUTE for a table.
 */
public final class ObjectPermissionApplicability {
  private static final Set<String> EVERY_OBJECT = Set.of("ALTER", "CONTROL", "TAKE OWNERSHIP", "VIEW DEFINITION");
  private static final Map<String, Set<String>> BY_TYPE = Map.of(
      "U", Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "REFERENCES", "VIEW CHANGE TRACKING"),
      "V", Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "REFERENCES"),
      "SN", Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "EXECUTE", "REFERENCES"),
      "P", Set.of("EXECUTE", "REFERENCES"),
      "FN", Set.of("EXECUTE", "REFERENCES"),
      "IF", Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "REFERENCES"),
      "TF", Set.of("SELECT", "REFERENCES"),
      "SO", Set.of("UPDATE", "REFERENCES"));

  private ObjectPermissionApplicability() {}

  /** Whether {@code permission} applies to an object of sys.objects type {@code typeCode}. */
  public static boolean applies(String typeCode, String permission) {
    return EVERY_OBJECT.contains(permission) || BY_TYPE.getOrDefault(typeCode.strip(), Set.of()).contains(permission);
  }
}
