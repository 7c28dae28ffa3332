package dev.quern.engine.sys;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * OBJECT_ID of a system object: {@code sys.dm_os_sys_info} or {@code INFORMATION_SCHEMA.TABLES}
 * has the negative id sys.all_objects shows, in every database, as in SQL Server (scripts probe
 * {@code OBJECT_ID('sys.dm_os_sys_info')} to learn whether a DMV exists). Only a name qualified
 * with its schema (and perhaps a database) finds one; the type argument must then match its type.
 */
public final class SystemObjectIds {
  private SystemObjectIds() {}

  public static Optional<Integer> of(String name, String type) {
    List<String> parts = parts(name);
    if (parts.size() < 2 || parts.size() > 3) {
      return Optional.empty();
    }
    String schema = parts.get(parts.size() - 2);
    String object = parts.getLast();
    for (SystemObjects.Entry e : SystemObjects.all()) {
      if (e.schema().equalsIgnoreCase(schema) && e.name().equalsIgnoreCase(object)
          && (type == null || e.type().equalsIgnoreCase(type))) {
        return Optional.of(e.id());
      }
    }
    return Optional.empty();
  }

  /**
   * The column id (1-based, as sys.all_columns numbers them) of {@code column} in the system view
   * whose object id is {@code objectId}, for COLUMNPROPERTY's probes of a DMV's columns.
   */
  public static Optional<Integer> columnId(int objectId, String column) {
    for (SystemObjects.Entry e : SystemObjects.all()) {
      if (e.id() == objectId) {
        List<dev.quern.engine.api.ResultColumn> cols = e.columns();
        for (int i = 0; i < cols.size(); i++) {
          if (cols.get(i).name().equalsIgnoreCase(column)) {
            return Optional.of(i + 1);
          }
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The dotted parts, each without its brackets or double quotes. */
  private static List<String> parts(String name) {
    List<String> out = new ArrayList<>();
    for (String p : name.split("\\.", -1)) {
      String t = p.trim();
      if (t.length() >= 2 && (t.startsWith("[") && t.endsWith("]") || t.startsWith("\"") && t.endsWith("\""))) {
        t = t.substring(1, t.length() - 1);
      }
      out.add(t);
    }
    return out;
  }
}
